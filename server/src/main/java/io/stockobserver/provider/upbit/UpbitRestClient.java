package io.stockobserver.provider.upbit;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;

/**
 * Quotation calls to the Upbit REST API (no authentication): the market list and tickers, through the shared
 * {@link UpbitRateLimiter}. Each answer body, whatever its status, is handed to the {@link RawResponseJournal} before
 * it is parsed, so the raw input of every observation (and the evidence of every refusal) is kept even when parsing
 * fails.
 *
 * <p>Retry policy: 429 is retried by the limiter; 5xx and calls without an answer (time-out, refused, reset) are
 * retried here up to {@code maxRetries} with the same doubling back-off; other 4xx (such as {@code 404 Code not
 * found}) are the caller's mistake and fail at once.
 */
public final class UpbitRestClient {
    public static final String MARKETS_PATH = "/v1/market/all";
    public static final String TICKER_PATH = "/v1/ticker";
    /** Upper-case pair codes only: Upbit silently ignores lower-case codes, and the code goes into the URL as is. */
    static final Pattern MARKET_CODE = Pattern.compile("[A-Z0-9]{1,16}-[A-Z0-9]{1,32}");

    /** Receives every response body before parsing; returns the raw reference (e.g. {@code raw/upbit/…:12}). */
    @FunctionalInterface
    public interface RawResponseJournal {
        String journal(String channel, String body, Instant receiveTime, long receivedAtNanos);
    }

    private final UpbitSettings settings;
    private final HttpClient http;
    private final UpbitRateLimiter limiter;
    private final RawResponseJournal journal;
    private final Clock clock;
    private final UpbitRateLimiter.Sleeper sleeper;
    private final AtomicLong transientRetries = new AtomicLong();
    private final AtomicLong failures = new AtomicLong();

    /** A client that sleeps the calling thread between retries. */
    public UpbitRestClient(
            UpbitSettings settings,
            HttpClient http,
            UpbitRateLimiter limiter,
            RawResponseJournal journal,
            Clock clock) {
        this(settings, http, limiter, journal, clock, d -> Thread.sleep(d.toMillis()));
    }

    public UpbitRestClient(
            UpbitSettings settings,
            HttpClient http,
            UpbitRateLimiter limiter,
            RawResponseJournal journal,
            Clock clock,
            UpbitRateLimiter.Sleeper sleeper) {
        this.settings = settings;
        this.http = http;
        this.limiter = limiter;
        this.journal = journal;
        this.clock = clock;
        this.sleeper = sleeper;
    }

    /** Every trading pair with its warning and caution flags ({@code GET /v1/market/all?is_details=true}). */
    public List<UpbitMarketInfo> markets() throws UpbitApiException, InterruptedException {
        UpbitRestResponse r = get(MARKETS_PATH, "is_details=true", UpbitRateGroup.MARKET);
        JsonNode body = requireArray(r);
        List<UpbitMarketInfo> out = new ArrayList<>(body.size());
        for (int i = 0; i < body.size(); i++) {
            out.add(marketInfo(r, body.get(i), i));
        }
        return out;
    }

    /**
     * Tickers of {@code markets} ({@code GET /v1/ticker?markets=…}), one answer per chunk of {@code tickerChunkSize}
     * markets in request order; duplicates are asked once. Fails on the first chunk that fails: callers that want
     * the other chunks anyway call {@link #ticker(List)} per element of {@link #tickerChunks(List)}.
     */
    public List<UpbitRestResponse> tickers(List<String> markets) throws UpbitApiException, InterruptedException {
        List<List<String>> chunks = tickerChunks(markets);
        List<UpbitRestResponse> out = new ArrayList<>(chunks.size());
        for (List<String> chunk : chunks) {
            out.add(ticker(chunk));
        }
        return out;
    }

    /** {@code markets} without duplicates, cut into chunks of at most {@code tickerChunkSize}. */
    public List<List<String>> tickerChunks(List<String> markets) {
        List<String> distinct = List.copyOf(new LinkedHashSet<>(markets));
        for (String m : distinct) {
            requireMarketCode(m);
        }
        List<List<String>> chunks = new ArrayList<>();
        for (int i = 0; i < distinct.size(); i += settings.tickerChunkSize()) {
            chunks.add(distinct.subList(i, Math.min(distinct.size(), i + settings.tickerChunkSize())));
        }
        return chunks;
    }

    /** One {@code /v1/ticker} call for 1..{@code tickerChunkSize} markets; the body is an array of tickers. */
    public UpbitRestResponse ticker(List<String> chunk) throws UpbitApiException, InterruptedException {
        if (chunk.isEmpty() || chunk.size() > settings.tickerChunkSize()) {
            throw new IllegalArgumentException(
                    "a ticker call takes 1.." + settings.tickerChunkSize() + " markets, got " + chunk.size());
        }
        chunk.forEach(UpbitRestClient::requireMarketCode);
        UpbitRestResponse r = get(TICKER_PATH, "markets=" + String.join(",", chunk), UpbitRateGroup.TICKER);
        requireArray(r);
        return r;
    }

    /**
     * A GET with retries of 5xx and missing answers; {@code query} must already be URL-safe. Throws when the venue
     * answered an error, a body that is not JSON, or nothing, after all retries.
     */
    public UpbitRestResponse get(String path, String query, UpbitRateGroup group)
            throws UpbitApiException, InterruptedException {
        String target = query == null || query.isEmpty() ? path : path + "?" + query;
        for (int attempt = 0; ; attempt++) {
            try {
                return interpret(limiter.execute(group, () -> exchange(target, group)), group);
            } catch (UpbitApiException e) {
                boolean retryable =
                        e.kind() == UpbitApiException.Kind.SERVER_ERROR || e.kind() == UpbitApiException.Kind.IO;
                if (!retryable || attempt >= settings.maxRetries()) {
                    failures.incrementAndGet();
                    throw e;
                }
                transientRetries.incrementAndGet();
                sleeper.sleep(limiter.backoff(attempt));
            }
        }
    }

    /** 5xx answers and calls without an answer that were retried (429 retries are the limiter's). */
    public long transientRetries() {
        return transientRetries.get();
    }

    /** Calls that failed after all retries, including venue errors and unreadable bodies. */
    public long failures() {
        return failures.get();
    }

    private UpbitHttpAnswer exchange(String target, UpbitRateGroup group)
            throws UpbitApiException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(settings.restUrl().resolve(target))
                .timeout(settings.httpTimeout())
                .header("accept", "application/json")
                .GET()
                .build();
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (HttpTimeoutException e) {
            throw new UpbitApiException(group, "timed out: " + target, e);
        } catch (IOException e) {
            throw new UpbitApiException(group, "request failed: " + target + ": " + e.getMessage(), e);
        }
        Instant receiveTime = clock.instant();
        long receivedAt = System.nanoTime();
        String body = response.body();
        String rawRef = journal == null ? null : journal.journal("rest:" + target, body, receiveTime, receivedAt);
        return new UpbitHttpAnswer(
                response.statusCode(),
                response.headers().firstValue("Remaining-Req").orElse(null),
                response.headers().firstValue("Retry-After").orElse(null),
                body,
                receiveTime,
                receivedAt,
                rawRef);
    }

    private static UpbitRestResponse interpret(UpbitHttpAnswer a, UpbitRateGroup group) throws UpbitApiException {
        int status = a.status();
        JsonNode json = parseOrNull(a.body());
        Optional<UpbitErrorBody> error = UpbitErrorBody.of(json);
        String name = error.map(UpbitErrorBody::name).orElse("HTTP_" + status);
        String text =
                error.map(UpbitErrorBody::message).orElse(json == null ? UpbitApiException.excerpt(a.body()) : "");
        if (status >= 500) {
            throw new UpbitApiException(UpbitApiException.Kind.SERVER_ERROR, group, status, name, text);
        }
        if (status < 200 || status >= 300 || error.isPresent()) {
            throw new UpbitApiException(UpbitApiException.Kind.VENUE_ERROR, group, status, name, text);
        }
        if (json == null) {
            throw new UpbitApiException(UpbitApiException.Kind.MALFORMED, group, status, "NOT_JSON", text);
        }
        return new UpbitRestResponse(a.receiveTime(), a.receivedAtNanos(), a.rawRef(), json, status, group);
    }

    /**
     * The parsed body, or null when it is not JSON: a plain-text 429, a proxy's HTML page or garbage, which the
     * caller judges by status (the body itself is already in the raw journal).
     */
    private static JsonNode parseOrNull(String body) {
        try {
            return UpbitJson.parse(body);
        } catch (IOException e) {
            return null;
        }
    }

    private JsonNode requireArray(UpbitRestResponse r) throws UpbitApiException {
        if (!r.body().isArray()) {
            throw malformed(
                    r, "NOT_AN_ARRAY", "expected a JSON array, got " + r.body().getNodeType());
        }
        return r.body();
    }

    private UpbitMarketInfo marketInfo(UpbitRestResponse r, JsonNode e, int index) throws UpbitApiException {
        String market = e.isObject() ? UpbitJson.text(e, "market") : null;
        if (market == null || market.isBlank()) {
            throw malformed(r, "NO_MARKET", "element " + index + " has no market: " + e);
        }
        JsonNode event = e.get("market_event");
        boolean warning = "CAUTION".equals(UpbitJson.text(e, "market_warning")); // the older spelling
        Set<String> cautions = new LinkedHashSet<>();
        if (event != null && event.isObject()) {
            warning |= event.path("warning").asBoolean(false);
            JsonNode caution = event.get("caution");
            if (caution != null && caution.isObject()) {
                Iterator<Map.Entry<String, JsonNode>> it = caution.fields();
                while (it.hasNext()) {
                    Map.Entry<String, JsonNode> c = it.next();
                    if (c.getValue().asBoolean(false)) {
                        cautions.add(c.getKey());
                    }
                }
            }
        }
        return new UpbitMarketInfo(
                market, UpbitJson.text(e, "korean_name"), UpbitJson.text(e, "english_name"), warning, cautions);
    }

    private UpbitApiException malformed(UpbitRestResponse r, String name, String detail) {
        failures.incrementAndGet();
        return new UpbitApiException(UpbitApiException.Kind.MALFORMED, r.group(), r.status(), name, detail);
    }

    private static void requireMarketCode(String market) {
        if (market == null || !MARKET_CODE.matcher(market).matches()) {
            throw new IllegalArgumentException(
                    "not an upper-case Upbit pair code such as KRW-BTC: '" + UpbitApiException.excerpt(market) + "'");
        }
    }
}
