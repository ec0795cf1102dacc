package io.stockobserver.sandbox.upbit.limit;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * At most N admitted events per key in any sliding window (one second for Upbit's per-second limits, one minute for
 * the WebSocket's 100 messages per minute). Refused events do not use up the window.
 *
 * <p>Thread-safe; tracks at most {@value #MAX_KEYS} keys, forgetting the least recently used.
 */
public final class SlidingWindowLimiter {

    /** Keys tracked at once. */
    public static final int MAX_KEYS = 4_096;

    /** Returned by {@link #tryAdmit} for a refused event. */
    public static final int REFUSED = -1;

    /** The admission times of one key's last N events, as a ring. */
    private static final class Window {
        private final long[] admitted;
        private int oldest;

        private Window(int size) {
            admitted = new long[size];
            Arrays.fill(admitted, Long.MIN_VALUE);
        }

        private int used(long now, long length) {
            int used = 0;
            for (long time : admitted) {
                if (time != Long.MIN_VALUE && now - time < length) {
                    used++;
                }
            }
            return used;
        }
    }

    private final int limit;
    private final long windowNanos;
    private final LongSupplier nanoTime;
    private final Map<String, Window> windows = new LinkedHashMap<>(16, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Window> eldest) {
            return size() > MAX_KEYS;
        }
    };

    /**
     * Creates a limiter.
     *
     * @param limit events admitted per window, at least 1
     * @param windowNanos the window's length
     * @param nanoTime a monotonic clock
     */
    public SlidingWindowLimiter(int limit, long windowNanos, LongSupplier nanoTime) {
        if (limit < 1 || windowNanos < 1) {
            throw new IllegalArgumentException("limit and window must be positive: " + limit + ", " + windowNanos);
        }
        this.limit = limit;
        this.windowNanos = windowNanos;
        this.nanoTime = nanoTime;
    }

    /** Returns the events admitted per window. */
    public int limit() {
        return limit;
    }

    /**
     * Admits an event of a key if fewer than N were admitted in the last window.
     *
     * @return how many more the window admits after this one (0..N-1), or {@link #REFUSED}
     */
    public synchronized int tryAdmit(String key) {
        long now = nanoTime.getAsLong();
        Window window = windows.computeIfAbsent(key, k -> new Window(limit));
        long oldest = window.admitted[window.oldest];
        if (oldest != Long.MIN_VALUE && now - oldest < windowNanos) {
            return REFUSED;
        }
        window.admitted[window.oldest] = now;
        window.oldest = (window.oldest + 1) % limit;
        return limit - window.used(now, windowNanos);
    }

    /** Forgets every key. */
    public synchronized void clear() {
        windows.clear();
    }
}
