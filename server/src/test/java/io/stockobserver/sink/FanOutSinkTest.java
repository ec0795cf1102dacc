package io.stockobserver.sink;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.stockobserver.archive.ArchiveListener;
import io.stockobserver.archive.ArchiveWriter;
import io.stockobserver.events.GapRecorder;
import io.stockobserver.events.SystemEventLog;
import io.stockobserver.pipeline.ArchiveRecord;
import io.stockobserver.pipeline.ObserverSession;
import io.stockobserver.pipeline.RecordSink.Result;
import io.stockobserver.pipeline.Track;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The archive first and always; each downstream sink behind its own queue, none able to hold up another. */
class FanOutSinkTest extends SinkTestSupport {
    private static final int RECORDS = 2_000;
    private static final int CAPACITY = 100;

    private final List<QueuedSink> sinks = new ArrayList<>();
    private final CountDownLatch unblock = new CountDownLatch(1);

    @AfterEach
    void closeSinks() {
        unblock.countDown();
        sinks.forEach(QueuedSink::close);
    }

    /** A sink that takes its first record and then hangs until the test lets it go (a database that stopped). */
    private final class BlockedSink implements DownstreamSink {
        final CountDownLatch holding = new CountDownLatch(1);
        final List<Integer> got = new CopyOnWriteArrayList<>();

        @Override
        public String name() {
            return "blocked";
        }

        @Override
        public void deliver(ArchiveRecord record, byte[] line) throws Exception {
            got.add(((Long) record.observation().fields().get("n")).intValue());
            holding.countDown();
            unblock.await(60, TimeUnit.SECONDS);
        }
    }

    private static final class CollectingSink implements DownstreamSink {
        final List<Integer> got = new CopyOnWriteArrayList<>();

        @Override
        public String name() {
            return "quick";
        }

        @Override
        public void deliver(ArchiveRecord record, byte[] line) {
            got.add(((Long) record.observation().fields().get("n")).intValue());
        }
    }

    private QueuedSink queued(DownstreamSink target, int capacity, GapRecorder gaps, SystemEventLog events) {
        QueuedSink q = new QueuedSink(target, capacity, gaps, events, clock, Thread::new);
        sinks.add(q);
        return q;
    }

    private SystemEventLog events(ArchiveWriter writer) {
        return new SystemEventLog(layout(), writer, new ObserverSession(T0, layout().marketZone()), "kis", clock, WAIT);
    }

    @Test
    @Timeout(60) // a write that waited for the blocked sink would hang here
    void shouldArchiveEveryRecordAndFeedTheQuickSinkWhileABlockedSinkDropsAndLeavesOneGap() throws Exception {
        ArchiveWriter writer = writer(RECORDS + 100, ArchiveListener.NONE);
        SystemEventLog events = events(writer);
        GapRecorder gaps = new GapRecorder(events);
        FanOutSink fanOut = new FanOutSink(new ArchiveSink(layout(), writer, gaps, clock));
        BlockedSink blocked = new BlockedSink();
        CollectingSink quick = new CollectingSink();
        fanOut.add(queued(blocked, CAPACITY, gaps, events));
        fanOut.add(queued(quick, RECORDS, gaps, events)); // room for the burst: what it gets depends on it alone

        Instant sample = Instant.parse("2026-07-24T01:47:12Z");
        assertThat(fanOut.write(record(Track.SCALP, sample, sample, 0), line(0)))
                .isEqualTo(Result.ACCEPTED);
        assertThat(blocked.holding.await(10, TimeUnit.SECONDS)).isTrue(); // the blocked sink holds record 0
        Instant firstDrop = T0.plusSeconds(1);
        clock.set(firstDrop);
        for (int n = 1; n < RECORDS; n++) {
            assertThat(fanOut.write(record(Track.SCALP, sample, sample, n), line(n)))
                    .as("the archive's answer for record " + n)
                    .isEqualTo(Result.ACCEPTED);
        }
        assertThat(writer.flush(WAIT)).isTrue();

        // the archive holds all of them, in order
        List<String> archived = lines("scalp/kis/kr_stocks/20260724/10_45_00.jsonl");
        assertThat(archived).hasSize(RECORDS);
        assertThat(archived.get(RECORDS - 1)).isEqualTo("{\"n\":" + (RECORDS - 1) + "}");
        // the quick sink got every one, the blocked sink's queue filled and the rest was dropped and counted
        await().atMost(WAIT).until(() -> quick.got.size() == RECORDS);
        assertThat(quick.got).isSorted();
        SinkStats b = fanOut.stats().get(0);
        assertThat(b.name()).isEqualTo("blocked");
        assertThat(b.depth()).isEqualTo(CAPACITY);
        assertThat(b.dropped()).isEqualTo(RECORDS - 1 - CAPACITY);
        assertThat(b.delivered()).isZero();
        assertThat(b.running()).isTrue();
        SinkStats q = fanOut.stats().get(1);
        assertThat(q.delivered()).isEqualTo(RECORDS);
        assertThat(q.dropped()).isZero();
        assertThat(gaps.isOpen("sink:blocked", GapRecorder.Reason.QUEUE_SATURATED))
                .isTrue();
        assertThat(gaps.isOpen("sink:quick", GapRecorder.Reason.QUEUE_SATURATED))
                .isFalse();
        assertThat(gaps.isOpen("scalp", GapRecorder.Reason.QUEUE_SATURATED)).isFalse();

        // the sink recovers: it delivers what it queued, and the next record it takes closes the gap
        unblock.countDown();
        await().atMost(WAIT).until(() -> fanOut.stats().get(0).depth() == 0);
        Instant resumed = T0.plusSeconds(5);
        clock.set(resumed);
        assertThat(fanOut.write(record(Track.SCALP, sample, sample, RECORDS), line(RECORDS)))
                .isEqualTo(Result.ACCEPTED);
        await().atMost(WAIT).until(() -> blocked.got.size() == CAPACITY + 2);
        assertThat(blocked.got.subList(0, CAPACITY + 1))
                .containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(0, CAPACITY)
                        .boxed()
                        .toList());
        assertThat(writer.flush(WAIT)).isTrue();
        List<JsonNode> markers = gapMarkers();
        assertThat(markers).singleElement().satisfies(g -> {
            assertThat(g.get("scope").asText()).isEqualTo("sink:blocked");
            assertThat(g.get("reason").asText()).isEqualTo("queue_saturated");
            assertThat(Instant.parse(g.get("gap_start_ts").asText())).isEqualTo(firstDrop);
            assertThat(Instant.parse(g.get("gap_end_ts").asText())).isEqualTo(resumed);
        });
    }

    @Test
    void shouldCountAFailingSinkAndKeepDeliveringToItAndToTheArchive() throws Exception {
        ArchiveWriter writer = writer(64, ArchiveListener.NONE);
        SystemEventLog events = events(writer);
        GapRecorder gaps = new GapRecorder(events);
        FanOutSink fanOut = new FanOutSink(new ArchiveSink(layout(), writer, gaps, clock));
        List<Integer> got = new CopyOnWriteArrayList<>();
        fanOut.add(queued(
                new DownstreamSink() {
                    @Override
                    public String name() {
                        return "flaky";
                    }

                    @Override
                    public void deliver(ArchiveRecord record, byte[] line) {
                        int n = ((Long) record.observation().fields().get("n")).intValue();
                        if (n % 2 == 0) {
                            throw new IllegalStateException("connection reset");
                        }
                        got.add(n);
                    }
                },
                16,
                gaps,
                events));
        Instant sample = Instant.parse("2026-07-24T01:47:12Z");
        for (int n = 0; n < 10; n++) {
            assertThat(fanOut.write(record(Track.SCALP, sample, sample, n), line(n)))
                    .isEqualTo(Result.ACCEPTED);
        }
        await().atMost(WAIT).until(() -> fanOut.stats().get(0).delivered() == 5);
        assertThat(got).containsExactly(1, 3, 5, 7, 9);
        assertThat(fanOut.stats().get(0).failed()).isEqualTo(5);
        assertThat(writer.flush(WAIT)).isTrue();
        assertThat(lines("scalp/kis/kr_stocks/20260724/10_45_00.jsonl")).hasSize(10);
        // evidence of the 1st, 2nd and 4th failure, each with the running total
        List<Long> totals = new ArrayList<>();
        for (String l : lines("system/events/kis/20260724.jsonl")) {
            JsonNode e = new com.fasterxml.jackson.databind.ObjectMapper().readTree(l);
            if (e.get("event_type").asText().equals("sink_failed")) {
                assertThat(e.get("sink").asText()).isEqualTo("flaky");
                assertThat(e.get("error").asText()).contains("connection reset");
                totals.add(e.get("failed_total").asLong());
            }
        }
        assertThat(totals).containsExactly(1L, 2L, 4L);
    }

    @Test
    void shouldHandNothingDownstreamThatTheArchiveDidNotAccept() {
        ArchiveWriter writer = writer(16, ArchiveListener.NONE);
        SystemEventLog events = events(writer);
        GapRecorder gaps = new GapRecorder(events);
        FanOutSink fanOut = new FanOutSink(new ArchiveSink(layout(), writer, gaps, clock));
        CollectingSink quick = new CollectingSink();
        fanOut.add(queued(quick, 16, gaps, events));
        writer.close();

        Instant sample = Instant.parse("2026-07-24T01:47:12Z");
        assertThat(fanOut.write(record(Track.SCALP, sample, sample, 1), line(1)))
                .isEqualTo(Result.DROPPED_CLOSED);
        assertThat(fanOut.stats().get(0).delivered() + fanOut.stats().get(0).depth())
                .isZero();
        assertThat(quick.got).isEmpty();
    }
}
