package io.stockobserver.collect;

import java.time.Duration;

/**
 * Whether a Track A cycle can cover a universe within one interval at the venue's REST limit: the physical minimum is
 * calls needed ÷ calls per second (e.g. paper at 1 call/s and one call per symbol cannot cover 1,800 symbols every
 * 10 minutes; real with 30 symbols per call needs about 3.4 s).
 *
 * @param symbols symbols in the universe
 * @param calls REST calls one cycle needs
 * @param callsPerSecond the client-side limit
 * @param interval the cycle interval
 */
public record SwingFeasibility(int symbols, int calls, int callsPerSecond, Duration interval) {
    public SwingFeasibility {
        if (callsPerSecond < 1) {
            throw new IllegalArgumentException("callsPerSecond must be >= 1 but was " + callsPerSecond);
        }
    }

    /** The least time one cycle can take. */
    public Duration minimum() {
        return Duration.ofMillis((long) Math.ceil(calls * 1000.0 / callsPerSecond));
    }

    /** True when the minimum fits in the interval. */
    public boolean feasible() {
        return minimum().compareTo(interval) <= 0;
    }
}
