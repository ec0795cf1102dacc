package io.stockobserver.sink;

import io.stockobserver.archive.ArchiveLayout;
import io.stockobserver.archive.ArchiveWriter;
import io.stockobserver.events.GapRecorder;
import io.stockobserver.pipeline.ArchiveRecord;
import io.stockobserver.pipeline.Observation;
import io.stockobserver.pipeline.RecordSink;
import io.stockobserver.pipeline.Track;
import java.nio.file.Path;
import java.time.Clock;

/**
 * Puts records into their partition file ({@code swing/…/{HH}_00.jsonl} by cycle time, {@code scalp/…/{HH_MM_SS}.jsonl}
 * by sample time) through the durable writer. When the writer's bounded queue is full the record is dropped and a
 * {@code queue_saturated} gap is opened for its track; the first record accepted afterwards closes the gap, so every
 * saturation episode leaves one gap marker with its true start and end.
 */
public final class ArchiveSink implements RecordSink {
    private final ArchiveLayout layout;
    private final ArchiveWriter writer;
    private final GapRecorder gaps;
    private final Clock clock;

    public ArchiveSink(ArchiveLayout layout, ArchiveWriter writer, GapRecorder gaps, Clock clock) {
        this.layout = layout;
        this.writer = writer;
        this.gaps = gaps;
        this.clock = clock;
    }

    @Override
    public Result write(ArchiveRecord record, byte[] jsonLine) {
        Observation o = record.observation();
        Path file = o.track() == Track.SWING
                ? layout.swingFile(o.provider(), o.market(), o.partitionTime())
                : layout.scalpFile(o.provider(), o.market(), o.partitionTime());
        String scope = o.track().wireName();
        switch (writer.append(file, jsonLine, o.receivedAtNanos())) {
            case ACCEPTED -> {
                if (gaps.isOpen(scope, GapRecorder.Reason.QUEUE_SATURATED)) {
                    gaps.close(scope, GapRecorder.Reason.QUEUE_SATURATED, clock.instant());
                }
                return Result.ACCEPTED;
            }
            case REJECTED_FULL -> {
                gaps.open(scope, GapRecorder.Reason.QUEUE_SATURATED, clock.instant());
                return Result.DROPPED_FULL;
            }
            default -> {
                return Result.DROPPED_CLOSED;
            }
        }
    }
}
