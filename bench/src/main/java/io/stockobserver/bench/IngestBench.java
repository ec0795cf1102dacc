package io.stockobserver.bench;

import io.stockobserver.archive.ArchiveLayout;
import io.stockobserver.archive.ArchiveWriter;
import io.stockobserver.archive.ArchiveWriterConfig;
import io.stockobserver.archive.RawJournal;
import io.stockobserver.archive.RawRef;
import io.stockobserver.collect.LatestQuoteBook;
import io.stockobserver.collect.SwingCycleResult;
import io.stockobserver.collect.SwingCycleRunner;
import io.stockobserver.events.GapRecorder;
import io.stockobserver.events.RejectionReporter;
import io.stockobserver.events.SystemEventLog;
import io.stockobserver.pipeline.ArchiveRecord;
import io.stockobserver.pipeline.Observation;
import io.stockobserver.pipeline.ObservationGuard;
import io.stockobserver.pipeline.ObservationPipeline;
import io.stockobserver.pipeline.ObservationValidator;
import io.stockobserver.pipeline.ObserverSession;
import io.stockobserver.pipeline.QualityFlag;
import io.stockobserver.pipeline.RecordEnricher;
import io.stockobserver.pipeline.Track;
import io.stockobserver.provider.kis.AccessTokenManager;
import io.stockobserver.provider.kis.ApprovalKeyClient;
import io.stockobserver.provider.kis.KisControlMessage;
import io.stockobserver.provider.kis.KisCredentials;
import io.stockobserver.provider.kis.KisDataFrame;
import io.stockobserver.provider.kis.KisEnvironment;
import io.stockobserver.provider.kis.KisFrameParseException;
import io.stockobserver.provider.kis.KisRestClient;
import io.stockobserver.provider.kis.KisSettings;
import io.stockobserver.provider.kis.KisSnapshotSource;
import io.stockobserver.provider.kis.KisStreamListener;
import io.stockobserver.provider.kis.KisTradeRecords;
import io.stockobserver.provider.kis.KisWebSocketSession;
import io.stockobserver.provider.kis.RestRateLimiter;
import io.stockobserver.provider.kis.SwingSnapshotMapper;
import io.stockobserver.sandbox.KisSandbox;
import io.stockobserver.sandbox.SandboxOptions;
import io.stockobserver.sandbox.SandboxVenueProfile;
import io.stockobserver.sink.ArchiveSink;
import io.stockobserver.sink.DownstreamSink;
import io.stockobserver.sink.FanOutSink;
import io.stockobserver.sink.QueuedSink;
import java.math.BigDecimal;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;
import org.HdrHistogram.Histogram;

/**
 * Measures how many records per second the observer makes durable, and their receive→durable latency.
 *
 * <ul>
 *   <li>{@code stream}: the sandbox floods H0STCNT0 frames over a real loopback WebSocket; the production
 *       {@link KisWebSocketSession} receives them, the {@link RawJournal} journals every frame (one durable record
 *       each) before the parser splits it and the {@link LatestQuoteBook} applies every trade record.</li>
 *   <li>{@code pipeline}: scalp observations go through the production Validate → Guard → Enrich → encode →
 *       {@link ArchiveSink} → {@link ArchiveWriter} path as fast as one producer thread can push them.</li>
 *   <li>{@code fanout}: the {@code pipeline} load twice in one run, first with the archive alone, then through the
 *       {@link FanOutSink} beside a downstream sink that never returns: the archive's rate side by side.</li>
 * </ul>
 *
 * <p>Usage: {@code java -jar bench/target/stock-observer-bench.jar stream|pipeline|fanout [--seconds 30] [--warmup 5]
 * [--flood 300000] [--per-frame 1] [--symbols 41] [--fsync-ms 50] [--dir /tmp/bench-archive]}
 */
public final class IngestBench {
    private final Map<String, String> args;
    private final Duration measure;
    private final Duration warmup;
    private final Path dir;
    private final LatencyListener listener = new LatencyListener();

    private IngestBench(Map<String, String> args) throws Exception {
        this.args = args;
        this.measure = Duration.ofSeconds(Long.parseLong(args.getOrDefault("seconds", "30")));
        this.warmup = Duration.ofSeconds(Long.parseLong(args.getOrDefault("warmup", "5")));
        this.dir = args.containsKey("dir") ? Path.of(args.get("dir")) : Files.createTempDirectory("observer-bench");
    }

    public static void main(String[] argv) throws Exception {
        if (argv.length == 0
                || !List.of("stream", "pipeline", "fanout", "sweep").contains(argv[0])) {
            System.err.println("usage: IngestBench stream|pipeline|fanout|sweep [--seconds N] [--warmup N] [--flood N] "
                    + "[--per-frame N] [--symbols N] [--fsync-ms N] [--dir PATH] [--rate N] [--paper true]");
            System.exit(2);
        }
        Map<String, String> args = new LinkedHashMap<>();
        for (int i = 1; i + 1 < argv.length; i += 2) {
            if (!argv[i].startsWith("--")) {
                throw new IllegalArgumentException("expected --option value, got " + argv[i]);
            }
            args.put(argv[i].substring(2), argv[i + 1]);
        }
        IngestBench bench = new IngestBench(args);
        switch (argv[0]) {
            case "stream" -> bench.stream();
            case "pipeline" -> bench.pipeline(bench.dir, false, "pipeline");
            case "fanout" -> { // the same load twice in one run: the archive alone, then beside a sink that blocks
                bench.pipeline(bench.dir.resolve("archive-only"), false, "pipeline, archive only");
                bench.pipeline(bench.dir.resolve("blocked-sink"), true, "pipeline, archive + a blocked sink");
            }
            default -> bench.sweep();
        }
        System.exit(0);
    }

    private ArchiveWriter writer(ArchiveLayout layout) {
        int fsyncMs = Integer.parseInt(args.getOrDefault("fsync-ms", "50"));
        return ArchiveWriter.start(
                layout,
                ArchiveWriterConfig.builder()
                        .fsyncInterval(Duration.ofMillis(fsyncMs))
                        .build(),
                listener);
    }

    private void stream() throws Exception {
        int flood = Integer.parseInt(args.getOrDefault("flood", "300000"));
        int perFrame = Integer.parseInt(args.getOrDefault("per-frame", "1"));
        int symbols = Integer.parseInt(args.getOrDefault("symbols", "41"));
        ArchiveLayout layout = ArchiveLayout.krx(dir);
        Clock clock = Clock.systemUTC();
        LongAdder records = new LongAdder();
        LongAdder malformed = new LongAdder();
        try (KisSandbox sandbox = KisSandbox.start(SandboxOptions.builder()
                        .floodRecordsPerSecond(flood)
                        .recordsPerFloodFrame(perFrame)
                        .build());
                ArchiveWriter writer = writer(layout)) {
            RawJournal journal = new RawJournal(layout, writer);
            LatestQuoteBook book = new LatestQuoteBook();
            KisSettings settings = KisSettings.withDefaults(
                    KisEnvironment.SANDBOX,
                    sandbox.restBaseUrl(),
                    sandbox.wsUrl(),
                    new KisCredentials("BENCH000-0000-4000-8000-000000000000", "bench-secret-".repeat(14)));
            String key = new ApprovalKeyClient(settings, HttpClient.newHttpClient()).approvalKey();
            KisStreamListener handler = new KisStreamListener() {
                @Override
                public String onRaw(String message, Instant receiveTime, long receivedAtNanos) {
                    RawRef ref = journal.journal("kis", RawJournal.CHANNEL_WS, message, receiveTime, receivedAtNanos);
                    return ref.journaled() ? ref.toString() : null;
                }

                @Override
                public void onData(KisDataFrame frame, String rawRef, Instant receiveTime, long receivedAtNanos) {
                    for (String[] r : frame.records()) {
                        book.onTrade(KisTradeRecords.trade(r, rawRef, receiveTime));
                        records.increment();
                    }
                }

                @Override
                public void onControl(KisControlMessage message) {}

                @Override
                public void onMalformed(KisFrameParseException error, String rawRef) {
                    malformed.increment();
                }

                @Override
                public void onOpen() {}

                @Override
                public void onClosed(String reason) {}
            };
            KisWebSocketSession session = new KisWebSocketSession(settings.wsUrl(), key, handler, clock);
            session.connect();
            List<String> subscribed = sandbox.market().symbols().stream()
                    .filter(s -> !s.halted())
                    .map(s -> s.code())
                    .limit(symbols)
                    .toList();
            for (String s : subscribed) {
                session.subscribe("H0STCNT0", s);
            }
            Thread.sleep(warmup.toMillis());
            Snapshot start = new Snapshot(writer, records.sum(), session.messagesReceived(), journal);
            listener.latency.getIntervalHistogram(); // discard warm-up latencies
            Thread.sleep(measure.toMillis());
            Histogram h = listener.latency.getIntervalHistogram();
            Snapshot end = new Snapshot(writer, records.sum(), session.messagesReceived(), journal);
            session.close();
            double secs = measure.toMillis() / 1000.0;
            report(
                    "stream",
                    List.of(
                            line(
                                    "sandbox flood target",
                                    flood + " records/s, " + perFrame + " record(s)/frame, " + subscribed.size()
                                            + " symbols"),
                            line("frames received", rate(end.messages - start.messages, secs) + " frames/s"),
                            line("venue records parsed", rate(end.records - start.records, secs) + " records/s"),
                            line(
                                    "records made durable",
                                    rate(end.durable - start.durable, secs)
                                            + " records/s (raw journal lines, one per frame)"),
                            line("not journaled (queue full)", Long.toString(end.notJournaled - start.notJournaled)),
                            line("malformed frames", Long.toString(malformed.sum())),
                            line(
                                    "sandbox frames sent / dropped (whole run)",
                                    sandbox.stats().framesSent() + " / "
                                            + sandbox.stats().framesDropped())),
                    h);
        }
    }

    /** @param blockedSink also fan out to a downstream sink that never returns (its queue fills, then drops) */
    private void pipeline(Path dir, boolean blockedSink, String label) throws Exception {
        ArchiveLayout layout = ArchiveLayout.krx(dir);
        Clock clock = Clock.systemUTC();
        try (ArchiveWriter writer = writer(layout)) {
            Core core = Core.of(layout, writer, clock, blockedSink);
            ObservationPipeline pipeline = core.pipeline();
            List<String> symbols = new ArrayList<>();
            for (int i = 0; i < 41; i++) {
                symbols.add(String.format(Locale.ROOT, "%06d", 100_000 + i * 37));
            }
            long deadline = System.nanoTime() + warmup.plus(measure).toNanos();
            long measureFrom = System.nanoTime() + warmup.toNanos();
            Snapshot start = null;
            long sample = clock.millis() - 3_600_000L;
            long dropped = 0;
            while (System.nanoTime() < deadline) {
                if (start == null && System.nanoTime() >= measureFrom) {
                    listener.latency.getIntervalHistogram();
                    start = new Snapshot(writer, 0, 0, null);
                }
                sample += 1; // distinct sample instants: the guard rejects exact duplicates
                Instant sampleTime = Instant.ofEpochMilli(sample);
                Instant now = clock.instant();
                for (String symbol : symbols) {
                    if (pipeline.observe(observation(symbol, sampleTime, now)) == ObservationPipeline.Outcome.DROPPED) {
                        dropped++;
                    }
                }
            }
            writer.flush(Duration.ofSeconds(10));
            Histogram h = listener.latency.getIntervalHistogram();
            Snapshot end = new Snapshot(writer, 0, 0, null);
            double secs = measure.toMillis() / 1000.0;
            report(
                    label,
                    List.of(
                            line(
                                    "records made durable",
                                    rate(end.durable - start.durable, secs) + " records/s (scalp records)"),
                            line("bytes made durable", rate((end.bytes - start.bytes) / 1_048_576, secs) + " MiB/s"),
                            line("fsyncs", rate(end.forces - start.forces, secs) + " /s"),
                            line("dropped (queue full, counted as gaps)", Long.toString(dropped)),
                            line("rejected", pipeline.stats().rejectedByReason().toString()),
                            line("downstream sinks", core.fanOut().stats().toString())),
                    h);
        }
    }

    /**
     * One Track A sweep over the sandbox's whole market through the production SwingCycleRunner, REST client and
     * rate limiter, against the sandbox enforcing the venue's limit; compared with the physical minimum.
     */
    private void sweep() throws Exception {
        int rate = Integer.parseInt(args.getOrDefault("rate", "18"));
        boolean paper = Boolean.parseBoolean(args.getOrDefault("paper", "false"));
        ArchiveLayout layout = ArchiveLayout.krx(dir);
        Clock clock = Clock.systemUTC();
        try (KisSandbox sandbox = KisSandbox.start(SandboxOptions.builder()
                        .restCallsPerSecond(rate)
                        .venueProfile(paper ? SandboxVenueProfile.PAPER : SandboxVenueProfile.REAL)
                        .build());
                ArchiveWriter writer = writer(layout)) {
            int count = Integer.parseInt(args.getOrDefault("symbols", "2500"));
            List<String> symbols = sandbox.market().symbols().stream()
                    .map(s -> s.code())
                    .limit(count)
                    .toList();
            KisSettings d = KisSettings.withDefaults(
                    KisEnvironment.SANDBOX,
                    sandbox.restBaseUrl(),
                    sandbox.wsUrl(),
                    new KisCredentials("BENCH000-0000-4000-8000-000000000001", "bench-secret-".repeat(14)));
            KisSettings settings = new KisSettings(
                    d.environment(),
                    d.restUrl(),
                    d.wsUrl(),
                    d.credentials(),
                    rate,
                    d.restRateWindow(),
                    d.tokenReissueMinInterval(),
                    d.tokenRefreshBefore(),
                    d.httpTimeout(),
                    d.maxRetries(),
                    d.retryBackoff());
            HttpClient http = HttpClient.newHttpClient();
            KisRestClient rest = new KisRestClient(
                    settings,
                    http,
                    new AccessTokenManager(settings, http, clock),
                    new RestRateLimiter(rate, settings.restRateWindow()),
                    null,
                    clock);
            rest.inquirePrice(symbols.get(0)); // token issued and connection warm before timing
            Thread.sleep(1_100); // let the venue's one-second window drain
            Core core = Core.of(layout, writer, clock);
            ObservationPipeline pipeline = core.pipeline();
            GapRecorder gaps = core.gaps();
            SystemEventLog events = core.events();
            SwingCycleRunner runner = new SwingCycleRunner(
                    new KisSnapshotSource(
                            rest, !paper, settings.restCallsPerSecond(), new SwingSnapshotMapper("kis", "kr_stocks")),
                    pipeline,
                    gaps,
                    events,
                    clock);
            long callsBefore = rest.stats().calls();
            long start = System.nanoTime();
            SwingCycleResult result = runner.run("bench", clock.instant(), symbols, Duration.ofMinutes(10));
            double secs = (System.nanoTime() - start) / 1e9;
            long calls = rest.stats().calls() - callsBefore;
            double minimum = runner.callsNeeded(symbols.size()) / (double) rate;
            System.out.println("== IngestBench sweep: one Track A cycle, "
                    + (paper ? "paper (inquire-price)" : "real (intstock-multprice)") + ", sandbox enforcing " + rate
                    + " calls/s, archive " + dir);
            System.out.println(line(
                    "symbols attempted / archived / missed",
                    result.attempted() + " / " + result.succeeded() + " / " + result.failed()));
            System.out.println(line(
                    "REST calls (retries included)", calls + " (needed " + runner.callsNeeded(symbols.size()) + ")"));
            System.out.println(line("sweep duration", String.format(Locale.ROOT, "%.2f s", secs)));
            System.out.println(
                    line("physical minimum (calls needed / rate)", String.format(Locale.ROOT, "%.2f s", minimum)));
            System.out.println(line("ratio to the minimum", String.format(Locale.ROOT, "%.2f x", secs / minimum)));
            System.out.println(line(
                    "EGW00201 answers from the venue",
                    Long.toString(rest.stats().rateLimitHits())));
        }
    }

    private static Observation observation(String symbol, Instant sampleTime, Instant now) {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("sample_time", sampleTime);
        f.put("last_price", 71_500L);
        f.put("last_size", 10L);
        f.put("volume", 11_701_513L);
        f.put("turnover", 3_013_709_268_750L);
        f.put("ask_price", 71_600L);
        f.put("bid_price", 71_500L);
        f.put("ask_size", 8_930L);
        f.put("bid_size", 67_892L);
        f.put("open", 72_000L);
        f.put("high", 72_300L);
        f.put("low", 71_200L);
        f.put("change", -500L);
        f.put("change_rate", new BigDecimal("-0.69"));
        f.put("trades_since_last_sample", 3L);
        return new Observation(
                "kis",
                "kr_stocks",
                symbol,
                Track.SCALP,
                now,
                sampleTime,
                now,
                System.nanoTime(),
                "raw/kis/20260724/11_50_00.raw:1523",
                QualityFlag.NORMAL,
                f,
                Map.of("CCLD_DVSN", "1", "BSOP_DATE", "20260724", "STCK_CNTG_HOUR", "115214"));
    }

    private static String rate(long count, double secs) {
        return String.format(Locale.ROOT, "%,.0f", count / secs);
    }

    private static String line(String name, String value) {
        return String.format(Locale.ROOT, "  %-42s %s", name, value);
    }

    private void report(String mode, List<String> lines, Histogram h) {
        System.out.println("== IngestBench " + mode + ": " + measure.toSeconds() + " s measured after "
                + warmup.toSeconds() + " s warm-up, fsync every " + args.getOrDefault("fsync-ms", "50")
                + " ms, archive " + dir);
        System.out.println(String.format(
                Locale.ROOT,
                "  %-42s %d cores, %s %s",
                "machine",
                Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.vm.name"),
                System.getProperty("java.version")));
        lines.forEach(System.out::println);
        System.out.println(String.format(
                Locale.ROOT,
                "  %-42s p50 %.2f ms, p99 %.2f ms, p99.9 %.2f ms, max %.2f ms (%,d samples)",
                "receive→durable latency",
                h.getValueAtPercentile(50) / 1e6,
                h.getValueAtPercentile(99) / 1e6,
                h.getValueAtPercentile(99.9) / 1e6,
                h.getMaxValue() / 1e6,
                h.getTotalCount()));
        System.out.println(String.format(Locale.ROOT, "  %-42s %d", "write failures", listener.failures.sum()));
    }

    /** The production observer core over one archive writer, as the server wires it. */
    private record Core(SystemEventLog events, GapRecorder gaps, ObservationPipeline pipeline, FanOutSink fanOut) {
        static Core of(ArchiveLayout layout, ArchiveWriter writer, Clock clock) {
            return of(layout, writer, clock, false);
        }

        /** @param blockedSink add a downstream sink whose delivery never returns, behind a 10,000-record queue */
        static Core of(ArchiveLayout layout, ArchiveWriter writer, Clock clock, boolean blockedSink) {
            ObserverSession session = new ObserverSession(clock.instant(), layout.marketZone());
            SystemEventLog events = new SystemEventLog(layout, writer, session, "kis", clock, Duration.ofSeconds(1));
            GapRecorder gaps = new GapRecorder(events);
            FanOutSink fanOut = new FanOutSink(new ArchiveSink(layout, writer, gaps, clock));
            if (blockedSink) {
                fanOut.add(new QueuedSink(new BlockedSink(), 10_000, gaps, events, clock, Thread::new));
            }
            ObservationPipeline pipeline = new ObservationPipeline(
                    new ObservationValidator(),
                    new ObservationGuard(Duration.ofMinutes(5), Duration.ofDays(1)),
                    new RecordEnricher(session),
                    fanOut,
                    new RejectionReporter(events, clock, Duration.ofSeconds(1)));
            return new Core(events, gaps, pipeline, fanOut);
        }
    }

    /** A downstream sink that is stuck: its first delivery never returns (a database that stopped answering). */
    private static final class BlockedSink implements DownstreamSink {
        @Override
        public String name() {
            return "blocked";
        }

        @Override
        public void deliver(ArchiveRecord record, byte[] jsonLine) throws InterruptedException {
            new java.util.concurrent.CountDownLatch(1).await();
        }
    }

    /** Counters at one instant. */
    private static final class Snapshot {
        final long durable;
        final long bytes;
        final long forces;
        final long records;
        final long messages;
        final long notJournaled;

        Snapshot(ArchiveWriter w, long records, long messages, RawJournal journal) {
            this.durable = w.recordsDurable();
            this.bytes = w.bytesDurable();
            this.forces = w.forces();
            this.records = records;
            this.messages = messages;
            this.notJournaled = journal == null ? 0 : journal.notJournaledCount();
        }
    }
}
