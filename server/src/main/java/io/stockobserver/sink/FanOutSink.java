package io.stockobserver.sink;

import io.stockobserver.pipeline.ArchiveRecord;
import io.stockobserver.pipeline.RecordSink;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Hands every record to the archive first and always, and each record the archive accepted to every downstream
 * sink's own bounded queue. The archive's answer is the pipeline's answer: a downstream sink that is slow, full or
 * dead changes nothing upstream, and nothing for the other sinks.
 */
public final class FanOutSink implements RecordSink {
    private final RecordSink archive;
    private final List<QueuedSink> downstream = new CopyOnWriteArrayList<>();

    public FanOutSink(RecordSink archive) {
        this.archive = archive;
    }

    /** Adds a downstream sink; it sees the records accepted from now on. */
    public void add(QueuedSink sink) {
        downstream.add(sink);
    }

    @Override
    public Result write(ArchiveRecord record, byte[] jsonLine) {
        Result result = archive.write(record, jsonLine);
        if (result == Result.ACCEPTED) {
            for (QueuedSink s : downstream) {
                s.offer(record, jsonLine);
            }
        }
        return result;
    }

    public List<SinkStats> stats() {
        return downstream.stream().map(QueuedSink::stats).toList();
    }

    /** Closes every downstream sink (each gets a short grace to deliver what it holds). */
    public void close() {
        downstream.forEach(QueuedSink::close);
    }
}
