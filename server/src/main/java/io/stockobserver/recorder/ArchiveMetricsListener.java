package io.stockobserver.recorder;

import io.stockobserver.archive.ArchiveListener;
import io.stockobserver.archive.RepairedFile;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.logging.Logger;
import org.HdrHistogram.Recorder;

/**
 * Listens to the archive writer (on its thread, so everything here is a counter bump): records made durable per
 * archive area (swing, scalp, raw, system), receive→durable latency into an HdrHistogram recorder, force time, and
 * write failures (logged loudly; the affected records are counted as failed by the writer).
 */
public final class ArchiveMetricsListener implements ArchiveListener {
    private static final Logger LOG = Logger.getLogger(ArchiveMetricsListener.class.getName());

    private final ConcurrentHashMap<String, LongAdder> durableByArea = new ConcurrentHashMap<>();
    private final Recorder latency = new Recorder(3);
    private final AtomicLong lastForceNanos = new AtomicLong();
    private final LongAdder writeFailures = new LongAdder();
    private volatile String lastFailure;

    @Override
    public void onDurable(Path file, int records, long bytes) {
        durableByArea
                .computeIfAbsent(file.getName(0).toString(), k -> new LongAdder())
                .add(records);
    }

    @Override
    public void onDurableLatencies(long[] nanos, int count) {
        for (int i = 0; i < count; i++) {
            latency.recordValue(Math.max(0, nanos[i]));
        }
    }

    @Override
    public void onDurableLatency(long nanos) {
        latency.recordValue(Math.max(0, nanos));
    }

    @Override
    public void onForce(int files, long nanos) {
        lastForceNanos.set(nanos);
    }

    @Override
    public void onWriteFailure(Path file, IOException e) {
        writeFailures.increment();
        lastFailure = file + ": " + e.getMessage();
        LOG.severe("archive write failed for " + file + ": " + e.getMessage());
    }

    @Override
    public void onTornTailQuarantined(RepairedFile repair) {
        LOG.warning("torn tail of " + repair.file() + " moved to " + repair.quarantineFile());
    }

    /** Records made durable, by first path element (swing, scalp, raw, system). */
    public Map<String, Long> durableByArea() {
        Map<String, Long> out = new TreeMap<>();
        durableByArea.forEach((k, v) -> out.put(k, v.sum()));
        return out;
    }

    /** The latency recorder; the metrics layer takes interval histograms from it. */
    public Recorder latencyRecorder() {
        return latency;
    }

    public long lastForceNanos() {
        return lastForceNanos.get();
    }

    public long writeFailures() {
        return writeFailures.sum();
    }

    /** The most recent write failure, or null. */
    public String lastFailure() {
        return lastFailure;
    }
}
