package io.stockobserver.sandbox.upbit.rest;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.stockobserver.sandbox.fault.WsFaultPlan;
import io.stockobserver.sandbox.fault.WsFaultSettings;
import io.stockobserver.sandbox.rest.AdminBody;
import io.stockobserver.sandbox.rest.RestEndpoint;
import io.stockobserver.sandbox.wire.KisJson;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.IntSupplier;

/**
 * The Upbit sandbox's WebSocket fault resource, {@code /sandbox/ws-faults} — not an Upbit API. The KIS sandbox's
 * names: stallMillis (connections open now are sent nothing for that long), refuseConnectionsMillis (new upgrades
 * answered 503 for that long) and dropSessions (true cuts every connection now, without a close frame). POST applies
 * the fields present; GET answers the state; DELETE clears it.
 *
 * <p>Reply fields: stallRemainingMillis, refuseConnectionsRemainingMillis, and droppedSessions after a POST with
 * dropSessions true.
 */
final class UpbitWsFaultAdminEndpoint extends UpbitAdminResource {

    static final String PATH = "/sandbox/ws-faults";

    private static final Set<String> FIELDS = Set.of("stallMillis", "refuseConnectionsMillis", "dropSessions");

    private final WsFaultPlan faults;
    private final IntSupplier sessionDropper;

    private UpbitWsFaultAdminEndpoint(WsFaultPlan faults, IntSupplier sessionDropper) {
        this.faults = Objects.requireNonNull(faults, "faults");
        this.sessionDropper = Objects.requireNonNull(sessionDropper, "sessionDropper");
    }

    /**
     * Returns the GET, POST and DELETE endpoints of one fault plan.
     *
     * @param sessionDropper cuts every WebSocket connection and says how many it cut
     */
    static List<RestEndpoint> all(WsFaultPlan faults, IntSupplier sessionDropper) {
        return new UpbitWsFaultAdminEndpoint(faults, sessionDropper).endpoints();
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
        return "ws-fault";
    }

    @Override
    protected ObjectNode state() {
        WsFaultSettings settings = faults.settings();
        return KisJson.object()
                .put("stallRemainingMillis", settings.stallRemaining().toMillis())
                .put(
                        "refuseConnectionsRemainingMillis",
                        settings.refuseConnectionsRemaining().toMillis());
    }

    @Override
    protected ObjectNode post(AdminBody body) {
        long maxMillis = WsFaultPlan.MAX_WINDOW.toMillis();
        OptionalLong stall = body.optionalWholeNumber("stallMillis", maxMillis);
        OptionalLong refuse = body.optionalWholeNumber("refuseConnectionsMillis", maxMillis);
        boolean drop = body.bool("dropSessions", false);
        stall.ifPresent(millis -> faults.stall(Duration.ofMillis(millis)));
        refuse.ifPresent(millis -> faults.refuseConnections(Duration.ofMillis(millis)));
        ObjectNode reply = state();
        if (drop) {
            reply.put("droppedSessions", sessionDropper.getAsInt());
        }
        return reply;
    }

    @Override
    protected void clear() {
        faults.clear();
    }
}
