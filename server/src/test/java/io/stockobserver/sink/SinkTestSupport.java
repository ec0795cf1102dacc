package io.stockobserver.sink;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.stockobserver.archive.ArchiveLayout;
import io.stockobserver.archive.ArchiveListener;
import io.stockobserver.archive.ArchiveWriter;
import io.stockobserver.archive.ArchiveWriterConfig;
import io.stockobserver.events.GapRecorder;
import io.stockobserver.events.SystemEventLog;
import io.stockobserver.pipeline.ArchiveRecord;
import io.stockobserver.pipeline.Observation;
import io.stockobserver.pipeline.ObserverSession;
import io.stockobserver.pipeline.QualityFlag;
import io.stockobserver.pipeline.Track;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;

/** The archive, gap evidence and records the sink tests share: a real writer on a temporary directory. */
abstract class SinkTestSupport {
    static final Duration WAIT = Duration.ofSeconds(10);
    static final Instant T0 = Instant.parse("2026-07-24T01:47:12Z"); // 10:47:12 KST

    @TempDir
    Path dir;

    final MutableClock clock = new MutableClock(T0);
    private final List<ArchiveWriter> writers = new ArrayList<>();

    @AfterEach
    void closeWriters() {
        writers.forEach(ArchiveWriter::close);
    }

    ArchiveLayout layout() {
        return ArchiveLayout.krx(dir);
    }

    ArchiveWriter writer(int capacity, ArchiveListener listener) {
        ArchiveWriter w = ArchiveWriter.start(
                layout(),
                ArchiveWriterConfig.builder()
                        .queueCapacity(capacity)
                        .fsyncInterval(Duration.ZERO)
                        .build(),
                listener);
        writers.add(w);
        return w;
    }

    GapRecorder gaps(ArchiveWriter writer) {
        ObserverSession session = new ObserverSession(T0, ArchiveLayout.KRX_ZONE);
        return new GapRecorder(new SystemEventLog(layout(), writer, session, "kis", clock, WAIT));
    }

    static ArchiveRecord record(Track track, Instant partitionTime, Instant receiveTime, int n) {
        Observation o = new Observation(
                "kis",
                "kr_stocks",
                "005930",
                track,
                partitionTime,
                partitionTime,
                receiveTime,
                System.nanoTime(),
                null,
                QualityFlag.NORMAL,
                Map.of("n", (long) n),
                Map.of());
        return new ArchiveRecord(o, "1.0", "s", 0);
    }

    static byte[] line(int n) {
        return ("{\"n\":" + n + "}").getBytes(UTF_8);
    }

    List<String> lines(String relative) throws Exception {
        return Files.readAllLines(dir.resolve(relative), UTF_8);
    }

    List<JsonNode> gapMarkers() throws Exception {
        Path events = dir.resolve("system/events/kis/20260724.jsonl");
        if (!Files.exists(events)) {
            return List.of();
        }
        List<JsonNode> out = new ArrayList<>();
        for (String l : Files.readAllLines(events, UTF_8)) {
            JsonNode n = new ObjectMapper().readTree(l);
            if (n.get("event_type").asText().equals("gap_marker")) {
                out.add(n);
            }
        }
        return out;
    }

    /** A clock the test moves, so gap start and end are known instants. */
    static final class MutableClock extends Clock {
        private volatile Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        void set(Instant t) {
            now = t;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
