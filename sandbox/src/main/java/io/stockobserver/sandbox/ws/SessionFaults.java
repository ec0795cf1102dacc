package io.stockobserver.sandbox.ws;

import io.stockobserver.sandbox.fault.FrameFault;
import io.stockobserver.sandbox.fault.WsFaultPlan;
import io.stockobserver.sandbox.stats.SandboxCounters;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The injected WebSocket faults as one session sees them: whether a stall holds its output now (a stall applies to
 * the sessions open when it was asked for) and the fault of its next data frame. Counts each stall once per session.
 */
final class SessionFaults {

    private final WsFaultPlan plan;
    private final long openedNanos;
    private final SandboxCounters counters;
    private final AtomicLong countedStall = new AtomicLong();

    /** Creates the view of a session opening now. */
    SessionFaults(WsFaultPlan plan, SandboxCounters counters) {
        this.plan = plan;
        this.openedNanos = plan.now();
        this.counters = counters;
    }

    /** Returns a view without any fault (for sessions built outside a server, e.g. in tests). */
    static SessionFaults none(SandboxCounters counters) {
        return new SessionFaults(new WsFaultPlan(), counters);
    }

    /** Returns whether an injected stall holds this session's output now. */
    boolean stalled() {
        long stall = plan.stallOf(openedNanos);
        if (stall == 0) {
            return false;
        }
        long previous = countedStall.getAndSet(stall);
        if (previous != stall) {
            counters.sessionStalled();
        }
        return true;
    }

    /** Takes the fault of the data frame about to be sent, counting it. */
    Optional<FrameFault> takeFrameFault() {
        Optional<FrameFault> fault = plan.takeFrameFault();
        fault.ifPresent(kind -> {
            if (kind == FrameFault.TRUNCATED) {
                counters.injectedTruncatedFrame();
            } else {
                counters.injectedMalformedFrame();
            }
        });
        return fault;
    }
}
