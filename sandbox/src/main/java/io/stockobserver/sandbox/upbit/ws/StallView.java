package io.stockobserver.sandbox.upbit.ws;

import io.stockobserver.sandbox.fault.WsFaultPlan;
import io.stockobserver.sandbox.upbit.stats.UpbitCounters;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The injected stall as one connection sees it: a stall holds the connections open when it was asked for.
 * Counts each stall once per connection.
 */
final class StallView {

    private final WsFaultPlan plan;
    private final long openedNanos;
    private final UpbitCounters counters;
    private final AtomicLong countedStall = new AtomicLong();

    /** Creates the view of a connection opening now. */
    StallView(WsFaultPlan plan, UpbitCounters counters) {
        this.plan = plan;
        this.openedNanos = plan.now();
        this.counters = counters;
    }

    /** Returns whether an injected stall holds this connection's output now. */
    boolean stalled() {
        long stall = plan.stallOf(openedNanos);
        if (stall == 0) {
            return false;
        }
        if (countedStall.getAndSet(stall) != stall) {
            counters.sessionStalled();
        }
        return true;
    }
}
