package io.stockobserver.bench;

import io.stockobserver.batch.etl.ArchiveLine;
import io.stockobserver.batch.etl.ArchiveLineCursor;
import io.stockobserver.batch.etl.CopyLoader;
import io.stockobserver.batch.etl.DayDerivation;
import io.stockobserver.batch.etl.DayWindow;
import io.stockobserver.batch.etl.EtlSource;
import io.stockobserver.batch.etl.FileShares;
import io.stockobserver.batch.etl.LineParser;
import io.stockobserver.batch.etl.LinePosition;
import io.stockobserver.batch.etl.RecordRows;
import io.stockobserver.batch.etl.Row;
import io.stockobserver.batch.etl.Tables;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.io.BufferedWriter;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.flywaydb.core.Flyway;
import org.postgresql.PGConnection;

/**
 * The database load against its physical reference, side by side in one run on one PostgreSQL (docs/performance.md):
 *
 * <ol>
 *   <li>a market day of {@code --records} scalp snapshots (default 2,000,000; 41 symbols at 2 Hz, real KIS-format
 *       lines of about 1.3 KB) is written as archive files;
 *   <li><b>etl-day</b>: its scalp step's production path — {@link FileShares} of the files over
 *       {@code --partitions} partitions (each list entry a run of its own from an empty table; default 1 and 2, the
 *       job's default), per partition a thread with {@link ArchiveLineCursor}, {@link RecordRows} and {@link
 *       CopyLoader} (a first load: COPY straight into the table) on its own connection, chunks of {@code --chunk}
 *       lines, one transaction each — into {@code scalp_ticks}; then the same day loaded again over its rows (a
 *       reload: staging and the merge on the natural key), then the day's derivation ({@link DayDerivation});
 *   <li><b>psql \copy</b> of the very rows it loaded (copied out first) into {@code scalp_ticks_ref}, a table with the
 *       same columns, indexes and natural key: the ceiling for getting these rows into PostgreSQL;
 *   <li><b>JPA</b>: EclipseLink {@code persist} of the first {@code --jpa} lines (default 100,000), batches of 1,000
 *       per transaction into {@code scalp_ticks_jpa}, once with JDBC batch writing and once with EclipseLink's
 *       defaults (no batch writing).
 * </ol>
 *
 * Usage: {@code java -cp bench/target/stock-observer-bench.jar io.stockobserver.bench.EtlBench [--records N]
 * [--jpa N] [--chunk N] [--partitions N[,N…]] [--dir DIR]}. It asserts nothing; it prints the figures.
 */
public final class EtlBench {
    private static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");
    private static final LocalDate DAY = LocalDate.of(2026, 7, 24);
    /** The archive's instants: UTC, six fractional digits. */
    private static final DateTimeFormatter MICROS =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSS'Z'").withZone(ZoneOffset.UTC);

    private int records = 2_000_000;
    private int jpa = 100_000;
    private int chunk = 4000;
    /** The scalp step's partition counts to run, one after another (the job's default is 2). */
    private List<Integer> partitions = List.of(1, 2);

    private Path dir = Path.of("target/etl-bench");

    public static void main(String[] argv) throws Exception {
        EtlBench b = new EtlBench();
        for (int i = 0; i < argv.length; i += 2) {
            String v = i + 1 < argv.length ? argv[i + 1] : "";
            switch (argv[i]) {
                case "--records" -> b.records = Integer.parseInt(v);
                case "--jpa" -> b.jpa = Integer.parseInt(v);
                case "--chunk" -> b.chunk = Integer.parseInt(v);
                case "--dir" -> b.dir = Path.of(v);
                case "--partitions" -> b.partitions = java.util.Arrays.stream(v.split(","))
                        .map(String::trim)
                        .map(Integer::valueOf)
                        .toList();
                default -> throw new IllegalArgumentException("unknown option " + argv[i]
                        + " (--records N, --jpa N, --chunk N, --partitions N[,N…], --dir DIR)");
            }
        }
        b.run();
    }

    private void run() throws Exception {
        deleteTree(dir);
        Path archive = dir.resolve("archive");
        long t0 = System.nanoTime();
        long bytes = generate(archive);
        System.out.printf("archive: %,d scalp lines, %.1f MiB in %.1f s%n", records, bytes / 1048576.0, secs(t0));
        try (EmbeddedPostgres pg = EmbeddedPostgres.builder()
                .setDataDirectory(dir.resolve("pg"))
                .setCleanDataDirectory(true)
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("full_page_writes", "on")
                .setServerConfig("max_wal_size", "4GB")
                .start()) {
            Flyway.configure()
                    .dataSource(pg.getPostgresDatabase())
                    .locations("classpath:db/migration")
                    .failOnMissingLocations(true)
                    .load()
                    .migrate();
            Map<Integer, Double> etl = new java.util.LinkedHashMap<>();
            for (int p : partitions) {
                etl.put(p, etlDay(pg, archive, bytes, p));
            }
            int last = partitions.get(partitions.size() - 1);
            double reload = etlDay(pg, archive, bytes, last, false);
            derive(pg);
            double copy = psqlCopy(pg);
            double jpaRate = jpa(pg, archive, true);
            double jpaPlain = jpa(pg, archive, false);
            System.out.printf(
                    "%n== EtlBench: %,d scalp records, chunk %d, one PostgreSQL (fsync on)%n", records, chunk);
            System.out.printf("psql \\copy (same rows)   %,10.0f rows/s%n", copy);
            System.out.printf("JPA persist, batch writing (%,d)  %,10.0f rows/s%n", jpa, jpaRate);
            System.out.printf("JPA persist, defaults (%,d)       %,10.0f rows/s%n", jpa, jpaPlain);
            etl.forEach((p, rate) -> System.out.printf(
                    "etl-day, %d partition(s)  %,10.0f rows/s   / psql = %.2f (target >= 0.7)   / JPA batch writing ="
                            + " %.1f, / JPA defaults = %.1f (target >= 20)%n",
                    p, rate, rate / copy, rate / jpaRate, rate / jpaPlain));
            System.out.printf(
                    "etl-day reload, %d partition(s) %,10.0f lines/s (staging + merge, nothing added)   / psql = %.2f%n",
                    last, reload, reload / copy);
        }
    }

    /**
     * The scalp step as the job runs it with {@code partitions} partitions: the day's files split by {@link
     * FileShares}, each share read, parsed and COPYed by a thread of its own on a connection of its
     * own, a transaction per chunk. Starts from an empty table (a first load).
     */
    private double etlDay(EmbeddedPostgres pg, Path archive, long bytes, int partitions) throws Exception {
        return etlDay(pg, archive, bytes, partitions, true);
    }

    /**
     * {@code fresh}: from an empty table (a first load, COPY straight in); otherwise over the rows already there (a
     * reload: every chunk's COPY meets its keys, so it goes through staging and the merge, and adds nothing).
     */
    private double etlDay(EmbeddedPostgres pg, Path archive, long bytes, int partitions, boolean fresh)
            throws Exception {
        try (Connection c = pg.getPostgresDatabase().getConnection();
                Statement s = c.createStatement()) {
            if (fresh) {
                s.execute("TRUNCATE scalp_ticks");
            }
            s.execute("CHECKPOINT");
        }
        List<List<String>> shares = FileShares.of(EtlSource.SCALP.files(archive, "kis", DAY), partitions);
        ExecutorService pool = Executors.newFixedThreadPool(partitions);
        long t0 = System.nanoTime();
        List<Future<Long>> done = new ArrayList<>();
        for (List<String> share : shares) {
            done.add(pool.submit(() -> loadShare(pg, archive, share)));
        }
        long lines = 0;
        for (Future<Long> f : done) {
            lines += f.get();
        }
        pool.shutdown();
        double s = secs(t0);
        long loaded = count(pg, "scalp_ticks");
        System.out.printf(
                "etl-day scalp step, %d partition(s), %s: %,d lines → %,d rows in the table after %.1f s: %,.0f"
                        + " lines/s, %.1f MiB/s%n",
                partitions, fresh ? "first load" : "reload", lines, loaded, s, lines / s, bytes / 1048576.0 / s);
        if (loaded != records) {
            throw new IllegalStateException("the table holds " + loaded + " rows of " + records);
        }
        return lines / s;
    }

    private long loadShare(EmbeddedPostgres pg, Path archive, List<String> files) throws Exception {
        LineParser parser = LineParser.of(EtlSource.SCALP, "kis", DAY);
        CopyLoader loader = new CopyLoader();
        long lines = 0;
        try (ArchiveLineCursor cursor = new ArchiveLineCursor(archive, LinePosition.start(files));
                Connection c = pg.getPostgresDatabase().getConnection()) {
            List<Row> rows = new ArrayList<>(chunk);
            ArchiveLine l;
            while ((l = cursor.next()) != null) {
                rows.addAll(parser.rows(l));
                lines++;
                if (rows.size() >= chunk) {
                    loader.loadCommitted(c, rows);
                    rows.clear();
                }
            }
            loader.loadCommitted(c, rows);
        }
        return lines;
    }

    private void derive(EmbeddedPostgres pg) throws Exception {
        long t1 = System.nanoTime();
        Map<String, Long> derived;
        try (Connection c = pg.getPostgresDatabase().getConnection()) {
            derived = new DayDerivation().derive(c, DayWindow.of("kis", "20260724", SEOUL));
        }
        System.out.printf("etl-day derive: %s in %.1f s%n", derived, secs(t1));
    }

    private double psqlCopy(EmbeddedPostgres pg) throws Exception {
        String cols = String.join(", ", Tables.SCALP_TICKS.columns());
        Path rows = dir.resolve("rows.copy");
        try (Connection c = pg.getPostgresDatabase().getConnection();
                OutputStream out = new FileOutputStream(rows.toFile())) {
            c.unwrap(PGConnection.class)
                    .getCopyAPI()
                    .copyOut("COPY (SELECT " + cols + " FROM scalp_ticks ORDER BY id) TO STDOUT", out);
            try (Statement s = c.createStatement()) {
                s.execute("CREATE TABLE scalp_ticks_ref (LIKE scalp_ticks INCLUDING ALL)");
                s.execute("CHECKPOINT");
            }
        }
        long t0 = System.nanoTime();
        Process p = new ProcessBuilder(
                        "psql",
                        "-h",
                        "localhost",
                        "-p",
                        Integer.toString(pg.getPort()),
                        "-U",
                        "postgres",
                        "-d",
                        "postgres",
                        "-v",
                        "ON_ERROR_STOP=1",
                        "-c",
                        "\\copy scalp_ticks_ref (" + cols + ") FROM '" + rows.toAbsolutePath() + "'")
                .redirectErrorStream(true)
                .start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        if (p.waitFor() != 0) {
            throw new IllegalStateException("psql failed: " + out);
        }
        double s = secs(t0);
        long n = count(pg, "scalp_ticks_ref");
        System.out.printf(
                "psql \\copy: %s → %,d rows in %.1f s: %,.0f rows/s (%.1f MiB of COPY text)%n",
                out, n, s, n / s, Files.size(rows) / 1048576.0);
        return n / s;
    }

    /**
     * {@code persist} of the sample, 1,000 per transaction: with EclipseLink's JDBC batch writing (1,000 statements
     * per batch) or, {@code batchWriting} false, as EclipseLink does by default (one INSERT per round trip).
     */
    private double jpa(EmbeddedPostgres pg, Path archive, boolean batchWriting) throws Exception {
        try (Connection c = pg.getPostgresDatabase().getConnection();
                Statement s = c.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS scalp_ticks_jpa (LIKE scalp_ticks INCLUDING ALL)");
            s.execute("CREATE SEQUENCE IF NOT EXISTS scalp_ticks_jpa_seq INCREMENT BY 1000 START WITH 1000");
            s.execute("TRUNCATE scalp_ticks_jpa");
            s.execute("CHECKPOINT");
        }
        List<Row> sample = new ArrayList<>(jpa);
        LineParser parser = LineParser.of(EtlSource.SCALP, "kis", DAY);
        try (ArchiveLineCursor cursor =
                new ArchiveLineCursor(archive, LinePosition.start(EtlSource.SCALP.files(archive, "kis", DAY)))) {
            ArchiveLine l;
            while (sample.size() < jpa && (l = cursor.next()) != null) {
                sample.addAll(parser.rows(l));
            }
        }
        EntityManagerFactory emf = Persistence.createEntityManagerFactory(
                "bench",
                Map.of(
                        "eclipselink.persistencexml", "META-INF/bench-persistence.xml",
                        "jakarta.persistence.jdbc.url",
                                "jdbc:postgresql://localhost:" + pg.getPort() + "/postgres?stringtype=unspecified",
                        "jakarta.persistence.jdbc.user", "postgres",
                        "jakarta.persistence.jdbc.driver", "org.postgresql.Driver",
                        "eclipselink.jdbc.batch-writing", batchWriting ? "JDBC" : "None"));
        long t0 = System.nanoTime();
        EntityManager em = emf.createEntityManager();
        try {
            for (int i = 0; i < sample.size(); i += 1000) {
                em.getTransaction().begin();
                for (Row r : sample.subList(i, Math.min(sample.size(), i + 1000))) {
                    em.persist(entity(r));
                }
                em.getTransaction().commit();
                em.clear();
            }
        } finally {
            em.close();
            emf.close();
        }
        double s = secs(t0);
        long n = count(pg, "scalp_ticks_jpa");
        System.out.printf(
                "JPA persist (%s): %,d rows in %.1f s: %,.0f rows/s%n",
                batchWriting ? "JDBC batch writing" : "EclipseLink defaults", n, s, n / s);
        return n / s;
    }

    private static ScalpTickEntity entity(Row r) {
        ScalpTickEntity e = new ScalpTickEntity();
        e.provider = r.get("provider");
        e.market = r.get("market");
        e.symbol = r.get("symbol");
        e.sampleTime = time(r.get("sample_time"));
        e.eventTime = time(r.get("event_time"));
        e.receiveTime = time(r.get("receive_time"));
        e.lastPrice = num(r.get("last_price"));
        e.lastSize = num(r.get("last_size"));
        e.volume = num(r.get("volume"));
        e.turnover = num(r.get("turnover"));
        e.bidPrice = num(r.get("bid_price"));
        e.askPrice = num(r.get("ask_price"));
        e.bidSize = num(r.get("bid_size"));
        e.askSize = num(r.get("ask_size"));
        e.open = num(r.get("open"));
        e.high = num(r.get("high"));
        e.low = num(r.get("low"));
        e.prevClose = num(r.get("prev_close"));
        e.change = num(r.get("change"));
        e.changeRate = num(r.get("change_rate"));
        String t = r.get("trades_since_last_sample");
        e.tradesSinceLastSample = t == null ? null : Integer.valueOf(t);
        e.providerSpecific = r.get("provider_specific");
        e.sessionId = r.get("session_id");
        e.schemaVersion = r.get("schema_version");
        String m = r.get("mitigation_level");
        e.mitigationLevel = m == null ? null : Integer.valueOf(m);
        e.qualityFlag = r.get("quality_flag");
        e.rawRef = r.get("raw_ref");
        e.archiveRef = r.get("archive_ref");
        return e;
    }

    private static BigDecimal num(String v) {
        return v == null ? null : new BigDecimal(v);
    }

    private static OffsetDateTime time(String v) {
        return v == null ? null : OffsetDateTime.ofInstant(Instant.parse(v), ZoneOffset.UTC);
    }

    /** 41 symbols at 2 Hz from 09:00 KST in 5-minute segment files, until {@code records} lines are written. */
    private long generate(Path archive) throws IOException {
        Path day = archive.resolve("scalp/kis/kr_stocks/20260724");
        Files.createDirectories(day);
        Random rnd = new Random(42);
        int symbols = 41;
        long[] price = new long[symbols];
        long[] volume = new long[symbols];
        for (int i = 0; i < symbols; i++) {
            price[i] = 10_000 + rnd.nextInt(2000) * 50L;
            volume[i] = 100_000 + rnd.nextInt(100_000);
        }
        Instant start = DAY.atTime(9, 0).atZone(SEOUL).toInstant();
        DateTimeFormatter seg = DateTimeFormatter.ofPattern("HH_mm_ss").withZone(SEOUL);
        long bytes = 0;
        BufferedWriter w = null;
        String current = null;
        int written = 0;
        for (long tick = 0; written < records; tick++) {
            Instant t = start.plusMillis(500 * tick);
            String name = seg.format(Instant.ofEpochSecond(t.getEpochSecond() / 300 * 300)) + ".jsonl";
            if (!name.equals(current)) {
                if (w != null) {
                    w.close();
                }
                w = Files.newBufferedWriter(day.resolve(name), StandardCharsets.UTF_8);
                current = name;
            }
            for (int i = 0; i < symbols && written < records; i++, written++) {
                price[i] += (rnd.nextInt(5) - 2) * 50L;
                volume[i] += rnd.nextInt(40);
                String line = line(String.format("%06d", 660 + i * 1001), t, price[i], volume[i], tick);
                w.write(line);
                w.write('\n');
                bytes += line.length() + 1;
            }
        }
        if (w != null) {
            w.close();
        }
        return bytes;
    }

    private static String line(String sym, Instant t, long price, long volume, long tick) {
        String sample = MICROS.format(t);
        String ts = MICROS.format(t.plusNanos(1_234_000));
        String ev = MICROS.format(t.minusMillis(300));
        return "{\"schema_version\":\"1.0\",\"event_time\":\"" + ev + "\",\"receive_time\":\"" + ts
                + "\",\"session_id\":\"sess_20260724_085500\",\"mitigation_level\":0,\"quality_flag\":\"normal\","
                + "\"raw_ref\":\"raw/kis/20260724/09_00_00.raw:" + (tick + 1) + "\",\"provider\":\"kis\","
                + "\"market\":\"kr_stocks\",\"symbol\":\"" + sym + "\",\"track\":\"scalp\",\"sample_time\":\""
                + sample + "\",\"last_price\":" + price + ",\"last_size\":5,\"volume\":" + volume
                + ",\"turnover\":" + volume * price + ",\"ask_price\":" + (price + 50) + ",\"bid_price\":" + price
                + ",\"ask_size\":108,\"bid_size\":1218,\"open\":178000,\"high\":178900,\"low\":177700,\"change\":600,"
                + "\"change_rate\":0.34,\"trades_since_last_sample\":8,\"provider_specific\":{\"STCK_CNTG_HOUR\":"
                + "\"091432\",\"PRDY_VRSS_SIGN\":\"2\",\"WGHN_AVRG_STCK_PRC\":\"178330.71\",\"SELN_CNTG_CSNU\":"
                + "\"28704\",\"SHNU_CNTG_CSNU\":\"26626\",\"NTBY_CNTG_CSNU\":\"-2078\",\"CTTR\":\"93.24\","
                + "\"SELN_CNTG_SMTN\":\"280738\",\"SHNU_CNTG_SMTN\":\"261749\",\"CCLD_DVSN\":\"5\",\"SHNU_RATE\":"
                + "\"0.48\",\"PRDY_VOL_VRSS_ACML_VOL_RATE\":\"3.68\",\"OPRC_HOUR\":\"090011\",\"OPRC_VRSS_PRPR_SIGN\":"
                + "\"2\",\"OPRC_VRSS_PRPR\":\"600\",\"HGPR_HOUR\":\"093858\",\"HGPR_VRSS_PRPR_SIGN\":\"5\","
                + "\"HGPR_VRSS_PRPR\":\"-300\",\"LWPR_HOUR\":\"090129\",\"LWPR_VRSS_PRPR_SIGN\":\"2\","
                + "\"LWPR_VRSS_PRPR\":\"900\",\"BSOP_DATE\":\"20260724\",\"NEW_MKOP_CLS_CODE\":\"20\",\"TRHT_YN\":"
                + "\"N\",\"TOTAL_ASKP_RSQN\":\"11540\",\"TOTAL_BIDP_RSQN\":\"10989\",\"VOL_TNRT\":\"0.07\","
                + "\"PRDY_SMNS_HOUR_ACML_VOL\":\"762178\",\"PRDY_SMNS_HOUR_ACML_VOL_RATE\":\"71.18\","
                + "\"HOUR_CLS_CODE\":\"0\",\"VI_STND_PRC\":\"178000\"}}";
    }

    private static long count(EmbeddedPostgres pg, String table) throws Exception {
        try (Connection c = pg.getPostgresDatabase().getConnection();
                Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT count(*) FROM " + table)) {
            r.next();
            return r.getLong(1);
        }
    }

    private static double secs(long t0) {
        return (System.nanoTime() - t0) / 1e9;
    }

    private static void deleteTree(Path d) throws IOException {
        if (!Files.exists(d)) {
            return;
        }
        try (var s = Files.walk(d)) {
            for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
