package io.stockobserver.bench;

import io.stockobserver.archive.ArchiveListener;
import java.nio.file.Path;
import java.util.concurrent.atomic.LongAdder;
import org.HdrHistogram.Recorder;

/** Counts durable records and records receive→durable latency (the same hooks the server's metrics use). */
final class LatencyListener implements ArchiveListener {
    final Recorder latency = new Recorder(3);
    final LongAdder durable = new LongAdder();
    final LongAdder failures = new LongAdder();

    @Override
    public void onDurable(Path file, int records, long bytes) {
        durable.add(records);
    }

    @Override
    public void onDurableLatency(long nanos) {
        latency.recordValue(Math.max(0, nanos));
    }

    @Override
    public void onWriteFailure(Path file, java.io.IOException e) {
        failures.increment();
    }
}
