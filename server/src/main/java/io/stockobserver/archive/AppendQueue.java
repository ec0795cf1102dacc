package io.stockobserver.archive;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The bounded hand-off from producers to the writer thread: a ring of parallel arrays under one lock, so an append
 * allocates nothing and the writer takes a whole batch per lock acquisition. Every accepted entry gets a sequence
 * number (1, 2, …) in queue order, which is what {@code flush} and pin releases wait on.
 *
 * <p>Design note: a hand-written ring instead of {@code ArrayBlockingQueue} because sequences must be assigned in
 * the same critical section as the enqueue, the head's enqueue time is needed for the lag metric, and parallel
 * arrays avoid one entry object per record.
 */
final class AppendQueue {

    private final ReentrantLock lock = new ReentrantLock();
    private final Condition notEmpty = lock.newCondition();
    private final Condition notFull = lock.newCondition();
    private final int capacity;
    private final Path[] paths;
    private final byte[][] lines;
    private final long[] receivedAt;
    private final long[] enqueuedAt;
    private int head;
    private int count;
    private long enqueuedTotal;
    private long dequeuedTotal;
    private boolean closed;
    private boolean wakeRequested;

    AppendQueue(int capacity) {
        this.capacity = capacity;
        this.paths = new Path[capacity];
        this.lines = new byte[capacity][];
        this.receivedAt = new long[capacity];
        this.enqueuedAt = new long[capacity];
    }

    int capacity() {
        return capacity;
    }

    /** Queues an entry unless the queue is full or closed; never blocks on a full queue. */
    AppendResult offer(Path path, byte[] line, long receivedAtNanos) {
        lock.lock();
        try {
            if (closed) {
                return AppendResult.REJECTED_CLOSED;
            }
            if (count == capacity) {
                return AppendResult.REJECTED_FULL;
            }
            insert(path, line, receivedAtNanos);
            return AppendResult.ACCEPTED;
        } finally {
            lock.unlock();
        }
    }

    /** Queues an entry, waiting up to {@code timeoutNanos} for room. */
    AppendResult offer(Path path, byte[] line, long receivedAtNanos, long timeoutNanos) throws InterruptedException {
        lock.lockInterruptibly();
        try {
            long nanos = timeoutNanos;
            while (!closed && count == capacity) {
                if (nanos <= 0) {
                    return AppendResult.REJECTED_FULL;
                }
                nanos = notFull.awaitNanos(nanos);
            }
            if (closed) {
                return AppendResult.REJECTED_CLOSED;
            }
            insert(path, line, receivedAtNanos);
            return AppendResult.ACCEPTED;
        } finally {
            lock.unlock();
        }
    }

    private void insert(Path path, byte[] line, long receivedAtNanos) {
        int tail = (head + count) % capacity;
        paths[tail] = path;
        lines[tail] = line;
        receivedAt[tail] = receivedAtNanos;
        enqueuedAt[tail] = System.nanoTime();
        count++;
        enqueuedTotal++;
        if (count == 1) {
            notEmpty.signal();
        }
    }

    /**
     * Waits up to {@code waitNanos} for entries (or a {@link #wake()}), then moves as many as fit into
     * {@code batch}. Returns how many were moved, or -1 once the queue is closed and empty.
     */
    int drainTo(Batch batch, long waitNanos) throws InterruptedException {
        lock.lock();
        try {
            long nanos = waitNanos;
            while (count == 0 && !closed && !wakeRequested && nanos > 0) {
                nanos = notEmpty.awaitNanos(nanos);
            }
            wakeRequested = false;
            if (count == 0 && closed) {
                return -1;
            }
            int n = Math.min(count, batch.capacity());
            for (int i = 0; i < n; i++) {
                int slot = (head + i) % capacity;
                batch.set(i, paths[slot], lines[slot], receivedAt[slot]);
                paths[slot] = null;
                lines[slot] = null;
            }
            head = (head + n) % capacity;
            count -= n;
            dequeuedTotal += n;
            batch.filled(n, dequeuedTotal);
            if (n > 0 && lock.hasWaiters(notFull)) {
                notFull.signalAll();
            }
            return n;
        } finally {
            lock.unlock();
        }
    }

    /** Makes a waiting {@link #drainTo} return now even if nothing was queued (a flush wants a force). */
    void wake() {
        lock.lock();
        try {
            wakeRequested = true;
            notEmpty.signal();
        } finally {
            lock.unlock();
        }
    }

    /** Rejects every later offer; entries already queued are still drained. */
    void close() {
        lock.lock();
        try {
            closed = true;
            notEmpty.signal();
            notFull.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /** Drops every queued entry (only when the writer is dying) and returns how many there were. */
    int discardAll() {
        lock.lock();
        try {
            int dropped = count;
            for (int i = 0; i < count; i++) {
                int slot = (head + i) % capacity;
                paths[slot] = null;
                lines[slot] = null;
            }
            dequeuedTotal += count;
            head = 0;
            count = 0;
            return dropped;
        } finally {
            lock.unlock();
        }
    }

    /** The sequence number of the newest accepted entry (0 before the first). */
    long lastSequence() {
        lock.lock();
        try {
            return enqueuedTotal;
        } finally {
            lock.unlock();
        }
    }

    int size() {
        lock.lock();
        try {
            return count;
        } finally {
            lock.unlock();
        }
    }

    /** How long the oldest queued entry has waited, or 0 when the queue is empty. */
    long oldestAgeNanos() {
        lock.lock();
        try {
            return count == 0 ? 0 : Math.max(0, System.nanoTime() - enqueuedAt[head]);
        } finally {
            lock.unlock();
        }
    }

    /** {@code timeout} in nanoseconds, saturating instead of overflowing for absurdly long timeouts. */
    static long toNanos(Duration timeout) {
        try {
            return timeout.toNanos();
        } catch (ArithmeticException tooLong) {
            return TimeUnit.DAYS.toNanos(365);
        }
    }
}
