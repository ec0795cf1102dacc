package io.stockobserver.sandbox.rest;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * The per-appkey REST call limit (KIS facts §3.5: "1계좌당 1초당 18건"): at most N admitted calls in any sliding
 * one-second window. Refused calls do not use up the window.
 *
 * <p>Thread-safe; tracks at most {@value #MAX_APPKEYS} appkeys, forgetting the least recently used.
 */
final class CallRateLimiter {

    static final int MAX_APPKEYS = 4_096;
    private static final long WINDOW_NANOS = 1_000_000_000L;

    /** The admission times of one appkey's last N calls, as a ring. */
    private static final class Window {
        private final long[] admitted;
        private int oldest;

        private Window(int size) {
            admitted = new long[size];
            Arrays.fill(admitted, Long.MIN_VALUE);
        }
    }

    private final int callsPerSecond;
    private final LongSupplier nanoTime;
    private final Map<String, Window> windows = new LinkedHashMap<>(16, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Window> eldest) {
            return size() > MAX_APPKEYS;
        }
    };

    CallRateLimiter(int callsPerSecond, LongSupplier nanoTime) {
        if (callsPerSecond < 1) {
            throw new IllegalArgumentException("callsPerSecond must be >= 1: " + callsPerSecond);
        }
        this.callsPerSecond = callsPerSecond;
        this.nanoTime = nanoTime;
    }

    /** Admits a call for an appkey if fewer than N were admitted in the last second. */
    synchronized boolean tryAcquire(String appkey) {
        long now = nanoTime.getAsLong();
        Window window = windows.computeIfAbsent(appkey, key -> new Window(callsPerSecond));
        long oldest = window.admitted[window.oldest];
        if (oldest != Long.MIN_VALUE && now - oldest < WINDOW_NANOS) {
            return false;
        }
        window.admitted[window.oldest] = now;
        window.oldest = (window.oldest + 1) % callsPerSecond;
        return true;
    }
}
