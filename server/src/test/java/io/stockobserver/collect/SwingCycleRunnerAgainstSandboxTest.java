package io.stockobserver.collect;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.stockobserver.archive.ArchiveLayout;
import io.stockobserver.archive.ArchiveListener;
import io.stockobserver.archive.ArchiveWriter;
import io.stockobserver.archive.ArchiveWriterConfig;
import io.stockobserver.events.GapRecorder;
import io.stockobserver.events.RejectionReporter;
import io.stockobserver.events.SystemEventLog;
import io.stockobserver.pipeline.ObservationGuard;
import io.stockobserver.pipeline.ObservationPipeline;
import io.stockobserver.pipeline.ObservationValidator;
import io.stockobserver.pipeline.ObserverSession;
import io.stockobserver.pipeline.RecordEnricher;
import io.stockobserver.provider.kis.AccessTokenManager;
import io.stockobserver.provider.kis.KisCredentials;
import io.stockobserver.provider.kis.KisEnvironment;
import io.stockobserver.provider.kis.KisRestClient;
import io.stockobserver.provider.kis.KisSettings;
import io.stockobserver.provider.kis.KisSnapshotSource;
import io.stockobserver.provider.kis.RestRateLimiter;
import io.stockobserver.provider.kis.SwingSnapshotMapper;
import io.stockobserver.sandbox.KisSandbox;
import io.stockobserver.sandbox.SandboxOptions;
import io.stockobserver.sandbox.SandboxVenueProfile;
import io.stockobserver.sink.ArchiveSink;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Track A cycles through the production REST client, pipeline and archive against the sandbox, with faults. */
class SwingCycleRunnerAgainstSandboxTest {
    private static final Instant CYCLE = Instant.parse("2026-07-24T01:00:00Z"); // 10:00 KST

    @TempDir
    Path dir;

    private KisSandbox sandbox;
    private ArchiveWriter writer;
    private KisRestClient rest;

    @AfterEach
    void stop() {
        if (writer != null) {
            writer.close();
        }
        if (sandbox != null) {
            sandbox.close();
        }
    }

    private SwingCycleRunner runner(SandboxOptions options, boolean multiPrice, int clientRate) throws Exception {
        sandbox = KisSandbox.start(options);
        KisSettings d = KisSettings.withDefaults(
                KisEnvironment.SANDBOX,
                sandbox.restBaseUrl(),
                sandbox.wsUrl(),
                new KisCredentials("TEST0000-0000-4000-8000-000000000003", "test-secret-".repeat(15)));
        KisSettings s = new KisSettings(
                d.environment(),
                d.restUrl(),
                d.wsUrl(),
                d.credentials(),
                clientRate,
                d.restRateWindow(),
                d.tokenReissueMinInterval(),
                d.tokenRefreshBefore(),
                d.httpTimeout(),
                3,
                Duration.ofMillis(20));
        HttpClient http = HttpClient.newHttpClient();
        Clock clock = Clock.systemUTC();
        rest = new KisRestClient(
                s,
                http,
                new AccessTokenManager(s, http, clock),
                new RestRateLimiter(clientRate, s.restRateWindow()),
                null,
                clock);
        ArchiveLayout layout = ArchiveLayout.krx(dir);
        writer = ArchiveWriter.start(layout, ArchiveWriterConfig.defaults(), ArchiveListener.NONE);
        ObserverSession session = new ObserverSession(clock.instant(), layout.marketZone());
        SystemEventLog events = new SystemEventLog(layout, writer, session, "kis", clock, Duration.ofSeconds(1));
        GapRecorder gaps = new GapRecorder(events);
        // a generous age bound: the cycle time is fixed in the past, the answers are current
        ObservationPipeline pipeline = new ObservationPipeline(
                new ObservationValidator(),
                new ObservationGuard(Duration.ofMinutes(5), Duration.ofDays(100_000)),
                new RecordEnricher(session),
                new ArchiveSink(layout, writer, gaps, clock),
                new RejectionReporter(events, clock, Duration.ofSeconds(1)));
        return new SwingCycleRunner(
                new KisSnapshotSource(rest, multiPrice, 18, new SwingSnapshotMapper("kis", "kr_stocks")),
                pipeline,
                gaps,
                events,
                clock);
    }

    private List<String> symbols(int n) {
        return sandbox.market().symbols().stream()
                .filter(i -> !i.halted())
                .map(i -> i.code())
                .limit(n)
                .toList();
    }

    private List<JsonNode> lines(String area) throws Exception {
        writer.flush(Duration.ofSeconds(5));
        List<JsonNode> out = new ArrayList<>();
        Path root = dir.resolve(area);
        if (!Files.exists(root)) {
            return out;
        }
        try (var files = Files.walk(root)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                for (String line : Files.readAllLines(f)) {
                    out.add(new ObjectMapper().readTree(line));
                }
            }
        }
        return out;
    }

    private List<JsonNode> events(String type) throws Exception {
        return lines("system/events").stream()
                .filter(e -> e.get("event_type").asText().equals(type))
                .toList();
    }

    @Test
    void shouldSnapshotEverySymbolOnceWithThirtySymbolsPerCall() throws Exception {
        SwingCycleRunner runner = runner(SandboxOptions.defaults(), true, 18);
        List<String> symbols = symbols(95);

        SwingCycleResult result = runner.run("c1", CYCLE, symbols, Duration.ofSeconds(30));

        assertThat(result.succeeded()).isEqualTo(95);
        assertThat(rest.stats().calls()).isEqualTo(4); // ceil(95 / 30)
        List<JsonNode> records = lines("swing");
        assertThat(records).extracting(r -> r.get("symbol").asText()).containsExactlyInAnyOrderElementsOf(symbols);
        assertThat(records).allSatisfy(r -> {
            assertThat(r.get("prev_close").asLong()).isPositive();
            assertThat(r.get("cycle_id").asText()).isEqualTo("c1");
        });
        JsonNode done = events("swing_cycle_completed").get(0);
        assertThat(done.get("rest_calls").asInt()).isEqualTo(4);
        assertThat(done.get("failed").asInt()).isZero();
        assertThat(dir.resolve("swing/kis/kr_stocks/20260724/10_00.jsonl")).exists();
    }

    @Test
    void shouldFallBackToOneCallPerSymbolWhereMultiPriceIsMissing() throws Exception {
        SwingCycleRunner runner = runner(
                SandboxOptions.builder()
                        .venueProfile(SandboxVenueProfile.PAPER)
                        .restCallsPerSecond(50)
                        .build(),
                false,
                50);
        SwingCycleResult result = runner.run("c1", CYCLE, symbols(12), Duration.ofSeconds(30));

        assertThat(result.succeeded()).isEqualTo(12);
        assertThat(rest.stats().calls()).isEqualTo(12);
        assertThat(runner.callsNeeded(2_000)).isEqualTo(2_000);
    }

    @Test
    void shouldRideOutAnEgw00201BurstByRetrying() throws Exception {
        SwingCycleRunner runner = runner(SandboxOptions.defaults(), true, 18);
        sandbox.faults().rateLimitBurst(2);

        SwingCycleResult result = runner.run("c1", CYCLE, symbols(60), Duration.ofSeconds(30));

        assertThat(result.failed()).isZero();
        assertThat(rest.stats().rateLimitHits()).isEqualTo(2);
        assertThat(lines("swing")).hasSize(60);
        assertThat(events("gap_marker")).isEmpty();
    }

    @Test
    void shouldLeaveAGapMarkerForExactlyTheSymbolsAnOutageCostIt() throws Exception {
        SwingCycleRunner runner = runner(SandboxOptions.defaults(), true, 18);
        List<String> symbols = symbols(90);
        // all 4 attempts (1 + 3 client retries) of the first batch fail; no budget is left for a retry pass
        sandbox.faults().serverErrors(4);

        SwingCycleResult result = runner.run("c1", CYCLE, symbols, Duration.ZERO);

        List<String> missed = symbols.subList(0, 30);
        assertThat(result.failed()).isEqualTo(30);
        assertThat(lines("swing"))
                .extracting(r -> r.get("symbol").asText())
                .containsExactlyInAnyOrderElementsOf(symbols.subList(30, 90));
        List<JsonNode> gaps = events("gap_marker");
        assertThat(gaps).extracting(g -> g.get("symbol").asText()).containsExactlyInAnyOrderElementsOf(missed);
        assertThat(gaps).allSatisfy(g -> {
            assertThat(g.get("scope").asText()).isEqualTo("swing");
            assertThat(g.get("reason").asText()).isEqualTo("api_error");
        });
        assertThat(events("swing_cycle_completed").get(0).get("retry_pass").asBoolean())
                .isFalse();
        assertThat(events("swing_cycle_completed").get(0).get("failed_symbols")).hasSize(30);
    }

    @Test
    void shouldRecoverMissedSymbolsInTheRetryPass() throws Exception {
        SwingCycleRunner runner = runner(SandboxOptions.defaults(), true, 18);
        sandbox.faults().serverErrors(4); // the first batch fails all its attempts; the retry pass succeeds

        SwingCycleResult result = runner.run("c1", CYCLE, symbols(60), Duration.ofSeconds(30));

        assertThat(result.failed()).isZero();
        assertThat(lines("swing")).hasSize(60);
        assertThat(events("gap_marker")).isEmpty();
        assertThat(events("swing_cycle_completed").get(0).get("retry_pass").asBoolean())
                .isTrue();
    }
}
