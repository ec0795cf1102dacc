package io.stockobserver.collect;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import io.stockobserver.app.TestServices;
import io.stockobserver.pipeline.FieldValueException;
import io.stockobserver.pipeline.Observation;
import io.stockobserver.pipeline.ObservationPipeline;
import io.stockobserver.provider.kis.AccessTokenManager;
import io.stockobserver.provider.kis.KisApiException;
import io.stockobserver.provider.kis.KisCredentials;
import io.stockobserver.provider.kis.KisEnvironment;
import io.stockobserver.provider.kis.KisRestClient;
import io.stockobserver.provider.kis.KisRestResponse;
import io.stockobserver.provider.kis.KisSettings;
import io.stockobserver.provider.kis.KisSnapshotSource;
import io.stockobserver.provider.kis.RestRateLimiter;
import io.stockobserver.provider.kis.SwingSnapshotMapper;
import io.stockobserver.sandbox.KisSandbox;
import io.stockobserver.sandbox.SandboxOptions;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterProperty;
import net.jqwik.api.lifecycle.BeforeProperty;
import net.jqwik.api.statistics.Statistics;

/**
 * Mutated KIS REST answers, built from the sandbox's real-format answers (inquire-price, intstock-multprice, tokenP),
 * served over HTTP to the production client: through the client's parsing, the token manager, the Track A mappers,
 * the application's pipeline and a whole Track A cycle. Only {@link KisApiException}, {@link FieldValueException}
 * and pipeline rejections may come out; a cycle never fails for an unexpected reason; every archived line reads
 * with Jackson's default limits.
 */
class HostileRestBodyPropertiesTest {
    private static final String INQUIRE = "/uapi/domestic-stock/v1/quotations/inquire-price";
    private static final String MULTI = "/uapi/domestic-stock/v1/quotations/intstock-multprice";
    private static final String TOKEN = "/oauth2/tokenP";
    private static final KisCredentials CREDENTIALS =
            new KisCredentials("TEST0000-0000-4000-8000-000000000004", "test-secret-".repeat(15));

    private final AtomicReference<BodyMutation.Answer> quotation = new AtomicReference<>();
    private final AtomicReference<BodyMutation.Answer> token = new AtomicReference<>();
    private BodyMutation.Answer inquireAnswer;
    private BodyMutation.Answer multiAnswer;
    private BodyMutation.Answer tokenAnswer;
    private List<String> symbols;
    private Path dir;
    private TestServices services;
    private HttpServer venue;
    private KisSettings settings;
    private HttpClient http;
    private KisRestClient rest;
    private ObservationPipeline pipeline;
    private final SwingSnapshotMapper mapper = new SwingSnapshotMapper("kis", "kr_stocks");
    private SwingCycleRunner singleRunner;
    private SwingCycleRunner multiRunner;
    private Instant origin;
    private long tries;

    @BeforeProperty
    void start() throws Exception {
        recordSandboxAnswers();
        dir = Files.createTempDirectory("hostile-rest");
        services = TestServices.start(dir);
        venue = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        venue.createContext(INQUIRE, exchange -> answer(exchange, quotation.get()));
        venue.createContext(MULTI, exchange -> answer(exchange, quotation.get()));
        venue.createContext(TOKEN, exchange -> answer(exchange, token.get()));
        venue.start();
        URI base = URI.create("http://127.0.0.1:" + venue.getAddress().getPort());
        KisSettings d =
                KisSettings.withDefaults(KisEnvironment.SANDBOX, base, URI.create("ws://127.0.0.1:9"), CREDENTIALS);
        // one retry 1 ms later and a token re-issue allowed at once: a try never waits on the venue's limits
        settings = new KisSettings(
                d.environment(),
                d.restUrl(),
                d.wsUrl(),
                d.credentials(),
                100_000,
                d.restRateWindow(),
                Duration.ofMillis(1),
                d.tokenRefreshBefore(),
                Duration.ofSeconds(10),
                1,
                Duration.ofMillis(1));
        http = HttpClient.newHttpClient();
        token.set(tokenAnswer);
        var archive = services.archive();
        Clock clock = archive.clock();
        rest = new KisRestClient(
                settings,
                http,
                new AccessTokenManager(settings, http, clock),
                new RestRateLimiter(settings.restCallsPerSecond(), settings.restRateWindow()),
                (channel, body, t, n) -> { // journaled before parsing, as the gateway wires it
                    var ref = archive.rawJournal().journal("kis", channel, body, t, n);
                    return ref.journaled() ? ref.toString() : null;
                },
                clock);
        pipeline = services.pipeline();
        singleRunner = new SwingCycleRunner(
                new KisSnapshotSource(rest, false, 18, mapper), pipeline, archive.gaps(), archive.events(), clock);
        multiRunner = new SwingCycleRunner(
                new KisSnapshotSource(rest, true, 18, mapper), pipeline, archive.gaps(), archive.events(), clock);
        origin = Instant.now().minus(Duration.ofHours(6)).truncatedTo(java.time.temporal.ChronoUnit.HOURS);
    }

    /** The sandbox's answers for a few listings: the real-format bodies every try starts from. */
    private void recordSandboxAnswers() throws Exception {
        // two issuances in a row: the venue's one-a-minute limit is lifted, it is not what is recorded here
        try (KisSandbox sandbox = KisSandbox.start(SandboxOptions.builder()
                .tokenIssueMinInterval(Duration.ofMillis(1))
                .build())) {
            symbols = sandbox.market().symbols().stream()
                    .filter(i -> !i.halted())
                    .map(i -> i.code())
                    .limit(3)
                    .toList();
            KisSettings s = KisSettings.withDefaults(
                    KisEnvironment.SANDBOX, sandbox.restBaseUrl(), sandbox.wsUrl(), CREDENTIALS);
            HttpClient client = HttpClient.newHttpClient();
            KisRestClient sandboxRest = new KisRestClient(
                    s,
                    client,
                    new AccessTokenManager(s, client, Clock.systemUTC()),
                    new RestRateLimiter(s.restCallsPerSecond(), s.restRateWindow()),
                    null,
                    Clock.systemUTC());
            inquireAnswer = new BodyMutation.Answer(
                    200, sandboxRest.inquirePrice(symbols.get(0)).body());
            multiAnswer =
                    new BodyMutation.Answer(200, sandboxRest.multiPrice(symbols).body());
            String request = "{\"grant_type\":\"client_credentials\",\"appkey\":\"" + CREDENTIALS.appKey()
                    + "\",\"appsecret\":\"" + CREDENTIALS.appSecret() + "\"}";
            HttpResponse<String> issued = client.send(
                    HttpRequest.newBuilder(sandbox.restBaseUrl().resolve(TOKEN))
                            .header("content-type", "application/json; charset=utf-8")
                            .POST(HttpRequest.BodyPublishers.ofString(request))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(issued.statusCode()).isEqualTo(200);
            tokenAnswer = new BodyMutation.Answer(200, issued.body());
        }
    }

    private static void answer(com.sun.net.httpserver.HttpExchange exchange, BodyMutation.Answer a) throws IOException {
        try (exchange) {
            exchange.getRequestBody().readAllBytes();
            byte[] b = a.body().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("content-type", "application/json; charset=utf-8");
            boolean noBody = a.status() == 204 || b.length == 0;
            exchange.sendResponseHeaders(a.status(), noBody ? -1 : b.length);
            if (!noBody) {
                exchange.getResponseBody().write(b);
            }
        }
    }

    @AfterProperty
    void stop() throws Exception {
        try {
            assertThat(services.archive().writer().flush(Duration.ofSeconds(30)))
                    .isTrue();
            assertThat(StandardJsonReader.assertEveryLineReadable(dir)).isPositive();
            assertThat(pipeline.stats().rejectedByReason()).doesNotContainKey("validation:unencodable");
            if (tries > 0) { // a quotation property: some mutated answers must still make records
                assertThat(pipeline.stats().acceptedTotal())
                        .as("records archived from the mutated answers; rejections "
                                + pipeline.stats().rejectedByReason())
                        .isPositive();
            }
        } finally {
            venue.stop(0);
            services.close();
            StandardJsonReader.delete(dir);
        }
    }

    private static BodyMutation.Answer mutate(BodyMutation.Answer base, List<BodyMutation> mutations) {
        BodyMutation.Answer a = base;
        for (BodyMutation m : mutations) {
            a = m.apply(a);
        }
        return a;
    }

    @Provide
    Arbitrary<List<BodyMutation>> mutations() {
        return BodyMutation.sequences();
    }

    /** The next cycle instant: one per try, so no try's record is a duplicate of the one before. */
    private Instant nextCycle() {
        return origin.plusSeconds(++tries);
    }

    @Property(tries = 1500)
    void aMutatedInquirePriceAnswerBecomesARecordOrATypedRejection(@ForAll("mutations") List<BodyMutation> mutations)
            throws Exception {
        quotation.set(mutate(inquireAnswer, mutations));
        String symbol = symbols.get(0);
        Instant cycle = nextCycle();
        String cycleId = "p" + tries;
        try {
            KisRestResponse r = rest.inquirePrice(symbol);
            Observation o = mapper.map(symbol, cycleId, cycle, r);
            Statistics.label("answer").collect(pipeline.observe(o));
        } catch (KisApiException e) {
            Statistics.label("answer").collect("venue error");
        } catch (FieldValueException e) {
            Statistics.label("answer").collect("refused: " + e.problem());
        }
        long unexpected = singleRunner.unexpectedFailures();
        var result = singleRunner.run(cycleId + "c", cycle.plusMillis(500), List.of(symbol), Duration.ZERO);
        assertThat(result.attempted()).isEqualTo(1);
        assertThat(singleRunner.unexpectedFailures())
                .as("Track A batches failed unexpectedly")
                .isEqualTo(unexpected);
    }

    @Property(tries = 1000)
    void aMutatedMultiPriceAnswerBecomesRecordsOrTypedRejections(@ForAll("mutations") List<BodyMutation> mutations)
            throws Exception {
        quotation.set(mutate(multiAnswer, mutations));
        Instant cycle = nextCycle();
        String cycleId = "m" + tries;
        try {
            KisRestResponse r = rest.multiPrice(symbols);
            JsonNode output = r.json().get("output");
            if (output != null && output.isArray()) {
                for (int i = 0; i < output.size(); i++) {
                    JsonNode element = output.get(i);
                    String symbol = SwingSnapshotMapper.multiSymbol(element);
                    try {
                        Observation o = mapper.mapMulti(
                                symbol == null || symbol.isBlank() ? symbols.get(i % symbols.size()) : symbol,
                                cycleId,
                                cycle,
                                r,
                                element);
                        Statistics.label("element").collect(pipeline.observe(o));
                    } catch (FieldValueException e) {
                        Statistics.label("element").collect("refused: " + e.problem());
                    }
                }
            }
        } catch (KisApiException e) {
            Statistics.label("element").collect("venue error");
        }
        long unexpected = multiRunner.unexpectedFailures();
        var result = multiRunner.run(cycleId + "c", cycle.plusMillis(500), symbols, Duration.ZERO);
        assertThat(result.attempted()).isEqualTo(symbols.size());
        assertThat(multiRunner.unexpectedFailures())
                .as("Track A batches failed unexpectedly")
                .isEqualTo(unexpected);
    }

    /**
     * The sandbox's tokenP answer or one of its two partial forms (the expiry only as a KST time, or only as
     * {@code expires_in} seconds, which the manager then trusts), one of its fields set to hostile text, then up to
     * two further mutations.
     */
    @Provide
    Arbitrary<BodyMutation.Answer> tokenAnswers() {
        List<String> fields = List.of("access_token", "access_token_token_expired", "token_type", "expires_in");
        return net.jqwik.api.Combinators.combine(
                        net.jqwik.api.Arbitraries.of(
                                tokenAnswer,
                                without(tokenAnswer, "expires_in"),
                                without(tokenAnswer, "access_token_token_expired")),
                        net.jqwik.api.Arbitraries.of(fields),
                        HostileText.values(),
                        BodyMutation.sequences().list().ofMaxSize(1))
                .as((base, field, value, more) -> {
                    BodyMutation.Answer a = with(base, field, value);
                    return more.isEmpty()
                            ? a
                            : mutate(
                                    a,
                                    more.get(0)
                                            .subList(0, Math.min(2, more.get(0).size())));
                });
    }

    private static BodyMutation.Answer without(BodyMutation.Answer a, String field) {
        return edit(a, json -> json.remove(field));
    }

    private static BodyMutation.Answer with(BodyMutation.Answer a, String field, String value) {
        return edit(a, json -> {
            if (json.has(field)) {
                json.put(field, value);
            }
        });
    }

    private static BodyMutation.Answer edit(
            BodyMutation.Answer a, java.util.function.Consumer<com.fasterxml.jackson.databind.node.ObjectNode> change) {
        try {
            var json = (com.fasterxml.jackson.databind.node.ObjectNode)
                    new com.fasterxml.jackson.databind.ObjectMapper().readTree(a.body());
            change.accept(json);
            return a.withBody(json.toString());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Property(tries = 2000)
    void aMutatedTokenAnswerIsKeptOnlyWhenWholeAndIsOtherwiseATypedError(
            @ForAll("tokenAnswers") BodyMutation.Answer answer) throws Exception {
        token.set(answer);
        AccessTokenManager tokens = new AccessTokenManager(settings, http, Clock.systemUTC());
        try {
            String t = tokens.token();
            assertThat(t).isNotBlank().doesNotContain(" ", "\r", "\n");
            assertThat(tokens.hasToken()).isTrue();
            Statistics.label("token").collect("kept");
        } catch (KisApiException e) {
            assertThat(tokens.hasToken()).isFalse();
            Statistics.label("token").collect("refused: " + e.code());
        } finally {
            token.set(tokenAnswer);
        }
    }
}
