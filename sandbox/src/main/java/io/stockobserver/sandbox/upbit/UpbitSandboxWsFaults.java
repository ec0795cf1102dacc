package io.stockobserver.sandbox.upbit;

import io.stockobserver.sandbox.fault.WsFaultPlan;
import io.stockobserver.sandbox.fault.WsFaultSettings;
import java.time.Duration;
import java.util.Objects;
import java.util.function.IntSupplier;

/**
 * Fault injection on the WebSocket surface of a running Upbit sandbox, for tests of a client's watchdog and
 * reconnect logic. The same faults can be set over HTTP at {@code /sandbox/ws-faults}. Windows run on the machine's
 * monotonic clock, not on the sandbox's (possibly pinned) market clock. Thread-safe; setters return this object.
 */
public final class UpbitSandboxWsFaults {

    private final WsFaultPlan plan;
    private final IntSupplier sessionDropper;

    UpbitSandboxWsFaults(WsFaultPlan plan, IntSupplier sessionDropper) {
        this.plan = Objects.requireNonNull(plan, "plan");
        this.sessionDropper = Objects.requireNonNull(sessionDropper, "sessionDropper");
    }

    /**
     * Stalls every connection open now for {@code duration} (at most 1 hour), replacing a stall in force; zero ends
     * it. A stalled connection stays open and keeps its subscription but is sent nothing: its data frames are
     * discarded, its {@code {"status":"UP"}} frames skipped, and answers to requests it sends meanwhile wait until
     * the stall ends. Connections opened later are not stalled.
     */
    public UpbitSandboxWsFaults stall(Duration duration) {
        plan.stall(duration);
        return this;
    }

    /**
     * Refuses new connections at the upgrade for {@code duration} (at most 1 hour; zero accepts them again): HTTP 503
     * and the socket closed. Open connections are not touched.
     */
    public UpbitSandboxWsFaults refuseConnections(Duration duration) {
        plan.refuseConnections(duration);
        return this;
    }

    /**
     * Cuts every open connection without a close frame (the same as {@link UpbitSandbox#dropWebSocketSessions()}).
     *
     * @return how many connections were cut
     */
    public int dropSessions() {
        return sessionDropper.getAsInt();
    }

    /** Ends a stall and accepts connections again. */
    public UpbitSandboxWsFaults clear() {
        plan.clear();
        return this;
    }

    /** Returns the faults in force now (the frame-fault counts of the KIS plan are always 0 here). */
    public WsFaultSettings state() {
        return plan.settings();
    }
}
