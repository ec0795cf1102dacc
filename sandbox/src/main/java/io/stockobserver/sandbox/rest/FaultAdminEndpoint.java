package io.stockobserver.sandbox.rest;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.stockobserver.sandbox.fault.FaultPlan;
import io.stockobserver.sandbox.fault.FaultSettings;
import io.stockobserver.sandbox.wire.KisJson;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The sandbox's own fault-injection admin resource, {@code /sandbox/faults} — not a KIS API. GET returns the pending
 * faults, POST applies the fields present in a JSON body (the others stay as they are) and returns the result,
 * DELETE clears every fault. Needs no authentication, so the sandbox registers it only when the REST server is bound
 * to a loopback address.
 *
 * <p>Body and reply fields: rateLimitBurst, serverErrors, slowResponses, slowMillis (numbers) and
 * unavailableMasterFiles, unavailableHoliday (booleans).
 */
public final class FaultAdminEndpoint extends AdminResource {

    /** The path. */
    public static final String PATH = "/sandbox/faults";

    private static final Set<String> FIELDS = Set.of(
            "rateLimitBurst",
            "serverErrors",
            "slowResponses",
            "slowMillis",
            "unavailableMasterFiles",
            "unavailableHoliday");

    private final FaultPlan faults;

    private FaultAdminEndpoint(FaultPlan faults) {
        this.faults = Objects.requireNonNull(faults, "faults");
    }

    /** Returns the GET, POST and DELETE endpoints of one fault plan. */
    public static List<RestEndpoint> all(FaultPlan faults) {
        return new FaultAdminEndpoint(faults).endpoints();
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
        return json(faults.settings());
    }

    @Override
    protected ObjectNode post(AdminBody body) {
        apply(body);
        return state();
    }

    @Override
    protected void clear() {
        faults.clear();
    }

    /** Applies a body; it is checked in full before any fault changes. */
    private void apply(AdminBody body) {
        FaultSettings current = faults.settings();
        int burst = (int) body.wholeNumber("rateLimitBurst", FaultPlan.MAX_CALLS, current.rateLimitBurst());
        int errors = (int) body.wholeNumber("serverErrors", FaultPlan.MAX_CALLS, current.serverErrors());
        int slow = (int) body.wholeNumber("slowResponses", FaultPlan.MAX_CALLS, current.slowResponses());
        long slowMillis = body.wholeNumber(
                "slowMillis",
                FaultPlan.MAX_DELAY.toMillis(),
                current.slowDelay().toMillis());
        boolean masterDown = body.bool("unavailableMasterFiles", current.unavailableMasterFiles());
        boolean holidayDown = body.bool("unavailableHoliday", current.unavailableHoliday());
        if (slow > 0 && slowMillis == 0) {
            throw new IllegalArgumentException("slowResponses needs slowMillis above 0");
        }
        faults.rateLimitBurst(burst);
        faults.serverErrors(errors);
        faults.slowResponses(slow, Duration.ofMillis(slowMillis));
        faults.unavailableMasterFiles(masterDown);
        faults.unavailableHoliday(holidayDown);
    }

    private static ObjectNode json(FaultSettings settings) {
        return KisJson.object()
                .put("rateLimitBurst", settings.rateLimitBurst())
                .put("serverErrors", settings.serverErrors())
                .put("slowResponses", settings.slowResponses())
                .put("slowMillis", settings.slowDelay().toMillis())
                .put("unavailableMasterFiles", settings.unavailableMasterFiles())
                .put("unavailableHoliday", settings.unavailableHoliday());
    }
}
