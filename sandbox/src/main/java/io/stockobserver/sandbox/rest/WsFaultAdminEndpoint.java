package io.stockobserver.sandbox.rest;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.stockobserver.sandbox.fault.WsFaultPlan;
import io.stockobserver.sandbox.fault.WsFaultSettings;
import io.stockobserver.sandbox.wire.KisJson;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.IntSupplier;

/**
 * The sandbox's own WebSocket fault admin resource, {@code /sandbox/ws-faults} — not a KIS API. POST applies the
 * fields present in a JSON body — stallMillis, malformedFrames, truncatedFrames, refuseConnectionsMillis (numbers)
 * and dropSessions (true cuts every connection now) — and answers the faults in force; GET answers them; DELETE
 * clears them. Registered only when the REST server is bound to a loopback address.
 *
 * <p>Reply fields: stallRemainingMillis, malformedFrames, truncatedFrames, refuseConnectionsRemainingMillis, and
 * droppedSessions after a POST with dropSessions true.
 */
public final class WsFaultAdminEndpoint extends AdminResource {

    /** The path. */
    public static final String PATH = "/sandbox/ws-faults";

    private static final Set<String> FIELDS =
            Set.of("stallMillis", "malformedFrames", "truncatedFrames", "refuseConnectionsMillis", "dropSessions");

    private final WsFaultPlan faults;
    private final IntSupplier sessionDropper;

    private WsFaultAdminEndpoint(WsFaultPlan faults, IntSupplier sessionDropper) {
        this.faults = Objects.requireNonNull(faults, "faults");
        this.sessionDropper = Objects.requireNonNull(sessionDropper, "sessionDropper");
    }

    /**
     * Returns the GET, POST and DELETE endpoints of one fault plan.
     *
     * @param sessionDropper cuts every WebSocket connection and says how many it cut
     */
    public static List<RestEndpoint> all(WsFaultPlan faults, IntSupplier sessionDropper) {
        return new WsFaultAdminEndpoint(faults, sessionDropper).endpoints();
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
        return json(faults.settings());
    }

    @Override
    protected ObjectNode post(AdminBody body) {
        return apply(body);
    }

    @Override
    protected void clear() {
        faults.clear();
    }

    /** Applies a body; it is checked in full before any fault changes. */
    private ObjectNode apply(AdminBody body) {
        long maxMillis = WsFaultPlan.MAX_WINDOW.toMillis();
        OptionalLong stall = body.optionalWholeNumber("stallMillis", maxMillis);
        OptionalLong malformed = body.optionalWholeNumber("malformedFrames", WsFaultPlan.MAX_FRAMES);
        OptionalLong truncated = body.optionalWholeNumber("truncatedFrames", WsFaultPlan.MAX_FRAMES);
        OptionalLong refuse = body.optionalWholeNumber("refuseConnectionsMillis", maxMillis);
        boolean drop = body.bool("dropSessions", false);
        stall.ifPresent(millis -> faults.stall(Duration.ofMillis(millis)));
        malformed.ifPresent(frames -> faults.malformedFrames((int) frames));
        truncated.ifPresent(frames -> faults.truncatedFrames((int) frames));
        refuse.ifPresent(millis -> faults.refuseConnections(Duration.ofMillis(millis)));
        ObjectNode reply = json(faults.settings());
        if (drop) {
            reply.put("droppedSessions", sessionDropper.getAsInt());
        }
        return reply;
    }

    private static ObjectNode json(WsFaultSettings settings) {
        return KisJson.object()
                .put("stallRemainingMillis", settings.stallRemaining().toMillis())
                .put("malformedFrames", settings.malformedFrames())
                .put("truncatedFrames", settings.truncatedFrames())
                .put(
                        "refuseConnectionsRemainingMillis",
                        settings.refuseConnectionsRemaining().toMillis());
    }
}
