package io.stockobserver.batch.etl;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A market day of archive files in the archive's format (docs/archive-format.md), written line by line as the
 * observer writes them, with the samples kept so the test can recompute what the load must give.
 */
public final class ArchiveDayFixture {
    public static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");
    public static final LocalDate DAY = LocalDate.of(2026, 7, 24);
    public static final String SESSION = "sess_20260724_085500";

    /** One scalp sample as written. */
    public record Sample(String symbol, Instant sampleTime, BigDecimal price, long volume, int level) {}

    /** One swing snapshot as written. */
    public record Snapshot(
            String symbol,
            Instant time,
            String cycleId,
            BigDecimal last,
            BigDecimal open,
            BigDecimal high,
            BigDecimal low,
            long volume) {}

    public final Path root;
    public final List<Sample> samples = new ArrayList<>();
    public final List<Snapshot> snapshots = new ArrayList<>();
    public int scalpLines;
    public int swingLines;
    public int eventLines;
    public int gapLines;
    public int overflowLines;
    public int members;
    public final List<String> symbols = List.of("000660", "005930", "035720");

    public ArchiveDayFixture(Path root) {
        this.root = root;
    }

    /**
     * The rows a load of the whole fixture day must leave per table ({@link DayCounts}): one per line of each
     * source, and derived: a 1-minute bar per symbol and minute, a 10-minute bar per swing symbol and cycle, an EOD
     * row per swing symbol.
     */
    public java.util.Map<String, Long> expectedCounts() {
        java.util.Map<String, Long> m = new java.util.LinkedHashMap<>();
        m.put("swing_snapshots", (long) swingLines);
        m.put("scalp_ticks", (long) scalpLines);
        m.put("system_events", (long) eventLines);
        m.put("scalp_gaps", (long) gapLines);
        m.put("overflow_ledger", (long) overflowLines);
        m.put("universe", (long) members);
        m.put(
                "scalp_1m_bars",
                samples.stream()
                        .map(x -> x.symbol() + x.sampleTime().getEpochSecond() / 60)
                        .distinct()
                        .count());
        m.put(
                "swing_bars_10m",
                snapshots.stream().map(x -> x.symbol() + x.cycleId()).distinct().count());
        m.put("eod_prices", snapshots.stream().map(Snapshot::symbol).distinct().count());
        return m;
    }

    /**
     * Five minutes of scalp for three symbols from 09:00 KST: 09:00–09:01 at level 0 (2 Hz), 09:02 at level 1
     * (1 Hz), 09:03 at 2 Hz with its second half missing, 09:04 at level 2 (0.5 Hz) — so coverage is 1, 1, 0.5, 1.
     * In two 3-minute segment files, 09_00_00 and 09_03_00, so a partitioned load has a file for each partition.
     */
    public ArchiveDayFixture scalp() throws IOException {
        Random rnd = new Random(7);
        Instant start = DAY.atTime(9, 0).atZone(SEOUL).toInstant();
        Path first = root.resolve("scalp/kis/kr_stocks/20260724/09_00_00.jsonl");
        Path second = root.resolve("scalp/kis/kr_stocks/20260724/09_03_00.jsonl");
        for (String sym : symbols) {
            BigDecimal price = BigDecimal.valueOf(50_000 + rnd.nextInt(100) * 100);
            long volume = 1_000_000 + rnd.nextInt(1000);
            for (int ms = 0; ms < 300_000; ms += 500) {
                int minute = ms / 60_000;
                int level = minute == 2 ? 1 : minute == 4 ? 2 : 0;
                long step = level == 0 ? 500 : level == 1 ? 1000 : 2000;
                if (ms % step != 0 || (minute == 3 && ms % 60_000 >= 30_000)) {
                    continue;
                }
                price = price.add(BigDecimal.valueOf((rnd.nextInt(5) - 2) * 100L));
                volume += rnd.nextInt(50);
                Instant t = start.plusMillis(ms);
                samples.add(new Sample(sym, t, price, volume, level));
                append(minute < 3 ? first : second, scalpLine(sym, t, price, volume, level));
                scalpLines++;
            }
        }
        return this;
    }

    static String scalpLine(String sym, Instant t, BigDecimal price, long volume, int level) {
        return "{\"schema_version\":\"1.0\",\"event_time\":\"" + t.minusMillis(120) + "\",\"receive_time\":\"" + t
                + "\",\"session_id\":\"" + SESSION + "\",\"mitigation_level\":" + level
                + ",\"quality_flag\":\"normal\",\"raw_ref\":\"raw/kis/20260724/09_00_00.raw:1\",\"provider\":\"kis\","
                + "\"market\":\"kr_stocks\",\"symbol\":\"" + sym + "\",\"track\":\"scalp\",\"sample_time\":\"" + t
                + "\",\"last_price\":" + price + ",\"last_size\":3,\"volume\":" + volume
                + ",\"turnover\":123456789012,\"ask_price\":" + price.add(BigDecimal.valueOf(100)) + ",\"bid_price\":"
                + price + ",\"ask_size\":10,\"bid_size\":12,\"open\":50000,\"high\":60000,\"low\":40000,"
                + "\"change\":100,\"change_rate\":0.2,\"trades_since_last_sample\":2,"
                + "\"provider_specific\":{\"BSOP_DATE\":\"20260724\",\"tab\":\"a\\tb\"}}";
    }

    /** Three Track A cycles (09:00, 09:10, 09:20 KST) of five symbols in 09_00.jsonl. */
    public ArchiveDayFixture swing() throws IOException {
        Path file = root.resolve("swing/kis/kr_stocks/20260724/09_00.jsonl");
        String[] syms = {"000020", "000660", "005930", "035720", "373220"};
        for (int cycle = 0; cycle < 3; cycle++) {
            Instant t = DAY.atTime(9, cycle * 10, 2).atZone(SEOUL).toInstant();
            String cycleId = "20260724T09" + cycle + "002";
            for (int i = 0; i < syms.length; i++) {
                BigDecimal open = BigDecimal.valueOf(10_000 + i * 1000);
                BigDecimal last = open.add(BigDecimal.valueOf((cycle == 1 ? -3 : cycle) * 50L));
                BigDecimal high = open.add(BigDecimal.valueOf(cycle == 2 ? 400 : 200));
                BigDecimal low = open.subtract(BigDecimal.valueOf(cycle == 0 ? 100 : 300));
                long volume = 1000L * (cycle + 1) + i;
                snapshots.add(new Snapshot(syms[i], t, cycleId, last, open, high, low, volume));
                append(
                        file,
                        "{\"schema_version\":\"1.0\",\"event_time\":\"" + t + "\",\"receive_time\":\"" + t
                                + "\",\"session_id\":\"" + SESSION
                                + "\",\"mitigation_level\":0,\"quality_flag\":\"normal\","
                                + "\"raw_ref\":\"raw/kis/20260724/09_00_00.raw:2\",\"provider\":\"kis\",\"market\":\"kr_stocks\","
                                + "\"symbol\":\"" + syms[i] + "\",\"track\":\"swing\",\"cycle_id\":\"" + cycleId
                                + "\",\"last_price\":" + last + ",\"open\":" + open + ",\"high\":" + high + ",\"low\":"
                                + low
                                + ",\"volume\":" + volume + ",\"turnover\":99,\"prev_close\":" + open
                                + ",\"upper_limit\":13000,\"lower_limit\":7000,\"change\":0,\"change_rate\":0.0}");
                swingLines++;
            }
        }
        return this;
    }

    public ArchiveDayFixture events() throws IOException {
        Path file = root.resolve("system/events/kis/20260724.jsonl");
        append(
                file,
                "{\"event_type\":\"observer_started\",\"data_dir\":\"/x\",\"session_id\":\"" + SESSION
                        + "\",\"schema_version\":\"1.0\",\"event_time\":\"2026-07-23T23:55:00.000000Z\",\"mitigation_level\":0,"
                        + "\"quality_flag\":\"normal\",\"provider\":\"kis\"}");
        append(
                file,
                "{\"event_type\":\"gap_marker\",\"gap_start_ts\":\"2026-07-24T00:03:30.000000Z\","
                        + "\"gap_end_ts\":\"2026-07-24T00:04:00.000000Z\",\"gap_seconds\":30,\"scope\":\"scalp\","
                        + "\"reason\":\"ws_disconnect\",\"session_id\":\"" + SESSION + "\",\"schema_version\":\"1.0\","
                        + "\"event_time\":\"2026-07-24T00:04:00.000000Z\",\"mitigation_level\":0,\"quality_flag\":\"gap\"}");
        append(
                file,
                "{\"event_type\":\"gap_marker\",\"gap_start_ts\":\"2026-07-24T00:10:00.000000Z\","
                        + "\"gap_end_ts\":\"2026-07-24T00:10:05.000000Z\",\"gap_seconds\":5,\"scope\":\"swing\","
                        + "\"reason\":\"rate_limit\",\"symbol\":\"000020\",\"detail\":\"EGW00201\",\"session_id\":\""
                        + SESSION
                        + "\",\"event_time\":\"2026-07-24T00:10:05.000000Z\"}");
        append(
                file,
                "{\"event_type\":\"mitigation_changed\",\"from_level\":0,\"to_level\":1,\"session_id\":\"" + SESSION
                        + "\",\"event_time\":\"2026-07-24T00:02:00.000000Z\",\"mitigation_level\":1}");
        eventLines = 4;
        gapLines = 2;
        return this;
    }

    public ArchiveDayFixture overflow() throws IOException {
        Path file = root.resolve("system/overflow/kis/20260724_overflow.jsonl");
        for (String sym : List.of("373870", "331330")) {
            append(
                    file,
                    "{\"timestamp\":\"2026-07-24T00:01:05.123000Z\",\"provider\":\"kis\",\"symbol\":\"" + sym
                            + "\",\"candidate_score\":0.87,\"cutoff_rank\":41,\"mitigation_level\":0,"
                            + "\"decision_reason\":\"slot_full\",\"session_id\":\"" + SESSION + "\"}");
            overflowLines++;
        }
        return this;
    }

    public ArchiveDayFixture universe() throws IOException {
        Path file = root.resolve("universe/kis/kr_stocks/20260724.json");
        Files.createDirectories(file.getParent());
        Files.writeString(
                file,
                "{\"schema_version\":\"1.1\",\"day\":\"2026-07-24\",\"provider\":\"kis\",\"market\":\"kr_stocks\","
                        + "\"built_at\":\"2026-07-23T23:30:00.123456Z\",\"source\":\"kis_master\",\"degraded\":false,"
                        + "\"rules\":{\"min_base_price\":4000},\"counts\":{\"considered\":3,\"included\":2},"
                        + "\"members\":[{\"symbol\":\"000660\",\"name\":\"SK하이닉스\",\"market\":\"kospi\","
                        + "\"base_price\":178000,\"listed_shares\":728002000,\"reason\":\"ST\"},"
                        + "{\"symbol\":\"005930\",\"name\":\"삼성전자\",\"market\":\"kospi\",\"base_price\":71500,"
                        + "\"listed_shares\":5969782000,\"reason\":\"ST\"}]}\n");
        members = 2;
        return this;
    }

    /** Appends raw text to a file as given (for damaged lines and torn tails). */
    public void appendRaw(String rel, String text) throws IOException {
        Path p = root.resolve(rel);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }

    private static void append(Path file, String line) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(
                file, line + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }
}
