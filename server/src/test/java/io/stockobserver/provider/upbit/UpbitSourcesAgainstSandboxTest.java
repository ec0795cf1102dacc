package io.stockobserver.provider.upbit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.stockobserver.archive.ArchiveLayout;
import io.stockobserver.archive.ArchiveListener;
import io.stockobserver.archive.ArchiveWriter;
import io.stockobserver.archive.ArchiveWriterConfig;
import io.stockobserver.collect.SwingCycleResult;
import io.stockobserver.collect.SwingCycleRunner;
import io.stockobserver.events.GapRecorder;
import io.stockobserver.events.RejectionReporter;
import io.stockobserver.events.SystemEventLog;
import io.stockobserver.pipeline.ObservationGuard;
import io.stockobserver.pipeline.ObservationPipeline;
import io.stockobserver.pipeline.ObservationValidator;
import io.stockobserver.pipeline.ObserverSession;
import io.stockobserver.pipeline.RecordEnricher;
import io.stockobserver.provider.Listing;
import io.stockobserver.provider.ListingSource;
import io.stockobserver.sandbox.upbit.UpbitSandbox;
import io.stockobserver.sandbox.upbit.UpbitSandboxOptions;
import io.stockobserver.sink.ArchiveSink;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Upbit's listings and Track A through the production client, seam sources, pipeline and archive, on the sandbox. */
class UpbitSourcesAgainstSandboxTest {
    @TempDir
    Path dir;

    private UpbitSandbox sandbox;
    private UpbitRestClient rest;
    private UpbitSettings settings;

    @BeforeEach
    void start() throws Exception {
        sandbox = UpbitSandbox.start(UpbitSandboxOptions.defaults());
        settings = UpbitSettings.withDefaults(sandbox.restBaseUrl(), sandbox.wsUrl());
        UpbitRateLimiter limiter = new UpbitRateLimiter(settings, (group, d, until) -> {});
        rest = new UpbitRestClient(settings, HttpClient.newHttpClient(), limiter, null, Clock.systemUTC());
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    @Test
    void shouldListEveryPairWithItsPriceTurnoverAndWarning() throws Exception {
        ListingSource.Listings l = new UpbitListingSource(rest).listings(LocalDate.now());

        assertThat(l.source()).isEqualTo(UpbitListingSource.SOURCE);
        assertThat(l.malformed()).isZero();
        assertThat(l.listings()).hasSize(200); // the sandbox's 180 KRW, 12 BTC and 8 USDT pairs
        assertThat(l.listings().stream().filter(x -> x.group().equals("KRW"))).hasSize(180);
        assertThat(l.listings()).allSatisfy(x -> {
            assertThat(x.symbol()).matches(UpbitVenueProfile.SYMBOL_PATTERN);
            assertThat(x.referencePrice()).isPositive();
            assertThat(x.turnover()).isPresent();
        });
        assertThat(l.listings()).anyMatch(Listing::warning).anyMatch(x -> !x.warning());
    }

    @Test
    void shouldArchiveEveryKrwPairOfACycleInBatchesOfAHundred() throws Exception {
        List<String> krw = new UpbitListingSource(rest)
                .listings(LocalDate.now()).listings().stream()
                        .filter(x -> x.group().equals("KRW"))
                        .map(Listing::symbol)
                        .toList();
        ArchiveLayout layout = ArchiveLayout.krx(dir);
        ArchiveWriter writer = ArchiveWriter.start(layout, ArchiveWriterConfig.defaults(), ArchiveListener.NONE);
        try {
            Clock clock = Clock.systemUTC();
            ObserverSession session = new ObserverSession(clock.instant(), layout.marketZone());
            SystemEventLog events = new SystemEventLog(layout, writer, session, "upbit", clock, Duration.ofSeconds(1));
            GapRecorder gaps = new GapRecorder(events);
            ObservationPipeline pipeline = new ObservationPipeline(
                    new ObservationValidator(UpbitVenueProfile.SYMBOL_PATTERN),
                    new ObservationGuard(Duration.ofMinutes(5), Duration.ofDays(2)),
                    new RecordEnricher(session),
                    new ArchiveSink(layout, writer, gaps, clock),
                    new RejectionReporter(events, clock, Duration.ofSeconds(1)));
            SwingCycleRunner runner = new SwingCycleRunner(
                    new UpbitSnapshotSource(rest, settings, new UpbitTickerMapper("upbit", "krw_crypto")),
                    pipeline,
                    gaps,
                    events,
                    clock);

            SwingCycleResult r = runner.run("c1", Instant.now(), krw, Duration.ofSeconds(30));

            assertThat(runner.callsNeeded(krw.size())).isEqualTo(2);
            assertThat(r.attempted()).isEqualTo(180);
            assertThat(r.succeeded()).isEqualTo(180);
            writer.flush(Duration.ofSeconds(10));
            List<JsonNode> records = new ArrayList<>();
            try (var files = Files.walk(dir.resolve("swing/upbit/krw_crypto"))) {
                for (Path f : files.filter(Files::isRegularFile).toList()) {
                    for (String line : Files.readAllLines(f)) {
                        records.add(new ObjectMapper().readTree(line));
                    }
                }
            }
            assertThat(records).hasSize(180).allSatisfy(n -> {
                assertThat(n.get("provider").asText()).isEqualTo("upbit");
                assertThat(n.get("market").asText()).isEqualTo("krw_crypto");
                assertThat(n.get("last_price").isNumber()).isTrue();
                assertThat(n.get("symbol").asText()).startsWith("KRW-");
            });
        } finally {
            writer.close();
        }
    }
}
