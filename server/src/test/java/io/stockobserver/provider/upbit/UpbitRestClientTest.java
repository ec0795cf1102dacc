package io.stockobserver.provider.upbit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The REST client against a loopback server that answers like Upbit; waits are recorded, not slept. */
class UpbitRestClientTest {
    private final FakeUpbitRest venue = startVenue();
    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2))
            .build();
    private final List<String> journal = new CopyOnWriteArrayList<>();
    private final List<String> bodies = new CopyOnWriteArrayList<>();
    private final List<String> blocks = new CopyOnWriteArrayList<>();
    private final List<Duration> sleeps = new CopyOnWriteArrayList<>();
    private UpbitRateLimiter limiter;

    private static FakeUpbitRest startVenue() {
        try {
            return new FakeUpbitRest();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @AfterEach
    void stop() {
        venue.close();
    }

    private UpbitRestClient client(URI restUrl) {
        UpbitSettings s = UpbitSettings.withDefaults(restUrl, URI.create("ws://127.0.0.1:1/websocket/v1"));
        UpbitRateLimiter.Sleeper recorded = sleeps::add;
        limiter = new UpbitRateLimiter(s, (g, d, until) -> blocks.add(g + " " + d), Clock.systemUTC(), recorded);
        return new UpbitRestClient(
                s,
                http,
                limiter,
                (channel, body, receiveTime, nanos) -> {
                    journal.add(channel);
                    bodies.add(body);
                    return "raw/upbit/test.raw:" + journal.size();
                },
                Clock.systemUTC(),
                recorded);
    }

    private UpbitRestClient client() {
        return client(venue.baseUrl());
    }

    @Test
    void shouldListMarketsWithWarningsAndCautionsInBothSpellings() throws Exception {
        List<UpbitMarketInfo> markets = client().markets();

        assertThat(venue.requests).containsExactly("/v1/market/all?is_details=true");
        assertThat(journal).containsExactly("rest:/v1/market/all?is_details=true");
        assertThat(markets)
                .containsExactly(
                        new UpbitMarketInfo("KRW-BTC", "비트코인", "Bitcoin", false, java.util.Set.of()),
                        new UpbitMarketInfo(
                                "KRW-AERGO",
                                "아르고",
                                "Aergo",
                                true,
                                java.util.Set.of("PRICE_FLUCTUATIONS", "DEPOSIT_AMOUNT_SOARING")),
                        new UpbitMarketInfo("BTC-ETH", "이더리움", "Ethereum", true, java.util.Set.of()));
        assertThat(markets.get(1).cautions()).containsExactly("DEPOSIT_AMOUNT_SOARING", "PRICE_FLUCTUATIONS");
        assertThat(markets.get(2).quoteCurrency()).isEqualTo("BTC");
    }

    @Test
    void shouldAskForTickersInChunksOfAHundredAndJournalEachChunk() throws Exception {
        List<String> markets = IntStream.range(0, 250)
                .mapToObj(i -> String.format("KRW-C%03d", i))
                .toList();
        Instant before = Instant.now();

        List<UpbitRestResponse> answers = client().tickers(markets);

        assertThat(venue.tickerRequests()).extracting(List::size).containsExactly(100, 100, 50);
        List<String> asked = new ArrayList<>();
        venue.tickerRequests().forEach(asked::addAll);
        assertThat(asked).isEqualTo(markets);
        assertThat(answers).hasSize(3);
        assertThat(answers).extracting(r -> r.body().size()).containsExactly(100, 100, 50);
        assertThat(answers)
                .extracting(UpbitRestResponse::rawRef)
                .containsExactly("raw/upbit/test.raw:1", "raw/upbit/test.raw:2", "raw/upbit/test.raw:3");
        assertThat(answers).allSatisfy(r -> {
            assertThat(r.status()).isEqualTo(200);
            assertThat(r.group()).isEqualTo(UpbitRateGroup.TICKER);
            assertThat(r.receiveTime()).isAfterOrEqualTo(before);
        });
        assertThat(answers.get(2).body().get(49).get("market").asText()).isEqualTo("KRW-C249");
        assertThat(journal.get(0)).isEqualTo("rest:/v1/ticker?markets=" + String.join(",", markets.subList(0, 100)));
        assertThat(answers.get(0).body().get(0).get("opening_price").decimalValue())
                .isEqualTo(new java.math.BigDecimal("8450000.00000000"));
        assertThat(limiter.calls()).isEqualTo(3);
        assertThat(limiter.remainingReqMissing()).isZero();
    }

    @Test
    void shouldAskForADuplicatedMarketOnce() throws Exception {
        client().tickers(List.of("KRW-BTC", "KRW-ETH", "KRW-BTC"));

        assertThat(venue.tickerRequests()).containsExactly(List.of("KRW-BTC", "KRW-ETH"));
    }

    @Test
    void shouldRefuseABadMarketCodeBeforeCallingTheVenue() {
        UpbitRestClient c = client();

        assertThatThrownBy(() -> c.tickers(List.of("KRW-BTC", "krw-eth")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("krw-eth");
        assertThatThrownBy(() -> c.tickers(List.of("KRW-BTC&x=1"))).isInstanceOf(IllegalArgumentException.class);
        assertThat(venue.requests).isEmpty();
    }

    @Test
    void shouldSurfaceTheVenuesNumericErrorNamesWithoutRetrying() throws Exception {
        String notFound = UpbitVectors.line(UpbitVectors.REST, "{\"error\": {\"name\": 404");
        String invalid = UpbitVectors.line(UpbitVectors.REST, "{\"error\": {\"name\": 400");
        venue.script.add(new FakeUpbitRest.Canned(404, notFound, "group=ticker; min=1800; sec=9"));
        venue.script.add(new FakeUpbitRest.Canned(400, invalid, "group=ticker; min=1800; sec=8"));
        UpbitRestClient c = client();

        assertThatThrownBy(() -> c.tickers(List.of("KRW-NOPE"))).isInstanceOfSatisfying(UpbitApiException.class, e -> {
            assertThat(e.kind()).isEqualTo(UpbitApiException.Kind.VENUE_ERROR);
            assertThat(e.httpStatus()).isEqualTo(404);
            assertThat(e.name()).isEqualTo("404");
            assertThat(e.venueMessage()).isEqualTo("Code not found");
            assertThat(e.isTransient()).isFalse();
        });
        assertThatThrownBy(() -> c.tickers(List.of("KRW-BTC"))).isInstanceOfSatisfying(UpbitApiException.class, e -> {
            assertThat(e.name()).isEqualTo("400");
            assertThat(e.venueMessage()).isEqualTo("Invalid parameter. Check the given value!");
        });
        assertThat(venue.requests).hasSize(2);
        assertThat(bodies).containsExactly(notFound, invalid);
        assertThat(c.failures()).isEqualTo(2);
    }

    @Test
    void shouldRetryAPlainText429AfterTheBackOffAndJournalEveryAnswer() throws Exception {
        venue.script.add(new FakeUpbitRest.Canned(429, "Too many API requests.", "group=ticker; min=1800; sec=0"));
        venue.script.add(new FakeUpbitRest.Canned(429, "Too many API requests.", null));

        UpbitRestResponse r = client().ticker(List.of("KRW-BTC"));

        assertThat(r.body().get(0).get("market").asText()).isEqualTo("KRW-BTC");
        assertThat(r.rawRef()).isEqualTo("raw/upbit/test.raw:3");
        assertThat(venue.requests).hasSize(3);
        assertThat(bodies.subList(0, 2)).containsOnly("Too many API requests.");
        assertThat(limiter.tooManyRequests()).isEqualTo(2);
        assertThat(limiter.retries()).isEqualTo(2);
        assertThat(limiter.exhaustedPauses()).isEqualTo(1);
        assertThat(limiter.remainingReqMissing()).isEqualTo(1);
        assertThat(sleeps)
                .hasSize(2)
                .allSatisfy(d -> assertThat(d).isPositive().isLessThanOrEqualTo(Duration.ofSeconds(1)));
    }

    @Test
    void shouldGiveUpOnAPersistent429() {
        for (int i = 0; i < 4; i++) {
            venue.script.add(new FakeUpbitRest.Canned(429, "Too many API requests.", null));
        }
        UpbitRestClient c = client();

        assertThatThrownBy(() -> c.ticker(List.of("KRW-BTC"))).isInstanceOfSatisfying(UpbitApiException.class, e -> {
            assertThat(e.kind()).isEqualTo(UpbitApiException.Kind.RATE_LIMITED);
            assertThat(e.name()).isEqualTo("HTTP_429");
            assertThat(e.venueMessage()).isEqualTo("Too many API requests.");
            assertThat(e.isTransient()).isTrue();
        });
        assertThat(venue.requests).hasSize(4);
        assertThat(c.transientRetries()).isZero(); // 429 retries are the limiter's, not repeated by the client
    }

    @Test
    void shouldStopCallingOnA418AndTellTheBlockListener() throws Exception {
        venue.script.add(new FakeUpbitRest.Canned(418, "", null));
        UpbitRestClient c = client();

        assertThatThrownBy(() -> c.ticker(List.of("KRW-BTC"))).isInstanceOfSatisfying(UpbitApiException.class, e -> {
            assertThat(e.kind()).isEqualTo(UpbitApiException.Kind.BLOCKED);
            assertThat(e.httpStatus()).isEqualTo(418);
            assertThat(e.blockedUntil()).isAfter(Instant.now().plusSeconds(50));
        });
        assertThatThrownBy(c::markets).isInstanceOfSatisfying(UpbitApiException.class, e -> {
            assertThat(e.kind()).isEqualTo(UpbitApiException.Kind.BLOCKED);
            assertThat(e.httpStatus()).isEqualTo(-1);
        });
        assertThat(venue.requests).hasSize(1);
        assertThat(blocks).containsExactly("TICKER PT1M");
        assertThat(journal).hasSize(1);
    }

    @Test
    void shouldRetryA5xxAndThenAnswer() throws Exception {
        venue.script.add(new FakeUpbitRest.Canned(503, "<html>Service Unavailable</html>", null));
        UpbitRestClient c = client();

        UpbitRestResponse r = c.ticker(List.of("KRW-BTC"));

        assertThat(r.status()).isEqualTo(200);
        assertThat(c.transientRetries()).isEqualTo(1);
        assertThat(sleeps).containsExactly(Duration.ofMillis(200));
    }

    @Test
    void shouldFailAfterEveryRetryOfAPersistent5xx() {
        for (int i = 0; i < 4; i++) {
            venue.script.add(new FakeUpbitRest.Canned(
                    500, "{\"error\":{\"name\":\"server_error\",\"message\":\"oops\"}}", null));
        }
        UpbitRestClient c = client();

        assertThatThrownBy(() -> c.ticker(List.of("KRW-BTC"))).isInstanceOfSatisfying(UpbitApiException.class, e -> {
            assertThat(e.kind()).isEqualTo(UpbitApiException.Kind.SERVER_ERROR);
            assertThat(e.name()).isEqualTo("server_error");
        });
        assertThat(venue.requests).hasSize(4);
        assertThat(sleeps).containsExactly(Duration.ofMillis(200), Duration.ofMillis(400), Duration.ofMillis(800));
    }

    @Test
    void shouldRefuseGarbageAndTheWrongShapeAfterJournalingThem() {
        venue.script.add(new FakeUpbitRest.Canned(200, "<html>\u0000garbage", "group=ticker; min=1800; sec=9"));
        venue.script.add(new FakeUpbitRest.Canned(200, "{\"market\":\"KRW-BTC\"}", "group=ticker; min=1800; sec=9"));
        venue.script.add(new FakeUpbitRest.Canned(200, "[{\"korean_name\":\"x\"}]", "group=market; min=1800; sec=9"));
        venue.script.add(new FakeUpbitRest.Canned(200, "", "group=market; min=1800; sec=9"));
        UpbitRestClient c = client();

        assertThatThrownBy(() -> c.ticker(List.of("KRW-BTC"))).isInstanceOfSatisfying(UpbitApiException.class, e -> {
            assertThat(e.kind()).isEqualTo(UpbitApiException.Kind.MALFORMED);
            assertThat(e.name()).isEqualTo("NOT_JSON");
            assertThat(e.getMessage()).contains("<html>?garbage");
        });
        assertThatThrownBy(() -> c.ticker(List.of("KRW-BTC")))
                .isInstanceOfSatisfying(
                        UpbitApiException.class, e -> assertThat(e.name()).isEqualTo("NOT_AN_ARRAY"));
        assertThatThrownBy(c::markets).isInstanceOfSatisfying(UpbitApiException.class, e -> assertThat(e.name())
                .isEqualTo("NO_MARKET"));
        assertThatThrownBy(c::markets).isInstanceOfSatisfying(UpbitApiException.class, e -> assertThat(e.name())
                .isEqualTo("NOT_JSON"));
        assertThat(bodies)
                .containsExactly("<html>\u0000garbage", "{\"market\":\"KRW-BTC\"}", "[{\"korean_name\":\"x\"}]", "");
        assertThat(c.failures()).isEqualTo(4);
    }

    @Test
    void shouldTreatAnErrorEnvelopeInA200AsAVenueError() {
        venue.script.add(new FakeUpbitRest.Canned(200, "{\"error\":{\"name\":\"x\",\"message\":\"y\"}}", null));
        UpbitRestClient c = client();

        assertThatThrownBy(() -> c.ticker(List.of("KRW-BTC"))).isInstanceOfSatisfying(UpbitApiException.class, e -> {
            assertThat(e.kind()).isEqualTo(UpbitApiException.Kind.VENUE_ERROR);
            assertThat(e.httpStatus()).isEqualTo(200);
        });
    }

    @Test
    void shouldRetryWhenNobodyAnswersAndThenFailAsIo() throws Exception {
        URI closed;
        try (FakeUpbitRest gone = new FakeUpbitRest()) {
            closed = gone.baseUrl();
        }
        UpbitRestClient c = client(closed);

        assertThatThrownBy(() -> c.ticker(List.of("KRW-BTC"))).isInstanceOfSatisfying(UpbitApiException.class, e -> {
            assertThat(e.kind()).isEqualTo(UpbitApiException.Kind.IO);
            assertThat(e.httpStatus()).isEqualTo(-1);
        });
        assertThat(c.transientRetries()).isEqualTo(3);
        assertThat(journal).isEmpty();
    }
}
