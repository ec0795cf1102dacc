package io.stockobserver.sink;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.stockobserver.archive.ArchiveLayout;
import io.stockobserver.archive.ArchiveListener;
import io.stockobserver.archive.ArchiveWriter;
import io.stockobserver.archive.BlockingListener;
import io.stockobserver.events.GapRecorder;
import io.stockobserver.pipeline.RecordSink.Result;
import io.stockobserver.pipeline.Track;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ArchiveSinkTest extends SinkTestSupport {
    @Test
    void shouldFileSwingRecordsByTheLocalHourOfTheirCycleTime() throws Exception {
        ArchiveWriter writer = writer(16, ArchiveListener.NONE);
        ArchiveSink sink = new ArchiveSink(layout(), writer, gaps(writer), clock);
        // received in the next hour: the cycle time (partition time), not the receive time, picks the file
        Instant cycle = Instant.parse("2026-07-24T01:59:59Z"); // 10:59:59 KST

        assertThat(sink.write(record(Track.SWING, cycle, cycle.plusSeconds(5), 1), line(1)))
                .isEqualTo(Result.ACCEPTED);
        assertThat(sink.write(record(Track.SWING, cycle.plusSeconds(1), cycle.plusSeconds(5), 2), line(2)))
                .isEqualTo(Result.ACCEPTED);
        assertThat(writer.flush(WAIT)).isTrue();

        assertThat(lines("swing/kis/kr_stocks/20260724/10_00.jsonl")).containsExactly("{\"n\":1}");
        assertThat(lines("swing/kis/kr_stocks/20260724/11_00.jsonl")).containsExactly("{\"n\":2}");
    }

    @Test
    void shouldFileScalpRecordsBySegmentNamedToTheSecondOfTheirSampleTime() throws Exception {
        ArchiveLayout oneSecond =
                new ArchiveLayout(dir, ArchiveLayout.KRX_ZONE, Duration.ofSeconds(1), Duration.ofMinutes(5));
        ArchiveWriter writer = writer(16, ArchiveListener.NONE);
        ArchiveSink sink = new ArchiveSink(oneSecond, writer, gaps(writer), clock);
        Instant sample = Instant.parse("2026-07-24T01:47:12.500Z");

        sink.write(record(Track.SCALP, sample, sample.plusSeconds(3), 1), line(1));
        sink.write(record(Track.SCALP, sample.plusMillis(500), sample.plusSeconds(3), 2), line(2));
        assertThat(writer.flush(WAIT)).isTrue();

        assertThat(lines("scalp/kis/kr_stocks/20260724/10_47_12.jsonl")).containsExactly("{\"n\":1}");
        assertThat(lines("scalp/kis/kr_stocks/20260724/10_47_13.jsonl")).containsExactly("{\"n\":2}");
        assertThat(Files.exists(dir.resolve("swing"))).isFalse();
    }

    @Test
    void shouldPutScalpRecordsOfOneDefaultSegmentIntoOneFile() throws Exception {
        ArchiveWriter writer = writer(16, ArchiveListener.NONE);
        ArchiveSink sink = new ArchiveSink(layout(), writer, gaps(writer), clock);
        Instant sample = Instant.parse("2026-07-24T01:47:12Z"); // segment 10:45:00 – 10:50:00 KST

        sink.write(record(Track.SCALP, sample, sample, 1), line(1));
        sink.write(record(Track.SCALP, sample.plusSeconds(167), sample, 2), line(2)); // 10:49:59
        sink.write(record(Track.SCALP, sample.plusSeconds(168), sample, 3), line(3)); // 10:50:00
        assertThat(writer.flush(WAIT)).isTrue();

        assertThat(lines("scalp/kis/kr_stocks/20260724/10_45_00.jsonl")).containsExactly("{\"n\":1}", "{\"n\":2}");
        assertThat(lines("scalp/kis/kr_stocks/20260724/10_50_00.jsonl")).containsExactly("{\"n\":3}");
    }

    @Test
    void shouldDropRecordsWhileTheQueueIsFullAndLeaveOneGapWithItsTrueStartAndEnd() throws Exception {
        BlockingListener blocking = new BlockingListener();
        ArchiveWriter writer = writer(2, blocking);
        GapRecorder gaps = gaps(writer);
        ArchiveSink sink = new ArchiveSink(layout(), writer, gaps, clock);
        Instant sample = Instant.parse("2026-07-24T01:47:12Z");
        sink.write(record(Track.SCALP, sample, sample, 0), line(0));
        blocking.awaitWriterBlocked(); // the writer holds record 0; the queue (2) fills with 1 and 2
        sink.write(record(Track.SCALP, sample, sample, 1), line(1));
        sink.write(record(Track.SCALP, sample, sample, 2), line(2));

        Instant firstDrop = T0.plusSeconds(1);
        clock.set(firstDrop);
        assertThat(sink.write(record(Track.SCALP, sample, sample, 3), line(3))).isEqualTo(Result.DROPPED_FULL);
        clock.set(T0.plusSeconds(2));
        assertThat(sink.write(record(Track.SCALP, sample, sample, 4), line(4))).isEqualTo(Result.DROPPED_FULL);
        assertThat(gaps.isOpen("scalp", GapRecorder.Reason.QUEUE_SATURATED)).isTrue();
        assertThat(gaps.isOpen("swing", GapRecorder.Reason.QUEUE_SATURATED)).isFalse();

        blocking.release();
        assertThat(writer.flush(WAIT)).isTrue();
        Instant resumed = T0.plusSeconds(4);
        clock.set(resumed);
        assertThat(sink.write(record(Track.SCALP, sample, sample, 5), line(5))).isEqualTo(Result.ACCEPTED);
        assertThat(gaps.isOpen("scalp", GapRecorder.Reason.QUEUE_SATURATED)).isFalse();
        assertThat(writer.flush(WAIT)).isTrue(); // the marker took a slot of the tiny queue: let it drain first
        clock.set(T0.plusSeconds(5));
        // a later accepted record finds no open gap: no second marker for the same episode
        assertThat(sink.write(record(Track.SCALP, sample, sample, 6), line(6))).isEqualTo(Result.ACCEPTED);
        assertThat(writer.flush(WAIT)).isTrue();

        assertThat(lines("scalp/kis/kr_stocks/20260724/10_45_00.jsonl"))
                .containsExactly("{\"n\":0}", "{\"n\":1}", "{\"n\":2}", "{\"n\":5}", "{\"n\":6}");
        List<JsonNode> markers = gapMarkers();
        assertThat(markers).hasSize(1);
        JsonNode gap = markers.get(0);
        assertThat(gap.get("scope").asText()).isEqualTo("scalp");
        assertThat(gap.get("reason").asText()).isEqualTo("queue_saturated");
        assertThat(Instant.parse(gap.get("gap_start_ts").asText())).isEqualTo(firstDrop);
        assertThat(Instant.parse(gap.get("gap_end_ts").asText())).isEqualTo(resumed);
        assertThat(gap.get("gap_seconds").asLong()).isEqualTo(3);
    }

    @Test
    void shouldKeepTheGapOfOneTrackOpenWhenOnlyTheOtherTrackResumes() throws Exception {
        BlockingListener blocking = new BlockingListener();
        ArchiveWriter writer = writer(1, blocking);
        GapRecorder gaps = gaps(writer);
        ArchiveSink sink = new ArchiveSink(layout(), writer, gaps, clock);
        Instant cycle = Instant.parse("2026-07-24T01:40:00Z");
        sink.write(record(Track.SWING, cycle, cycle, 0), line(0));
        blocking.awaitWriterBlocked();
        sink.write(record(Track.SWING, cycle, cycle, 1), line(1));

        assertThat(sink.write(record(Track.SWING, cycle, cycle, 2), line(2))).isEqualTo(Result.DROPPED_FULL);
        blocking.release();
        assertThat(writer.flush(WAIT)).isTrue();
        assertThat(sink.write(record(Track.SCALP, cycle, cycle, 3), line(3))).isEqualTo(Result.ACCEPTED);

        // a scalp record getting through says nothing about swing: its gap stays open until a swing record does
        assertThat(gaps.isOpen("swing", GapRecorder.Reason.QUEUE_SATURATED)).isTrue();
        assertThat(writer.flush(WAIT)).isTrue();
        assertThat(gapMarkers()).isEmpty();
        assertThat(sink.write(record(Track.SWING, cycle, cycle, 4), line(4))).isEqualTo(Result.ACCEPTED);
        assertThat(writer.flush(WAIT)).isTrue();
        assertThat(gapMarkers())
                .singleElement()
                .satisfies(g -> assertThat(g.get("scope").asText()).isEqualTo("swing"));
    }

    @Test
    void shouldReportAClosedWriterWithoutOpeningAGap() {
        ArchiveWriter writer = writer(16, ArchiveListener.NONE);
        GapRecorder gaps = gaps(writer);
        ArchiveSink sink = new ArchiveSink(layout(), writer, gaps, clock);
        writer.close();

        Instant t = Instant.parse("2026-07-24T01:40:00Z");
        assertThat(sink.write(record(Track.SCALP, t, t, 1), line(1))).isEqualTo(Result.DROPPED_CLOSED);
        // shutdown is not saturation: no queue_saturated gap for it
        assertThat(gaps.isOpen("scalp", GapRecorder.Reason.QUEUE_SATURATED)).isFalse();
    }
}
