package io.stockobserver.livedb;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.stockobserver.archive.ArchiveLayout;
import io.stockobserver.archive.ArchiveWriter;
import io.stockobserver.archive.ArchiveWriterConfig;
import io.stockobserver.events.GapRecorder;
import io.stockobserver.events.SystemEventLog;
import io.stockobserver.pipeline.ArchiveRecord;
import io.stockobserver.pipeline.Observation;
import io.stockobserver.pipeline.ObserverSession;
import io.stockobserver.pipeline.QualityFlag;
import io.stockobserver.pipeline.RecordEncoder;
import io.stockobserver.pipeline.Track;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The live sink against a real PostgreSQL with the db/migration schema, the database going away and coming back. */
class DatabaseSinkTest {
    private static final Instant T0 = Instant.parse("2026-07-24T01:47:12Z");
    private static EmbeddedPostgres pg;

    @TempDir
    Path dir;

    private ArchiveWriter writer;
    private GapRecorder gaps;
    private final Clock clock = Clock.fixed(T0, ZoneOffset.UTC);
    private final List<List<LocalDate>> catchUps = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void startDatabase() throws Exception {
        pg = EmbeddedPostgres.builder().start();
        Flyway.configure()
                .dataSource(pg.getPostgresDatabase())
                .locations("filesystem:" + Path.of("../db/migration").toAbsolutePath())
                .failOnMissingLocations(true)
                .load()
                .migrate();
    }

    @AfterAll
    static void stopDatabase() throws Exception {
        pg.close();
    }

    @BeforeEach
    void start() throws Exception {
        execute("postgres", "TRUNCATE scalp_ticks, swing_snapshots");
        ArchiveLayout layout = ArchiveLayout.krx(dir);
        writer = ArchiveWriter.start(
                layout,
                ArchiveWriterConfig.builder().fsyncInterval(Duration.ZERO).build(),
                io.stockobserver.archive.ArchiveListener.NONE);
        gaps = new GapRecorder(new SystemEventLog(
                layout, writer, new ObserverSession(T0, layout.marketZone()), "kis", clock, Duration.ofSeconds(10)));
    }

    @AfterEach
    void stop() {
        writer.close();
    }

    private DatabaseSink sink(javax.sql.DataSource ds, Clock c) {
        return new DatabaseSink(ds, "kis", 100, ZoneId.of("Asia/Seoul"), gaps, c, catchUps::add);
    }

    @Test
    void shouldLoadEveryRecordInBatchesWithTheRowsTheBatchLoadGives() throws Exception {
        DatabaseSink s = sink(pg.getPostgresDatabase(), clock);
        for (int i = 0; i < 250; i++) {
            ArchiveRecord r = record(i, i % 5 == 0 ? Track.SWING : Track.SCALP);
            s.deliver(r, new RecordEncoder().encode(r));
        }
        assertThat(count("scalp_ticks") + count("swing_snapshots")).isEqualTo(200); // two full batches so far
        s.flush();

        assertThat(count("scalp_ticks")).isEqualTo(200);
        assertThat(count("swing_snapshots")).isEqualTo(50);
        assertThat(s.rowsLoaded()).isEqualTo(250);
        assertThat(s.recordsMissed()).isZero();
        assertThat(text("SELECT last_price || '|' || volume || '|' || coalesce(archive_ref, '-') FROM scalp_ticks"
                        + " WHERE sample_time = '" + T0.plusMillis(500) + "'"))
                .isEqualTo("10001.50000000|101.00000000|-");
    }

    @Test
    void shouldRememberWhatItCouldNotLoadWhileTheDatabaseIsDownAndAskForTheCatchUpWhenItIsBack() throws Exception {
        MovingClock moving = new MovingClock(T0);
        Toggle db = new Toggle(pg.getPostgresDatabase());
        DatabaseSink s = sink(db, moving);
        List<ArchiveRecord> all = new ArrayList<>();
        int n = 0;
        for (; n < 100; n++) {
            all.add(deliver(s, n));
        }
        db.down = true;
        for (; n < 350; n++) {
            all.add(deliver(s, n)); // the first batch fails; the rest wait for the back-off
            moving.plus(Duration.ofMillis(5));
        }
        assertThat(s.batchFailures()).isEqualTo(1);
        assertThat(s.holeOpen()).isTrue();
        db.down = false;
        moving.plus(Duration.ofSeconds(2)); // past the 1 s back-off
        for (; n < 400; n++) {
            all.add(deliver(s, n));
        }
        s.flush(); // the queue ran empty

        // the batch before the outage and the one after it; the failed batch and what came during the back-off not
        assertThat(count("scalp_ticks")).isEqualTo(150);
        assertThat(s.recordsMissed()).isEqualTo(250);
        assertThat(catchUps).containsExactly(List.of(LocalDate.of(2026, 7, 24)));
        assertThat(s.holeOpen()).isFalse();
        writer.close();
        List<JsonNode> markers = gapMarkers();
        assertThat(markers).hasSize(1);
        assertThat(markers.get(0).get("scope").asText()).isEqualTo("sink:db");
        assertThat(markers.get(0).get("reason").asText()).isEqualTo("sink_unavailable");
        // the catch-up loads the archive's lines again: only the missing rows are added, none twice
        DatabaseSink catchUp = sink(pg.getPostgresDatabase(), clock);
        for (ArchiveRecord r : all) {
            catchUp.deliver(r, new RecordEncoder().encode(r));
        }
        catchUp.flush();
        assertThat(count("scalp_ticks")).isEqualTo(400);
        assertThat(text("SELECT count(DISTINCT sample_time) FROM scalp_ticks")).isEqualTo("400");
    }

    @Test
    void shouldCountRecordsTheQueueDroppedIntoTheHole() {
        DatabaseSink s = sink(pg.getPostgresDatabase(), clock);
        s.dropped(record(1, Track.SCALP));
        assertThat(s.recordsMissed()).isEqualTo(1);
        assertThat(s.holeOpen()).isTrue();
    }

    private ArchiveRecord deliver(DatabaseSink s, int i) throws Exception {
        ArchiveRecord r = record(i, Track.SCALP);
        s.deliver(r, new RecordEncoder().encode(r));
        return r;
    }

    private static ArchiveRecord record(int i, Track track) {
        Instant t = T0.plusMillis(500L * i);
        Map<String, Object> f = new LinkedHashMap<>();
        f.put(track == Track.SWING ? "cycle_id" : "sample_time", track == Track.SWING ? "c" + i : t);
        f.put("last_price", new BigDecimal("10000.5").add(BigDecimal.valueOf(i)));
        f.put("volume", 100L + i);
        Observation o = new Observation(
                "kis",
                "kr_stocks",
                "005930",
                track,
                t,
                t,
                t,
                System.nanoTime(),
                "raw/kis/20260724/10_45_00.raw:" + (i + 1),
                QualityFlag.NORMAL,
                f,
                Map.of("BSOP_DATE", "20260724"));
        return new ArchiveRecord(o, "1.0", "sess_20260724_104700", 0);
    }

    private List<JsonNode> gapMarkers() throws Exception {
        Path events = dir.resolve("system/events/kis/20260724.jsonl");
        List<JsonNode> out = new ArrayList<>();
        for (String l : Files.readAllLines(events, StandardCharsets.UTF_8)) {
            JsonNode n = new ObjectMapper().readTree(l);
            if (n.get("event_type").asText().equals("gap_marker")) {
                out.add(n);
            }
        }
        return out;
    }

    private static long count(String table) throws Exception {
        return Long.parseLong(text("SELECT count(*) FROM " + table));
    }

    private static String text(String sql) throws Exception {
        try (Connection c = pg.getPostgresDatabase().getConnection();
                Statement s = c.createStatement();
                ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getString(1);
        }
    }

    private static void execute(String db, String sql) throws Exception {
        try (Connection c = pg.getDatabase("postgres", db).getConnection();
                Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    /** A data source that refuses connections while {@code down}, as a stopped server does. */
    private static final class Toggle extends org.postgresql.ds.PGSimpleDataSource {
        private final javax.sql.DataSource real;
        volatile boolean down;

        Toggle(javax.sql.DataSource real) {
            this.real = real;
        }

        @Override
        public Connection getConnection() throws java.sql.SQLException {
            if (down) {
                throw new java.sql.SQLException("Connection refused", "08001");
            }
            return real.getConnection();
        }
    }

    private static final class MovingClock extends Clock {
        private volatile Instant now;

        MovingClock(Instant now) {
            this.now = now;
        }

        void plus(Duration d) {
            now = now.plus(d);
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
