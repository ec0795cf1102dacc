package io.stockobserver.provider.upbit;

import java.time.Duration;
import java.util.Arrays;
import java.util.function.LongSupplier;

/**
 * The client side of the venue's per-connection message limit (5 per second and 100 per minute, PROVIDERS_FACTS
 * §1.2) for what the session sends: subscribe requests and text {@code PING}s. Each window is a little longer than
 * the venue's, because messages spaced exactly one window apart here can arrive closer together there.
 *
 * <p>Not thread-safe; the session calls it under its send lock.
 */
final class UpbitMessageBudget {
    static final int PER_SECOND = 5;
    static final int PER_MINUTE = 100;
    static final Duration SECOND_WINDOW = Duration.ofMillis(1_100);
    static final Duration MINUTE_WINDOW = Duration.ofSeconds(61);

    private final Ring second = new Ring(PER_SECOND, SECOND_WINDOW.toNanos());
    private final Ring minute = new Ring(PER_MINUTE, MINUTE_WINDOW.toNanos());
    private final LongSupplier nanoClock;

    /** {@code System::nanoTime} in production, a fake in tests. */
    UpbitMessageBudget(LongSupplier nanoClock) {
        this.nanoClock = nanoClock;
        long longAgo = nanoClock.getAsLong() - MINUTE_WINDOW.toNanos() - 1;
        second.fill(longAgo);
        minute.fill(longAgo);
    }

    /** Records a message and returns zero when one may be sent now; otherwise how long until one may (not recorded). */
    Duration tryAcquire() {
        long now = nanoClock.getAsLong();
        long wait = Math.max(second.nanosUntilFree(now), minute.nanosUntilFree(now));
        if (wait > 0) {
            return Duration.ofNanos(wait);
        }
        second.record(now);
        minute.record(now);
        return Duration.ZERO;
    }

    /** The last N send times of one window. */
    private static final class Ring {
        private final long[] times;
        private final long windowNanos;
        private int next;

        Ring(int size, long windowNanos) {
            this.times = new long[size];
            this.windowNanos = windowNanos;
        }

        void fill(long t) {
            Arrays.fill(times, t);
        }

        long nanosUntilFree(long now) {
            return times[next] + windowNanos - now;
        }

        void record(long now) {
            times[next] = now;
            next = (next + 1) % times.length;
        }
    }
}
