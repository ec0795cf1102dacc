package io.stockobserver.batch.etl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The load of an archive day into a real PostgreSQL with the db/migration schema. */
class EtlDayLoadTest {
    private static TestDatabase db;

    @TempDir
    Path root;

    private ArchiveDayFixture day;
    private DayWindow window;

    @BeforeAll
    static void startDatabase() throws Exception {
        db = new TestDatabase();
    }

    @AfterAll
    static void stopDatabase() throws Exception {
        db.close();
    }

    @BeforeEach
    void writeDay() throws Exception {
        emptyTables();
        day = new ArchiveDayFixture(root).scalp().swing().events().overflow().universe();
        window = DayWindow.of("kis", "20260724", ArchiveDayFixture.SEOUL);
    }

    private static void emptyTables() throws Exception {
        for (String t : List.of(
                "scalp_ticks",
                "swing_snapshots",
                "scalp_1m_bars",
                "swing_bars_10m",
                "eod_prices",
                "system_events",
                "scalp_gaps",
                "overflow_ledger",
                "universe_days",
                "etl_line_counts")) {
            db.execute("TRUNCATE " + t + " CASCADE");
        }
    }

    @Test
    void shouldLoadEveryTableWithTheArchivesCounts() throws Exception {
        new StepDriver(root, db.dataSource(), window).runAll(500);

        try (Connection c = db.connect()) {
            assertThat(DayCounts.of(c, window)).isEqualTo(day.expectedCounts());
        }
        assertThat(db.dump("SELECT archive_ref, provider_specific->>'tab' FROM scalp_ticks ORDER BY id LIMIT 1"))
                .containsExactly("scalp/kis/kr_stocks/20260724/09_00_00.jsonl:1|a\tb|");
        assertThat(db.dump("SELECT scope, reason, symbol, detail, gap_seconds FROM scalp_gaps ORDER BY gap_start_ts"))
                .containsExactly("scalp|ws_disconnect|null|null|30|", "swing|rate_limit|000020|EGW00201|5|");
    }

    @Test
    void shouldDeriveMinuteBarsAsRecomputedFromTheSamples() throws Exception {
        new StepDriver(root, db.dataSource(), window).runAll(1000);

        List<String> expected = new ArrayList<>();
        Map<String, List<ArchiveDayFixture.Sample>> byBar = new TreeMap<>();
        for (ArchiveDayFixture.Sample s : day.samples) {
            byBar.computeIfAbsent(
                            s.symbol() + "|" + s.sampleTime().truncatedTo(ChronoUnit.MINUTES), k -> new ArrayList<>())
                    .add(s);
        }
        Map<String, Long> lastVolume = new TreeMap<>();
        for (var e : byBar.entrySet()) {
            List<ArchiveDayFixture.Sample> ss = e.getValue();
            String sym = ss.get(0).symbol();
            Instant minute = ss.get(0).sampleTime().truncatedTo(ChronoUnit.MINUTES);
            BigDecimal high = ss.stream()
                    .map(ArchiveDayFixture.Sample::price)
                    .max(BigDecimal::compareTo)
                    .orElseThrow();
            BigDecimal low = ss.stream()
                    .map(ArchiveDayFixture.Sample::price)
                    .min(BigDecimal::compareTo)
                    .orElseThrow();
            long vmax = ss.get(ss.size() - 1).volume();
            Long prev = lastVolume.get(sym + "|" + minute.minus(1, ChronoUnit.MINUTES));
            long volume = prev == null ? vmax - ss.get(0).volume() : vmax - prev;
            lastVolume.put(sym + "|" + minute, vmax);
            double covered = ss.stream()
                    .mapToDouble(s -> s.level() == 0 ? 0.5 : s.level() == 1 ? 1.0 : 2.0)
                    .sum();
            expected.add(
                    sym + "|" + minute + "|" + plain(ss.get(0).price()) + "|" + plain(high) + "|" + plain(low) + "|"
                            + plain(ss.get(ss.size() - 1).price()) + "|" + volume + "|" + ss.size() + "|"
                            + Math.min(1.0, covered / 60.0) + "|");
        }
        List<String> actual = db.dump("SELECT symbol, bar_time, open, high, low, close, volume, samples, coverage_ratio"
                + " FROM scalp_1m_bars ORDER BY symbol, bar_time");
        assertThat(actual.stream().map(EtlDayLoadTest::normalize).toList())
                .containsExactlyElementsOf(
                        expected.stream().map(EtlDayLoadTest::normalize).toList());
        // the four kinds of minute: full at 2 Hz, full at 1 Hz, half missing, full at 0.5 Hz
        assertThat(db.dump("SELECT DISTINCT coverage_ratio, mitigation_level FROM scalp_1m_bars ORDER BY 2, 1"))
                .containsExactly("0.5|0|", "1|0|", "1|1|", "1|2|");
    }

    @Test
    void shouldDeriveTenMinuteBarsAndEodFromTrackA() throws Exception {
        new StepDriver(root, db.dataSource(), window).runAll(1000);

        // 005930 (index 2): open 12000; cycles at 09:00:02, 09:10:02, 09:20:02 KST
        assertThat(db
                        .dump("SELECT bar_time, open, high, low, close, volume FROM swing_bars_10m"
                                + " WHERE symbol = '005930' ORDER BY bar_time")
                        .stream()
                        .map(EtlDayLoadTest::normalize)
                        .toList())
                .containsExactly(
                        // first bar: the session values so far
                        "2026-07-23T23:50:00Z|12000|12200|11900|12000|1002|",
                        // low moved (11900 → 11700): the session low; high did not: max(open, close)
                        "2026-07-24T00:00:00Z|12000|12000|11700|11850|1000|",
                        // high moved (12200 → 12400)
                        "2026-07-24T00:10:00Z|11850|12400|11850|12100|1000|");
        assertThat(db
                        .dump("SELECT trade_date, open, high, low, close, volume, prev_close, cycle_id FROM eod_prices"
                                + " WHERE symbol = '005930'")
                        .stream()
                        .map(EtlDayLoadTest::normalize)
                        .toList())
                .containsExactly("2026-07-24|12000|12400|11700|12100|3002|12000|20260724T092002|");
    }

    @Test
    void shouldLeaveTheSameRowsWhenADayIsLoadedTwice() throws Exception {
        new StepDriver(root, db.dataSource(), window).runAll(700);
        Map<String, List<String>> first = everyTable();

        new StepDriver(root, db.dataSource(), window).runAll(333);

        assertThat(everyTable()).isEqualTo(first);
    }

    @Test
    void shouldResumeFromACheckpointWithTheRowsOfAnUninterruptedRun() throws Exception {
        new StepDriver(root, db.dataSource(), window).runAll(1000);
        Map<String, List<String>> uninterrupted = everyTable();
        emptyTables();

        StepDriver killed = new StepDriver(root, db.dataSource(), window);
        List<String> files = EtlSource.SCALP.files(root, "kis", window.day());
        LinePosition after = killed.runStep(EtlSource.SCALP, LinePosition.start(files), 250, 3);
        assertThat(after.offset()).isPositive();
        // a chunk read after the last checkpoint but never committed: its lines are read again on restart
        StepDriver restarted = new StepDriver(root, db.dataSource(), window);
        restarted.runStep(EtlSource.SCALP, after, 250, Integer.MAX_VALUE);
        assertThat(killed.read + restarted.read).isEqualTo(day.scalpLines);
        for (EtlSource s : List.of(EtlSource.SWING, EtlSource.EVENTS, EtlSource.OVERFLOW)) {
            restarted.runStep(s, LinePosition.start(s.files(root, "kis", window.day())), 1000, Integer.MAX_VALUE);
        }
        try (Connection c = db.connect()) {
            LocalTransaction.run(c, () -> new UniverseLoader().load(c, root, window));
            new DayDerivation().derive(c, window);
        }

        assertThat(everyTable()).isEqualTo(uninterrupted);
    }

    @Test
    void shouldKeepWhereEachPartitionHasReadToWithItsCountsAndNotLoseItOnASkipOnlyChunk() throws Exception {
        LinePosition at = new LinePosition(List.of("scalp/kis/kr_stocks/20260724/09_00_00.jsonl", "b"), 1, 4096, 17);
        try (Connection c = db.connect()) {
            assertThat(LineCounts.readTo(c, 42, "scalp", 1)).isEmpty();
            LocalTransaction.run(c, () -> {
                LineCounts.add(c, 42, "scalp", 1, 100, 0, at);
                return null;
            });
            LocalTransaction.run(c, () -> {
                LineCounts.add(c, 42, "scalp", 1, 1, 1, null); // a count without a position keeps the last one
                return null;
            });
            // a chunk that rolls back leaves neither its count nor its position
            assertThatThrownBy(() -> LocalTransaction.run(c, () -> {
                        LineCounts.add(c, 42, "scalp", 1, 50, 0, LinePosition.start(List.of("x")));
                        throw new java.sql.SQLException("the chunk failed");
                    }))
                    .hasMessageContaining("the chunk failed");

            assertThat(LineCounts.readTo(c, 42, "scalp", 1)).contains(at);
            assertThat(LineCounts.readTo(c, 42, "scalp", 0)).isEmpty();
            assertThat(LineCounts.total(c, 42)).isEqualTo(new LineCounts.Count(101, 1));
        }
    }

    @Test
    void shouldSkipMalformedLinesIntoTheFailedLinesFileAndLoadTheRest() throws Exception {
        String scalp = "scalp/kis/kr_stocks/20260724/09_00_00.jsonl";
        long good = Files.readAllLines(root.resolve(scalp)).size();
        day.appendRaw(scalp, "{not json\n");
        day.appendRaw(
                scalp,
                ArchiveDayFixture.scalpLine("005930", Instant.parse("2026-07-24T00:06:00Z"), BigDecimal.TEN, 1, 0)
                                .replace("\"volume\":1,", "\"volume\":\"many\",")
                        + "\n");
        day.appendRaw(scalp, "[1,2]\n");
        day.appendRaw(scalp, "{\"provider\":\"upbit\",\"track\":\"scalp\"}\n");
        // a torn tail (no newline): not a line yet, so neither loaded nor failed
        day.appendRaw(scalp, "{\"schema_version\":\"1.0\",\"event_ti");

        StepDriver run = new StepDriver(root, db.dataSource(), window);
        run.runAll(100);

        assertThat(run.skipped).isEqualTo(4);
        try (Connection c = db.connect()) {
            assertThat(LineCounts.total(c, StepDriver.INSTANCE)).isEqualTo(new LineCounts.Count(run.read, 4));
            assertThat(LineCounts.byStep(c, StepDriver.INSTANCE).get("scalp"))
                    .isEqualTo(new LineCounts.Count(day.scalpLines + 4, 4));
        }
        assertThat(db.count("SELECT count(*) FROM scalp_ticks")).isEqualTo(day.scalpLines);
        List<JsonNode> failed = new ArrayList<>();
        for (String l : Files.readAllLines(run.failed, StandardCharsets.UTF_8)) {
            failed.add(new ObjectMapper().readTree(l));
        }
        assertThat(failed.stream().map(f -> f.get("reason").asText()).collect(Collectors.toList()))
                .containsExactly("not_json", "not_a_number:volume", "not_an_object", "other_provider:upbit");
        assertThat(failed.get(0).get("archive_ref").asText()).isEqualTo(scalp + ":" + (good + 1));
        assertThat(failed.get(0).get("text").asText()).isEqualTo("{not json");
    }

    @Test
    void shouldCompleteRowsTheLiveSinkWroteWithTheirArchiveLine() throws Exception {
        List<String> lines = Files.readAllLines(root.resolve("scalp/kis/kr_stocks/20260724/09_00_00.jsonl"));
        RecordRows live = new RecordRows(Tables.SCALP_TICKS, "scalp", "kis");
        List<Row> rows = new ArrayList<>();
        for (String l : lines.subList(0, 100)) {
            rows.add(live.row(l.getBytes(StandardCharsets.UTF_8), null));
        }
        try (Connection c = db.connect()) {
            new CopyLoader().loadCommitted(c, rows);
        }

        new StepDriver(root, db.dataSource(), window).runAll(1000);

        assertThat(db.count("SELECT count(*) FROM scalp_ticks")).isEqualTo(day.scalpLines);
        assertThat(db.count("SELECT count(*) FROM scalp_ticks WHERE archive_ref IS NULL"))
                .isZero();
    }

    @Test
    void shouldRefuseBadDaysAndProviders() {
        assertThatThrownBy(() -> DayWindow.of("kis", "2026-07-24", ArchiveDayFixture.SEOUL))
                .hasMessageContaining("YYYYMMDD");
        assertThatThrownBy(() -> DayWindow.of("../kis", "20260724", ArchiveDayFixture.SEOUL))
                .hasMessageContaining("provider");
        assertThatThrownBy(() -> EtlSource.of("trades")).hasMessageContaining("unknown etl source");
    }

    private Map<String, List<String>> everyTable() throws Exception {
        Map<String, List<String>> out = new TreeMap<>();
        out.put(
                "scalp_ticks",
                db.dump("SELECT provider, market, symbol, sample_time, last_price, volume,"
                        + " provider_specific, archive_ref, raw_ref FROM scalp_ticks ORDER BY 1, 2, 3, 4"));
        out.put(
                "swing_snapshots",
                db.dump("SELECT provider, symbol, cycle_id, last_price, archive_ref"
                        + " FROM swing_snapshots ORDER BY 1, 2, 3"));
        out.put("scalp_1m_bars", db.dump("SELECT * FROM scalp_1m_bars ORDER BY 1, 2, 3, 4"));
        out.put("swing_bars_10m", db.dump("SELECT * FROM swing_bars_10m ORDER BY 1, 2, 3, 4"));
        out.put("eod_prices", db.dump("SELECT * FROM eod_prices ORDER BY 1, 2, 3, 4"));
        out.put(
                "system_events",
                db.dump("SELECT provider, event_type, fields, archive_ref FROM system_events"
                        + " ORDER BY archive_ref"));
        out.put(
                "scalp_gaps",
                db.dump("SELECT provider, gap_start_ts, scope, reason, archive_ref FROM scalp_gaps"
                        + " ORDER BY archive_ref"));
        out.put("overflow_ledger", db.dump("SELECT provider, symbol, archive_ref FROM overflow_ledger ORDER BY 3"));
        out.put("universe", db.dump("SELECT * FROM universe ORDER BY 1, 2, 3, 4"));
        return out;
    }

    private static String plain(BigDecimal d) {
        return d.stripTrailingZeros().toPlainString();
    }

    /** Numeric text without trailing zeros, timestamps as ISO instants. */
    private static String normalize(String row) {
        StringBuilder b = new StringBuilder();
        String[] values = row.split("\\|", -1);
        for (int i = 0; i < values.length; i++) {
            if (values[i].isEmpty()) {
                continue;
            }
            // the first column is a symbol, a day or an instant: never read as a number
            b.append(normalizeValue(values[i], i > 0)).append('|');
        }
        return b.toString();
    }

    private static String normalizeValue(String v, boolean numeric) {
        if (numeric && v.matches("-?\\d+(\\.\\d+)?")) {
            return new BigDecimal(v).stripTrailingZeros().toPlainString();
        }
        if (v.matches("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d(\\.\\d+)?[+-]\\d\\d")) {
            return java.time.OffsetDateTime.parse(v.replace(' ', 'T') + ":00")
                    .toInstant()
                    .toString();
        }
        return v;
    }
}
