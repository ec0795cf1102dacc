package io.stockobserver.provider.kis;

import static org.assertj.core.api.Assertions.assertThat;

import io.stockobserver.sandbox.KisSandbox;
import io.stockobserver.sandbox.SandboxOptions;
import io.stockobserver.sandbox.SandboxSurge;
import io.stockobserver.sandbox.market.SurgeKind;
import io.stockobserver.scalp.candidate.ActivitySettings;
import io.stockobserver.scalp.candidate.CandidateBoard;
import io.stockobserver.scalp.trigger.TriggerEngine;
import io.stockobserver.scalp.trigger.TriggerScore;
import io.stockobserver.scalp.trigger.TriggerThresholds;
import io.stockobserver.scalp.trigger.TriggerType;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The candidate monitor's REST inputs through the production client against the sandbox's market, with a surge. */
class KisActivitySourceAgainstSandboxTest {
    private KisSandbox sandbox;

    @AfterEach
    void stop() {
        if (sandbox != null) {
            sandbox.close();
        }
    }

    private KisRestClient client() {
        KisSettings s = KisSettings.withDefaults(
                KisEnvironment.SANDBOX,
                sandbox.restBaseUrl(),
                sandbox.wsUrl(),
                new KisCredentials("TEST0000-0000-4000-8000-000000000009", "test-secret-".repeat(15)));
        HttpClient http = HttpClient.newHttpClient();
        Clock clock = Clock.systemUTC();
        return new KisRestClient(
                s,
                http,
                new AccessTokenManager(s, http, clock),
                new RestRateLimiter(s.restCallsPerSecond(), s.restRateWindow()),
                null,
                clock);
    }

    @Test
    void shouldRankAScheduledVolumeSurgeFirstFromRepeatedSweeps() throws Exception {
        sandbox = KisSandbox.start(SandboxOptions.builder()
                .surges(List.of(SandboxSurge.startingIn(
                        Duration.ofSeconds(7), "005930", SurgeKind.VOLUME, 100, Duration.ofMinutes(5))))
                .build());
        // liquid listings: a 3 s window over an illiquid one is mostly noise (one trade can be "×20")
        List<String> symbols = List.of(
                "005930", "000660", "035720", "035420", "005380", "000270", "051910", "006400", "207940", "068270",
                "005490", "105560", "055550", "012330", "066570", "015760", "017670", "030200", "323410", "034020");
        ActivitySettings settings = new ActivitySettings(
                Duration.ofSeconds(3), Duration.ofMillis(250), Duration.ofMinutes(390), Duration.ofSeconds(30));
        CandidateBoard board = new CandidateBoard(settings, ZoneId.of("Asia/Seoul"), symbols::contains);
        KisActivitySource sources = new KisActivitySource(client(), true);
        // the surge starts 7 s in; the recent window (3 s) is all surge from 10 s on, until the surge itself ages
        // into the baseline: judge after every sweep in that stretch, as the slot manager does every round
        TriggerEngine engine = new TriggerEngine(TriggerThresholds.defaults());
        Instant surge = Instant.now().plusSeconds(7);
        Instant end = surge.plusSeconds(6);
        TriggerScore best = null;
        while (Instant.now().isBefore(end)) {
            assertThat(sources.sweep(symbols, board)).isEqualTo(20);
            Instant now = Instant.now();
            if (now.isAfter(surge.plusSeconds(2))) {
                List<TriggerScore> ranked = engine.rank(board.metrics(now, Set.of()));
                if (!ranked.isEmpty()
                        && ranked.get(0).symbol().equals("005930")
                        && (best == null || ranked.get(0).score() > best.score())) {
                    best = ranked.get(0); // the surge at the top of the ranking, at its strongest
                }
            }
            // no pause between sweeps: the client's rate limiter spaces the calls as it does in production
        }
        assertThat(best).as("005930 never ranked first during its surge").isNotNull();
        assertThat(best.symbol()).isEqualTo("005930");
        assertThat(best.trigger()).isEqualTo(TriggerType.VOLUME_SURGE);
        // well past the volume surge's fire threshold (×3); how far depends on how evenly the sweeps were spread
        assertThat(best.score()).isGreaterThan(0.5);
        assertThat(sources.failedCalls()).isZero();
    }

    @Test
    void shouldReadTheRankingEndpointsRowsIntoTheBoard() throws Exception {
        sandbox = KisSandbox.start(SandboxOptions.builder().build());
        CandidateBoard board =
                new CandidateBoard(ActivitySettings.defaults(), ZoneId.of("Asia/Seoul"), s -> s.matches("[0-9]{6}"));
        KisActivitySource sources = new KisActivitySource(client(), true);
        int rows = sources.pollRankings(board);
        assertThat(rows).isBetween(31, 90); // three rankings of at most 30 rows, some listings in two of them
        assertThat(sources.calls()).isEqualTo(3);
        assertThat(sources.failedCalls()).isZero();
        assertThat(board.symbolsTracked()).isBetween(31, 90);
    }

    @Test
    void shouldCountAFailedCallAndCarryOnWhenTheVenueRefusesTheRankings() throws Exception {
        sandbox = KisSandbox.start(SandboxOptions.builder()
                .venueProfile(io.stockobserver.sandbox.SandboxVenueProfile.PAPER)
                .build());
        CandidateBoard board = new CandidateBoard(ActivitySettings.defaults(), ZoneId.of("Asia/Seoul"), s -> true);
        KisActivitySource sources = new KisActivitySource(client(), true);
        assertThat(sources.pollRankings(board)).isZero(); // "모의투자 미지원": paper answers an error
        assertThat(sources.failedCalls()).isEqualTo(3);
        assertThat(board.symbolsTracked()).isZero();
    }
}
