package io.stockobserver.sandbox.upbit.rest;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.stockobserver.sandbox.fault.FaultPlan;
import io.stockobserver.sandbox.fault.FaultSettings;
import io.stockobserver.sandbox.rest.AdminBody;
import io.stockobserver.sandbox.rest.RestEndpoint;
import io.stockobserver.sandbox.wire.KisJson;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The Upbit sandbox's REST fault resource, {@code /sandbox/faults} — not an Upbit API. The fields of the KIS
 * sandbox's resource that apply to Upbit, plus a block: rateLimitBurst (the next N quotation calls answer 429),
 * serverErrors (HTTP 500 pages), slowResponses with slowMillis (held that long), and blockMillis (every client gets
 * 418 for that long; 0 lifts it). POST applies the fields present; GET answers the state; DELETE clears it.
 *
 * <p>Reply fields: rateLimitBurst, serverErrors, slowResponses, slowMillis, blockRemainingMillis.
 */
final class UpbitFaultAdminEndpoint extends UpbitAdminResource {

    static final String PATH = "/sandbox/faults";

    private static final Set<String> FIELDS =
            Set.of("rateLimitBurst", "serverErrors", "slowResponses", "slowMillis", "blockMillis");

    private final RestFaultPlan faults;

    private UpbitFaultAdminEndpoint(RestFaultPlan faults) {
        this.faults = Objects.requireNonNull(faults, "faults");
    }

    /** Returns the GET, POST and DELETE endpoints of one fault plan. */
    static List<RestEndpoint> all(RestFaultPlan faults) {
        return new UpbitFaultAdminEndpoint(faults).endpoints();
    }

    @Override
    protected String path() {
        return PATH;
    }

    @Override
    protected Set<String> fields() {
        return FIELDS;
    }

    @Override
    protected String noun() {
        return "fault";
    }

    @Override
    protected ObjectNode state() {
        FaultSettings counts = faults.counts().settings();
        return KisJson.object()
                .put("rateLimitBurst", counts.rateLimitBurst())
                .put("serverErrors", counts.serverErrors())
                .put("slowResponses", counts.slowResponses())
                .put("slowMillis", counts.slowDelay().toMillis())
                .put("blockRemainingMillis", faults.blockRemaining().toMillis());
    }

    @Override
    protected ObjectNode post(AdminBody body) {
        FaultSettings current = faults.counts().settings();
        int burst = (int) body.wholeNumber("rateLimitBurst", FaultPlan.MAX_CALLS, current.rateLimitBurst());
        int errors = (int) body.wholeNumber("serverErrors", FaultPlan.MAX_CALLS, current.serverErrors());
        int slow = (int) body.wholeNumber("slowResponses", FaultPlan.MAX_CALLS, current.slowResponses());
        long slowMillis = body.wholeNumber(
                "slowMillis",
                FaultPlan.MAX_DELAY.toMillis(),
                current.slowDelay().toMillis());
        var block = body.optionalWholeNumber("blockMillis", RestFaultPlan.MAX_BLOCK.toMillis());
        if (slow > 0 && slowMillis == 0) {
            throw new IllegalArgumentException("slowResponses needs slowMillis above 0");
        }
        FaultPlan counts = faults.counts();
        counts.rateLimitBurst(burst);
        counts.serverErrors(errors);
        counts.slowResponses(slow, Duration.ofMillis(slowMillis));
        block.ifPresent(millis -> faults.block(Duration.ofMillis(millis)));
        return state();
    }

    @Override
    protected void clear() {
        faults.clear();
    }
}
