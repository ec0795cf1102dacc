package io.stockobserver.provider.kis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.stockobserver.sandbox.KisSandbox;
import io.stockobserver.sandbox.SandboxOptions;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The production KIS adapter against the sandbox over real loopback sockets. */
class KisAdapterAgainstSandboxTest {
    private static final KisCredentials CREDENTIALS =
            new KisCredentials("TEST0000-0000-4000-8000-000000000001", "test-secret-".repeat(15));
    private final HttpClient http = HttpClient.newHttpClient();
    private KisSandbox sandbox;

    @AfterEach
    void stopSandbox() {
        if (sandbox != null) {
            sandbox.close();
        }
    }

    private KisSettings settings(SandboxOptions.Builder options, int clientCallsPerSecond, Duration reissue)
            throws Exception {
        return settings(options, clientCallsPerSecond, reissue, Duration.ofMinutes(10));
    }

    private KisSettings settings(
            SandboxOptions.Builder options, int clientCallsPerSecond, Duration reissue, Duration refreshBefore)
            throws Exception {
        sandbox = KisSandbox.start(options.build());
        KisSettings d =
                KisSettings.withDefaults(KisEnvironment.SANDBOX, sandbox.restBaseUrl(), sandbox.wsUrl(), CREDENTIALS);
        return new KisSettings(
                d.environment(),
                d.restUrl(),
                d.wsUrl(),
                CREDENTIALS,
                clientCallsPerSecond,
                d.restRateWindow(),
                reissue,
                refreshBefore,
                d.httpTimeout(),
                3,
                Duration.ofMillis(50));
    }

    private KisRestClient rest(KisSettings s, AccessTokenManager tokens, List<String> journal) {
        return new KisRestClient(
                s,
                http,
                tokens,
                new RestRateLimiter(s.restCallsPerSecond(), s.restRateWindow()),
                (channel, body, t, n) -> {
                    journal.add(channel);
                    return "raw:" + journal.size();
                },
                Clock.systemUTC());
    }

    @Test
    void shouldReuseOneTokenForEveryCall() throws Exception {
        KisSettings s = settings(SandboxOptions.builder(), 18, Duration.ofSeconds(61));
        AccessTokenManager tokens = new AccessTokenManager(s, http, Clock.systemUTC());
        List<String> journal = new CopyOnWriteArrayList<>();
        KisRestClient rest = rest(s, tokens, journal);

        for (int i = 0; i < 5; i++) {
            KisRestResponse r = rest.inquirePrice("005930");
            assertThat(r.output().get("stck_shrn_iscd").asText()).isEqualTo("005930");
            assertThat(r.rawRef()).isEqualTo("raw:" + (i + 1));
        }
        assertThat(tokens.issuedCount()).isEqualTo(1);
        assertThat(sandbox.stats().tokensIssued()).isEqualTo(1);
        assertThat(journal).allMatch(c -> c.startsWith("rest:/uapi/domestic-stock/v1/quotations/inquire-price?"));
    }

    @Test
    void shouldRefuseToReissueATokenInsideTheClientLimitWithoutCallingKis() throws Exception {
        KisSettings s = settings(SandboxOptions.builder(), 18, Duration.ofSeconds(61));
        AccessTokenManager tokens = new AccessTokenManager(s, http, Clock.systemUTC());
        String first = tokens.token();
        tokens.invalidate(first);

        assertThatThrownBy(tokens::token)
                .isInstanceOf(KisApiException.class)
                .satisfies(e -> assertThat(((KisApiException) e).code()).isEqualTo("CLIENT_TOKEN_LIMIT"));
        assertThat(tokens.refusedByClientCount()).isEqualTo(1);
        assertThat(sandbox.stats().tokensIssued() + sandbox.stats().tokenRefusals())
                .isEqualTo(1);
    }

    @Test
    void shouldSurfaceEgw00133WhenKisRefusesAReissue() throws Exception {
        KisSettings s = settings(
                SandboxOptions.builder().tokenIssueMinInterval(Duration.ofMinutes(5)), 18, Duration.ofMillis(1));
        AccessTokenManager tokens = new AccessTokenManager(s, http, Clock.systemUTC());
        tokens.invalidate(tokens.token());
        await().pollDelay(Duration.ofMillis(5)).until(() -> true);

        assertThatThrownBy(tokens::token).isInstanceOf(KisApiException.class).satisfies(e -> {
            KisApiException k = (KisApiException) e;
            assertThat(k.code()).isEqualTo(KisErrorCodes.TOKEN_REISSUE_TOO_SOON);
            assertThat(k.httpStatus()).isEqualTo(403);
        });
        assertThat(sandbox.stats().tokenRefusals()).isEqualTo(1);
    }

    @Test
    void shouldNeverTripTheVenueLimitWhenTheClientLimitMatchesIt() throws Exception {
        KisSettings s = settings(SandboxOptions.builder(), 18, Duration.ofSeconds(61));
        KisRestClient rest = rest(s, new AccessTokenManager(s, http, Clock.systemUTC()), new CopyOnWriteArrayList<>());
        for (int i = 0; i < 45; i++) {
            rest.inquirePrice("000660");
        }
        assertThat(sandbox.stats().rateLimitRefusals()).isZero();
        assertThat(rest.stats().rateLimitHits()).isZero();
    }

    @Test
    void shouldRetryEgw00201AndStillAnswerEveryCall() throws Exception {
        KisSettings s = settings(SandboxOptions.builder().restCallsPerSecond(5), 50, Duration.ofSeconds(61));
        KisRestClient rest = rest(s, new AccessTokenManager(s, http, Clock.systemUTC()), new CopyOnWriteArrayList<>());
        int answered = 0;
        int failed = 0;
        for (int i = 0; i < 12; i++) {
            try {
                rest.inquirePrice("005930");
                answered++;
            } catch (KisApiException e) {
                assertThat(e.isRateLimit()).isTrue();
                failed++;
            }
        }
        assertThat(answered + failed).isEqualTo(12);
        assertThat(rest.stats().rateLimitHits())
                .isPositive()
                .isEqualTo(sandbox.stats().rateLimitRefusals());
        assertThat(rest.stats().retries()).isPositive();
        assertThat(rest.stats().failures()).isEqualTo(failed);
    }

    @Test
    void shouldRefreshAnExpiredTokenOnceAndRetry() throws Exception {
        KisSettings s = settings(
                SandboxOptions.builder()
                        .tokenLifetime(Duration.ofSeconds(1))
                        .tokenIssueMinInterval(Duration.ofMillis(1))
                        .tokenReuseWindow(Duration.ofMillis(1)),
                18,
                Duration.ofMillis(1),
                Duration.ofMillis(1));
        // a clock 2 s behind makes the manager trust a token the venue already considers expired
        Clock lagging = Clock.offset(Clock.systemUTC(), Duration.ofSeconds(-2));
        AccessTokenManager tokens = new AccessTokenManager(s, http, lagging);
        KisRestClient rest = rest(s, tokens, new CopyOnWriteArrayList<>());
        rest.inquirePrice("005930");
        Instant issued = Instant.now();
        await().atMost(Duration.ofSeconds(5)).until(() -> Instant.now().isAfter(issued.plusMillis(1_200)));

        rest.inquirePrice("005930");

        assertThat(rest.stats().expiredTokenHits()).isEqualTo(1);
        assertThat(tokens.issuedCount()).isEqualTo(2);
    }

    @Test
    void shouldReceiveFramesAnswerPingPongAndSeeTheFortySecondRegistrationRefused() throws Exception {
        KisSettings s =
                settings(SandboxOptions.builder().pingInterval(Duration.ofMillis(200)), 18, Duration.ofSeconds(61));
        String key = new ApprovalKeyClient(s, http).approvalKey();
        List<KisControlMessage> controls = new CopyOnWriteArrayList<>();
        AtomicLong records = new AtomicLong();
        KisStreamListener listener = new KisStreamListener() {
            @Override
            public String onRaw(String message, Instant receiveTime, long receivedAtNanos) {
                return null;
            }

            @Override
            public void onData(KisDataFrame frame, String rawRef, Instant receiveTime, long receivedAtNanos) {
                assertThat(frame.records()).allSatisfy(r -> assertThat(r).hasSize(KisFrameParser.TRADE_FIELDS));
                records.addAndGet(frame.count());
            }

            @Override
            public void onControl(KisControlMessage message) {
                controls.add(message);
            }

            @Override
            public void onMalformed(KisFrameParseException error, String rawRef) {}

            @Override
            public void onOpen() {}

            @Override
            public void onClosed(String reason) {}
        };
        List<String> symbols = sandbox.market().symbols().stream()
                .filter(i -> !i.halted())
                .map(i -> i.code())
                .limit(42)
                .toList();
        try (KisWebSocketSession session = new KisWebSocketSession(s.wsUrl(), key, listener, Clock.systemUTC())) {
            session.connect();
            for (String symbol : symbols) {
                session.subscribe(KisFrameParser.TRADE_TR, symbol);
            }
            await().atMost(Duration.ofSeconds(20))
                    .until(() -> controls.size() >= 42 && records.get() > 0 && session.pingPongsAnswered() > 0);
        }
        assertThat(controls.stream().filter(c -> c.msgCd().equals(KisControlMessage.SUBSCRIBED)))
                .hasSize(41);
        assertThat(controls.stream().filter(c -> c.msgCd().equals(KisControlMessage.MAX_SUBSCRIBE_OVER)))
                .singleElement()
                .satisfies(c -> assertThat(c.trKey()).isEqualTo(symbols.get(41)));
        assertThat(sandbox.stats().pingReplies()).isPositive();
    }
}
