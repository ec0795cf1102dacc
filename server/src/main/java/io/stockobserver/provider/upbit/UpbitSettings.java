package io.stockobserver.provider.upbit;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * Everything the Upbit adapter needs to know, resolved and validated once, so a settings object that exists is
 * usable. The names in the messages are the configuration names the CDI producer is expected to read them from.
 *
 * @param restUrl Quotation REST base URL (UPBIT_REST_URL, default {@value #DEFAULT_REST_URL})
 * @param wsUrl public WebSocket URL (UPBIT_WS_URL, default {@value #DEFAULT_WS_URL})
 * @param requestsPerGroup client-side budget per rate-limit group (market, ticker, orderbook, trade, candle) per
 *     {@code rateWindow}; Upbit allows 10 per second per group and IP (PROVIDERS_FACTS §1.2)
 * @param rateWindow the sliding window the budget applies to: a little over one second by default, because calls
 *     spaced exactly one second apart at the client can arrive closer together at the venue
 * @param tickerChunkSize markets per {@code /v1/ticker} call; Upbit documents no maximum, the public evidence points
 *     at 100 (PROVIDERS_FACTS §1.1)
 * @param httpTimeout per-request timeout
 * @param maxRetries bounded retries per call of 429 answers, 5xx answers and time-outs (0–20)
 * @param backoffInitial first back-off after a 429 or 5xx; doubled per retry
 * @param backoffMax the back-off never grows beyond this
 * @param blockFallback how long the client stops calling after a 418 whose answer does not say how long the block
 *     lasts (the venue documents that it "returns the block duration" but not how)
 * @param pingInterval how often the WebSocket session sends its keep-alive; the venue closes idle sockets after
 *     60–120 s (UPROBE saw ~60.5 s), so at most 50 s
 * @param idleLimit inbound silence (no frame, no pong) after which the session gives up and closes itself, because a
 *     socket the venue dropped without a close frame otherwise looks open forever; longer than {@code pingInterval}
 */
public record UpbitSettings(
        URI restUrl,
        URI wsUrl,
        int requestsPerGroup,
        Duration rateWindow,
        int tickerChunkSize,
        Duration httpTimeout,
        int maxRetries,
        Duration backoffInitial,
        Duration backoffMax,
        Duration blockFallback,
        Duration pingInterval,
        Duration idleLimit) {

    public static final String DEFAULT_REST_URL = "https://api.upbit.com";
    public static final String DEFAULT_WS_URL = "wss://api.upbit.com/websocket/v1";
    /** Markets per {@code /v1/ticker} call: Upbit documents no maximum; 100 is the evidence-backed safe size. */
    public static final int DEFAULT_TICKER_CHUNK = 100;
    /** The longest keep-alive interval that still beats the shortest idle close seen on the wire (~60 s). */
    static final Duration MAX_PING_INTERVAL = Duration.ofSeconds(50);

    public UpbitSettings {
        Objects.requireNonNull(restUrl, "restUrl (UPBIT_REST_URL)");
        Objects.requireNonNull(wsUrl, "wsUrl (UPBIT_WS_URL)");
        requireScheme(restUrl, "UPBIT_REST_URL", "http", "https");
        requireScheme(wsUrl, "UPBIT_WS_URL", "ws", "wss");
        requireRange(requestsPerGroup, "UPBIT_REQUESTS_PER_GROUP", 1, 10);
        requirePositive(rateWindow, "UPBIT_RATE_WINDOW");
        if (rateWindow.compareTo(Duration.ofSeconds(1)) < 0) {
            throw new IllegalArgumentException("UPBIT_RATE_WINDOW must be at least PT1S but was " + rateWindow);
        }
        requireRange(tickerChunkSize, "UPBIT_TICKER_CHUNK_SIZE", 1, 200);
        requirePositive(httpTimeout, "UPBIT_HTTP_TIMEOUT");
        requireRange(maxRetries, "UPBIT_MAX_RETRIES", 0, 20);
        requirePositive(backoffInitial, "UPBIT_BACKOFF_INITIAL");
        requirePositive(backoffMax, "UPBIT_BACKOFF_MAX");
        if (backoffMax.compareTo(backoffInitial) < 0) {
            throw new IllegalArgumentException("UPBIT_BACKOFF_MAX (" + backoffMax
                    + ") must not be shorter than UPBIT_BACKOFF_INITIAL (" + backoffInitial + ")");
        }
        requirePositive(blockFallback, "UPBIT_BLOCK_FALLBACK");
        requirePositive(pingInterval, "UPBIT_PING_INTERVAL");
        if (pingInterval.compareTo(MAX_PING_INTERVAL) > 0) {
            throw new IllegalArgumentException("UPBIT_PING_INTERVAL must be at most " + MAX_PING_INTERVAL
                    + " (the venue closes idle sockets after ~60 s) but was " + pingInterval);
        }
        requirePositive(idleLimit, "UPBIT_IDLE_LIMIT");
        if (idleLimit.compareTo(pingInterval) <= 0) {
            throw new IllegalArgumentException("UPBIT_IDLE_LIMIT (" + idleLimit
                    + ") must be longer than UPBIT_PING_INTERVAL (" + pingInterval
                    + "): a pong is only expected once per ping");
        }
    }

    /** The venue's endpoints with the documented defaults. */
    public static UpbitSettings defaults() {
        return withDefaults(URI.create(DEFAULT_REST_URL), URI.create(DEFAULT_WS_URL));
    }

    /**
     * Settings with the documented defaults for everything but the endpoints: 10 requests per group per 1.1 s,
     * chunks of 100 markets, 10 s HTTP timeout, 3 retries, back-off 0.2 s doubling to 5 s, 60 s block fallback, ping
     * every 30 s, idle limit 90 s (three missed pongs).
     */
    public static UpbitSettings withDefaults(URI restUrl, URI wsUrl) {
        return new UpbitSettings(
                restUrl,
                wsUrl,
                10,
                Duration.ofMillis(1_100),
                DEFAULT_TICKER_CHUNK,
                Duration.ofSeconds(10),
                3,
                Duration.ofMillis(200),
                Duration.ofSeconds(5),
                Duration.ofSeconds(60),
                Duration.ofSeconds(30),
                Duration.ofSeconds(90));
    }

    private static void requireScheme(URI uri, String name, String... schemes) {
        for (String s : schemes) {
            if (s.equalsIgnoreCase(uri.getScheme())) {
                return;
            }
        }
        throw new IllegalArgumentException(name + " must be a " + String.join("/", schemes) + " URL but was " + uri);
    }

    private static void requireRange(int value, String name, int min, int max) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(name + " must be " + min + ".." + max + " but was " + value);
        }
    }

    private static void requirePositive(Duration d, String name) {
        if (d == null || d.isNegative() || d.isZero()) {
            throw new IllegalArgumentException(name + " must be a positive duration but was " + d);
        }
    }
}
