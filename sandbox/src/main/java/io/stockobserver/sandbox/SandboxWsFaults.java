package io.stockobserver.sandbox;

import io.stockobserver.sandbox.fault.WsFaultPlan;
import io.stockobserver.sandbox.fault.WsFaultSettings;
import java.time.Duration;
import java.util.Objects;
import java.util.function.IntSupplier;

/**
 * Fault injection on the WebSocket surface of a running sandbox, for tests of a client's stream watchdog and parser.
 * The same faults can be set over HTTP at {@code /sandbox/ws-faults} (the sandbox's own admin endpoint, not KIS).
 * Every injected fault is counted in {@link SandboxStats}. Windows run on the machine's monotonic clock, not on the
 * sandbox's (possibly pinned) market clock. Thread-safe; every setter returns this object.
 */
public final class SandboxWsFaults {

    private final WsFaultPlan plan;
    private final IntSupplier sessionDropper;

    SandboxWsFaults(WsFaultPlan plan, IntSupplier sessionDropper) {
        this.plan = Objects.requireNonNull(plan, "plan");
        this.sessionDropper = Objects.requireNonNull(sessionDropper, "sessionDropper");
    }

    /**
     * Stalls every session open now for {@code duration} (at most 1 hour), replacing a stall in force; zero ends it.
     * A stalled session stays connected and keeps its registrations but is sent nothing: its data frames are
     * discarded ({@link SandboxStats#framesWithheldByStall()}), its PINGPONGs skipped
     * ({@link SandboxStats#pingsWithheldByStall()}), and control replies to requests it sends meanwhile wait until
     * the stall ends. Sessions opened later are not stalled, so a client that reconnects gets data again.
     */
    public SandboxWsFaults stall(Duration duration) {
        plan.stall(duration);
        return this;
    }

    /**
     * Spoils the next {@code frames} data frames sent (any session, any TR), replacing the count still pending. In
     * turn, starting with the first: the count field reads {@code NaN} ({@code 0|H0STCNT0|NaN|…}, records intact);
     * then the frame's last field is missing (the count is right, the last record has one field too few).
     */
    public SandboxWsFaults malformedFrames(int frames) {
        plan.malformedFrames(frames);
        return this;
    }

    /**
     * Cuts the next {@code frames} data frames sent (after any pending malformed ones) halfway through the characters
     * of their last record; the count field is unchanged.
     */
    public SandboxWsFaults truncatedFrames(int frames) {
        plan.truncatedFrames(frames);
        return this;
    }

    /**
     * Refuses new connections at the handshake for {@code duration} (at most 1 hour; zero accepts them again): the
     * upgrade request is answered HTTP 404 and the socket closed. Open sessions are not touched.
     */
    public SandboxWsFaults refuseConnections(Duration duration) {
        plan.refuseConnections(duration);
        return this;
    }

    /**
     * Cuts every open connection without a close handshake (the same as {@link KisSandbox#dropWebSocketSessions()}).
     *
     * @return how many connections were cut
     */
    public int dropSessions() {
        return sessionDropper.getAsInt();
    }

    /** Ends a stall, drops pending frame faults and accepts connections again. */
    public SandboxWsFaults clear() {
        plan.clear();
        return this;
    }

    /** Returns the faults in force now. */
    public WsFaultSettings state() {
        return plan.settings();
    }
}
