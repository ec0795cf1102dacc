package io.stockobserver.archive;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

/** Test listener that remembers everything the writer reported (called on the writer thread, read by the test). */
class RecordingListener implements ArchiveListener {

    record Durable(Path file, int records, long bytes, String thread) {}

    record Late(Path closedFile, Path lateFile) {}

    final List<Durable> durable = new CopyOnWriteArrayList<>();
    final List<ArchiveWriteException> failures = new CopyOnWriteArrayList<>();
    final List<Path> closed = new CopyOnWriteArrayList<>();
    final List<Late> late = new CopyOnWriteArrayList<>();
    final List<RepairedFile> tornTails = new CopyOnWriteArrayList<>();
    final AtomicLong latencies = new AtomicLong();
    final AtomicLong negativeLatencies = new AtomicLong();
    final AtomicLong forcePasses = new AtomicLong();

    @Override
    public void onDurable(Path file, int records, long bytes) {
        durable.add(new Durable(file, records, bytes, Thread.currentThread().getName()));
    }

    @Override
    public void onDurableLatency(long nanos) {
        latencies.incrementAndGet();
        if (nanos < 0) {
            negativeLatencies.incrementAndGet();
        }
    }

    @Override
    public void onWriteFailure(Path file, IOException e) {
        failures.add((ArchiveWriteException) e);
    }

    @Override
    public void onForce(int files, long nanos) {
        forcePasses.incrementAndGet();
    }

    @Override
    public void onFileClosed(Path file) {
        closed.add(file);
    }

    @Override
    public void onLateRecord(Path closedFile, Path lateFile) {
        late.add(new Late(closedFile, lateFile));
    }

    @Override
    public void onTornTailQuarantined(RepairedFile repair) {
        tornTails.add(repair);
    }

    long durableRecords() {
        return durable.stream().mapToLong(Durable::records).sum();
    }
}
