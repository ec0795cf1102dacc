package io.stockobserver.sink;

import io.stockobserver.events.GapRecorder;
import io.stockobserver.events.SystemEventLog;
import io.stockobserver.pipeline.ArchiveRecord;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Puts one {@link DownstreamSink} behind a bounded queue and a thread of its own, so the archive and the other sinks
 * never wait for it. A full queue drops the record, counts it and opens a {@code queue_saturated} gap of scope
 * {@code sink:{name}}; the next record queued closes it, so each episode leaves one gap marker with its true start
 * and end. A delivery that throws is counted and evidenced as {@code sink_failed} (the 1st, 2nd, 4th, 8th … time).
 */
public final class QueuedSink implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(QueuedSink.class.getName());

    private record Item(ArchiveRecord record, byte[] line) {}

    private final DownstreamSink target;
    private final BlockingQueue<Item> queue;
    private final int capacity;
    private final GapRecorder gaps;
    private final SystemEventLog events;
    private final Clock clock;
    private final String scope;
    private final Thread thread;
    private final AtomicLong delivered = new AtomicLong();
    private final AtomicLong dropped = new AtomicLong();
    private final AtomicLong failed = new AtomicLong();
    private volatile boolean open = true;

    public QueuedSink(
            DownstreamSink target,
            int capacity,
            GapRecorder gaps,
            SystemEventLog events,
            Clock clock,
            ThreadFactory threads) {
        if (capacity < 1) {
            throw new IllegalArgumentException("queue capacity of sink " + target.name() + " must be >= 1");
        }
        this.target = Objects.requireNonNull(target, "target");
        this.capacity = capacity;
        this.queue = new ArrayBlockingQueue<>(capacity);
        this.gaps = gaps;
        this.events = events;
        this.clock = clock;
        this.scope = "sink:" + target.name();
        this.thread = threads.newThread(this::drain);
        thread.setName("observer-sink-" + target.name());
        thread.setDaemon(true);
        thread.start();
    }

    /** Queues a record without ever blocking; false when it was dropped. */
    public boolean offer(ArchiveRecord record, byte[] line) {
        if (open && queue.offer(new Item(record, line))) {
            if (gaps.isOpen(scope, GapRecorder.Reason.QUEUE_SATURATED)) {
                gaps.close(scope, GapRecorder.Reason.QUEUE_SATURATED, clock.instant());
            }
            return true;
        }
        dropped.incrementAndGet();
        target.dropped(record);
        if (open) {
            gaps.open(scope, GapRecorder.Reason.QUEUE_SATURATED, clock.instant());
        }
        return false;
    }

    private void drain() {
        while (open || !queue.isEmpty()) {
            Item item;
            try {
                item = queue.poll(200, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                break; // closing: what is left is counted as dropped
            }
            try {
                if (item == null) {
                    target.flush();
                    continue;
                }
                target.deliver(item.record(), item.line());
                delivered.incrementAndGet();
                if (queue.isEmpty()) {
                    target.flush();
                }
            } catch (InterruptedException e) {
                failed.incrementAndGet();
                break;
            } catch (Exception | StackOverflowError e) { // the sink's fault: the next record is tried again
                failure(e);
            }
        }
        try {
            target.flush();
        } catch (Exception e) {
            failure(e);
        }
        for (Item left; (left = queue.poll()) != null; ) {
            dropped.incrementAndGet();
            target.dropped(left.record());
        }
    }

    private void failure(Throwable e) {
        long n = failed.incrementAndGet();
        if (Long.bitCount(n) == 1) {
            Map<String, Object> f = new LinkedHashMap<>();
            f.put("sink", target.name());
            f.put("error", e.getClass().getSimpleName() + ": " + e.getMessage());
            f.put("failed_total", n);
            events.record("sink_failed", f);
            LOG.log(Level.WARNING, "sink " + target.name() + " failed (" + n + " so far)", e);
        }
    }

    public SinkStats stats() {
        return new SinkStats(
                target.name(),
                capacity,
                queue.size(),
                delivered.get(),
                dropped.get(),
                failed.get(),
                open && thread.isAlive());
    }

    /**
     * Stops taking records and gives the sink {@code grace} to deliver what is queued; the rest counts as dropped.
     * The gap of a saturation still open is closed now.
     */
    public void close(Duration grace) {
        open = false;
        try {
            thread.join(grace.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (thread.isAlive()) {
            thread.interrupt();
        }
        if (gaps.isOpen(scope, GapRecorder.Reason.QUEUE_SATURATED)) {
            gaps.close(scope, GapRecorder.Reason.QUEUE_SATURATED, clock.instant());
        }
    }

    @Override
    public void close() {
        close(Duration.ofSeconds(5));
    }
}
