package io.stockobserver.provider.upbit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.stockobserver.collect.SwingCycleResult;
import io.stockobserver.provider.ActivitySource;
import io.stockobserver.provider.Listing;
import io.stockobserver.provider.ListingSource;
import io.stockobserver.sandbox.upbit.UpbitSandbox;
import io.stockobserver.sandbox.upbit.UpbitSandboxOptions;
import io.stockobserver.scalp.candidate.ActivitySettings;
import io.stockobserver.scalp.candidate.CandidateBoard;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.awaitility.Awaitility;
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
    private UpbitRateLimiter limiter;
    private final List<Duration> blocks = new java.util.concurrent.CopyOnWriteArrayList<>();

    @BeforeEach
    void start() throws Exception {
        sandbox = UpbitSandbox.start(UpbitSandboxOptions.defaults());
        settings = UpbitSettings.withDefaults(sandbox.restBaseUrl(), sandbox.wsUrl());
        limiter = new UpbitRateLimiter(settings, (group, d, until) -> blocks.add(d));
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
        List<String> krw = krwPairs();
        try (UpbitTrackAFixture trackA = new UpbitTrackAFixture(dir, rest, settings)) {
            SwingCycleResult r = trackA.runner.run("c1", Instant.now(), krw, Duration.ofSeconds(30));

            assertThat(trackA.runner.callsNeeded(krw.size())).isEqualTo(2);
            assertThat(r.attempted()).isEqualTo(180);
            assertThat(r.succeeded()).isEqualTo(180);
            assertThat(trackA.lines("swing/upbit/krw_crypto")).hasSize(180).allSatisfy(n -> {
                assertThat(n.get("provider").asText()).isEqualTo("upbit");
                assertThat(n.get("market").asText()).isEqualTo("krw_crypto");
                assertThat(n.get("last_price").isNumber()).isTrue();
                assertThat(n.get("symbol").asText()).startsWith("KRW-");
            });
        }
    }

    @Test
    void shouldBackOffA429BurstWithinTheCycleSoTheVenueNeverEscalatesTo418() throws Exception {
        List<String> krw = krwPairs();
        sandbox.faults().rateLimitBurst(3);
        try (UpbitTrackAFixture trackA = new UpbitTrackAFixture(dir, rest, settings)) {
            SwingCycleResult r = trackA.runner.run("c1", Instant.now(), krw, Duration.ofSeconds(30));

            assertThat(r.succeeded()).isEqualTo(180);
            assertThat(limiter.tooManyRequests()).isEqualTo(3);
            assertThat(limiter.retries()).isEqualTo(3);
            assertThat(limiter.blocks()).isZero();
            assertThat(sandbox.stats().blocksImposed()).isZero();
            assertThat(trackA.gaps.gapCount()).isZero();
        }
    }

    @Test
    void shouldGapEveryPairOfACycleA418BlocksAndCompleteTheFirstCycleAfterTheBlock() throws Exception {
        List<String> krw = krwPairs();
        sandbox.faults().block(Duration.ofSeconds(3));
        try (UpbitTrackAFixture trackA = new UpbitTrackAFixture(dir, rest, settings)) {
            SwingCycleResult blocked = trackA.runner.run("c1", Instant.now(), krw, Duration.ofSeconds(30));

            assertThat(blocked.failed()).isEqualTo(180);
            assertThat(blocks).hasSize(1); // one 418 reached the venue; the rest was refused locally
            assertThat(limiter.refusedWhileBlocked()).isPositive();
            List<JsonNode> gaps = trackA.lines("system/events/upbit").stream()
                    .filter(n -> n.path("event_type").asText().equals("gap_marker"))
                    .toList();
            assertThat(gaps).hasSize(180).allSatisfy(g -> {
                assertThat(g.path("scope").asText()).isEqualTo("swing");
                assertThat(g.path("reason").asText()).isEqualTo("rate_limit");
            });

            Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> !limiter.isBlocked());
            SwingCycleResult after = trackA.runner.run("c2", Instant.now(), krw, Duration.ofSeconds(30));

            assertThat(after.succeeded()).isEqualTo(180);
        }
    }

    @Test
    void shouldSweepTheUniverseIntoTheCandidateBoardWithFractionalCoinVolumes() throws Exception {
        List<String> krw = krwPairs();
        UpbitActivitySource activity = new UpbitActivitySource(rest);
        CandidateBoard board = new CandidateBoard(ActivitySettings.defaults(), ZoneOffset.UTC, krw::contains);
        List<Double> volumes = new ArrayList<>();
        ActivitySource.ActivitySink recording = new ActivitySource.ActivitySink() {
            @Override
            public void observe(String symbol, Instant at, double volume, double price, double rate, long trades) {
                volumes.add(volume);
                board.observe(symbol, at, volume, price, rate, trades);
            }

            @Override
            public void previousDayVolume(String symbol, double volume) {
                board.previousDayVolume(symbol, volume);
            }
        };

        int observed = activity.sweep(krw, recording);

        assertThat(activity.available()).isTrue();
        assertThat(observed).isEqualTo(180);
        assertThat(activity.calls()).isEqualTo(2);
        assertThat(activity.failedCalls()).isZero();
        assertThat(board.symbolsTracked()).isEqualTo(180);
        assertThat(volumes).anyMatch(v -> v != Math.rint(v)); // coins trade in fractions: nothing truncated
        assertThat(activity.pollRankings(recording)).isZero(); // Upbit has no ranking endpoint
    }

    @Test
    void shouldCountAFailedSweepCallAndStillQuoteTheOtherChunk() throws Exception {
        List<String> krw = krwPairs();
        UpbitActivitySource activity = new UpbitActivitySource(rest);
        CandidateBoard board = new CandidateBoard(ActivitySettings.defaults(), ZoneOffset.UTC, krw::contains);
        sandbox.faults().serverErrors(settings.maxRetries() + 1); // the first chunk fails after every retry

        int observed = activity.sweep(krw, board);

        assertThat(activity.calls()).isEqualTo(2);
        assertThat(activity.failedCalls()).isEqualTo(1);
        assertThat(observed).isEqualTo(80);
        assertThat(board.symbolsTracked()).isEqualTo(80);
    }

    private List<String> krwPairs() throws Exception {
        return new UpbitListingSource(rest)
                .listings(LocalDate.now()).listings().stream()
                        .filter(x -> x.group().equals("KRW"))
                        .map(Listing::symbol)
                        .toList();
    }
}
