package io.stockobserver.console.backup;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.function.LongSupplier;

/**
 * Bytes per second over a sliding window of the last few seconds, so the speed shown follows the network rather
 * than the average since the start. Samples are at least 50 ms apart, which bounds the memory to window / 50 ms.
 */
final class TransferRate {
    private static final long SAMPLE_SPACING_NANOS = 50_000_000L;

    private record Sample(long nanos, long total) {}

    private final long windowNanos;
    private final LongSupplier nanoTime;
    private final ArrayDeque<Sample> samples = new ArrayDeque<>();
    private long total;

    /**
     * @param window how far back the speed looks
     * @param nanoTime a monotonic clock in nanoseconds ({@code System::nanoTime}, or a fake in tests)
     */
    TransferRate(Duration window, LongSupplier nanoTime) {
        if (window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("window must be positive, but was " + window);
        }
        this.windowNanos = window.toNanos();
        this.nanoTime = nanoTime;
        samples.add(new Sample(nanoTime.getAsLong(), 0));
    }

    void add(long bytes) {
        total += bytes;
        long now = nanoTime.getAsLong();
        if (now - samples.getLast().nanos() >= SAMPLE_SPACING_NANOS) {
            samples.addLast(new Sample(now, total));
        }
        prune(now);
    }

    /** Bytes per second since the oldest sample still in the window; 0 before any time has passed. */
    double bytesPerSecond() {
        long now = nanoTime.getAsLong();
        prune(now);
        Sample baseline = samples.getFirst();
        long elapsed = now - baseline.nanos();
        return elapsed <= 0 ? 0 : (total - baseline.total()) * 1e9 / elapsed;
    }

    /** Drops samples until the oldest left is the last one at or before the window's start. */
    private void prune(long now) {
        while (samples.size() > 1) {
            Sample first = samples.removeFirst();
            if (now - samples.getFirst().nanos() < windowNanos) {
                samples.addFirst(first);
                return;
            }
        }
    }
}
