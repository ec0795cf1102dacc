package io.stockobserver.provider.kis;

import java.time.Duration;

/**
 * Client-side limiter for one appkey: at most {@code permitsPerWindow} calls in any sliding window (KIS counts calls
 * per second per appkey and answers EGW00201 beyond that). Every REST caller of the appkey shares one instance.
 *
 * <p>Design note: a ring of the last N grant times gives an exact sliding-window guarantee, which a token bucket with
 * a burst does not; waiting callers are served in arrival order because {@link #acquire()} is fair-synchronized.
 */
public final class RestRateLimiter {
    private final long windowNanos;
    private final long[] grants;
    private final NanoClock clock;
    private int next;
    private long waits;

    /** The time source; {@code System::nanoTime} in production, a fake in tests. */
    @FunctionalInterface
    public interface NanoClock {
        long nanoTime();
    }

    public RestRateLimiter(int permitsPerWindow, Duration window) {
        this(permitsPerWindow, window, System::nanoTime);
    }

    RestRateLimiter(int permitsPerWindow, Duration window, NanoClock clock) {
        if (permitsPerWindow < 1) {
            throw new IllegalArgumentException("permitsPerWindow must be >= 1 but was " + permitsPerWindow);
        }
        this.windowNanos = window.toNanos();
        this.grants = new long[permitsPerWindow];
        this.clock = clock;
        long start = clock.nanoTime() - windowNanos - 1;
        java.util.Arrays.fill(grants, start);
    }

    /** Blocks until a call may be made and records it. */
    public synchronized void acquire() throws InterruptedException {
        long wait;
        while ((wait = nanosUntilFree()) > 0) {
            waits++;
            long ms = wait / 1_000_000;
            wait(Math.max(1, ms), (int) (ms == 0 ? Math.min(wait, 999_999) : 0));
        }
        grants[next] = clock.nanoTime();
        next = (next + 1) % grants.length;
    }

    /** Records a call without waiting if one is allowed now; false otherwise. */
    public synchronized boolean tryAcquire() {
        if (nanosUntilFree() > 0) {
            return false;
        }
        grants[next] = clock.nanoTime();
        next = (next + 1) % grants.length;
        return true;
    }

    /** How often a caller had to wait (a metric: the limiter, not the venue, is then the bottleneck). */
    public synchronized long waits() {
        return waits;
    }

    public int permitsPerWindow() {
        return grants.length;
    }

    private long nanosUntilFree() {
        long oldest = grants[next];
        return oldest + windowNanos - clock.nanoTime();
    }
}
