package io.stockobserver.archive;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * How far the queue has been resolved (every entry up to a sequence forced, or counted failed), and the flush
 * requests waiting on it. The writer thread publishes; any thread may wait.
 */
final class DurableProgress {

    /** Waiters re-check at least this often, so a lost wake-up costs at most this much. */
    private static final long WAIT_SLICE_NANOS = TimeUnit.MILLISECONDS.toNanos(100);

    private final Object monitor = new Object();
    private final AtomicLong flushTarget = new AtomicLong();
    private volatile long resolved;

    /** Writer thread: whether a flush waits for entries that are all processed now, so a force is due at once. */
    boolean flushDue(long processedSequence) {
        long target = flushTarget.get();
        return target > resolved && processedSequence >= target;
    }

    /** Writer thread: every entry up to {@code sequence} is resolved. */
    void publish(long sequence) {
        if (sequence > resolved) {
            resolved = sequence;
            synchronized (monitor) {
                monitor.notifyAll();
            }
        }
    }

    /**
     * Waits until every entry up to {@code sequence} is resolved; {@code wakeWriter} asks the writer to force now
     * rather than at its next deadline. Returns false on timeout.
     */
    boolean await(long sequence, long timeoutNanos, Runnable wakeWriter) throws InterruptedException {
        if (resolved >= sequence) {
            return true;
        }
        flushTarget.accumulateAndGet(sequence, Math::max);
        wakeWriter.run();
        long deadline = System.nanoTime() + timeoutNanos;
        synchronized (monitor) {
            while (resolved < sequence) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                TimeUnit.NANOSECONDS.timedWait(monitor, Math.min(left, WAIT_SLICE_NANOS));
            }
        }
        return true;
    }
}
