package io.stockobserver.provider.kis;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * Everything the KIS adapter needs to know, resolved and validated once (the CDI producer reads it from
 * MicroProfile Config; tests build it directly). Settings and defaults are documented in docs/configuration.md.
 *
 * @param environment sandbox, paper or real
 * @param restUrl REST base URL (KIS_REST_URL or the environment's default)
 * @param wsUrl WebSocket URL (KIS_WS_URL or the environment's default)
 * @param credentials appkey/appsecret
 * @param restCallsPerSecond client-side limit shared by every REST caller of this appkey
 * @param restRateWindow the sliding window the limit applies to: a little over one second, because calls spaced
 *     exactly one second apart at the client can arrive closer together at the venue (network jitter)
 * @param tokenReissueMinInterval the client never calls tokenP more often than this (KIS: 1 per minute)
 * @param tokenRefreshBefore a cached token is renewed when it expires within this window
 * @param httpTimeout per-request timeout
 * @param maxRetries bounded retries for EGW00201, 5xx and time-outs
 * @param retryBackoff first back-off; doubled per retry
 */
public record KisSettings(
        KisEnvironment environment,
        URI restUrl,
        URI wsUrl,
        KisCredentials credentials,
        int restCallsPerSecond,
        Duration restRateWindow,
        Duration tokenReissueMinInterval,
        Duration tokenRefreshBefore,
        Duration httpTimeout,
        int maxRetries,
        Duration retryBackoff) {

    public KisSettings {
        Objects.requireNonNull(environment, "environment");
        Objects.requireNonNull(restUrl, "restUrl (KIS_REST_URL)");
        Objects.requireNonNull(wsUrl, "wsUrl (KIS_WS_URL)");
        Objects.requireNonNull(credentials, "credentials");
        requireScheme(restUrl, "KIS_REST_URL", "http", "https");
        requireScheme(wsUrl, "KIS_WS_URL", "ws", "wss");
        if (restCallsPerSecond < 1) {
            throw new IllegalArgumentException("KIS_REST_CALLS_PER_SECOND must be >= 1 but was " + restCallsPerSecond);
        }
        if (maxRetries < 0) {
            throw new IllegalArgumentException("KIS_MAX_RETRIES must be >= 0 but was " + maxRetries);
        }
        requirePositive(restRateWindow, "KIS_REST_RATE_WINDOW");
        if (restRateWindow.compareTo(Duration.ofSeconds(1)) < 0) {
            throw new IllegalArgumentException("KIS_REST_RATE_WINDOW must be at least PT1S but was " + restRateWindow);
        }
        requirePositive(tokenReissueMinInterval, "KIS_TOKEN_REISSUE_MIN_INTERVAL");
        requirePositive(tokenRefreshBefore, "KIS_TOKEN_REFRESH_BEFORE");
        requirePositive(httpTimeout, "KIS_HTTP_TIMEOUT");
        requirePositive(retryBackoff, "KIS_RETRY_BACKOFF");
    }

    /** Settings with the documented defaults for everything but the endpoints and credentials. */
    public static KisSettings withDefaults(KisEnvironment env, URI restUrl, URI wsUrl, KisCredentials credentials) {
        return new KisSettings(
                env,
                restUrl,
                wsUrl,
                credentials,
                env.defaultRestCallsPerSecond(),
                Duration.ofMillis(1_100),
                Duration.ofSeconds(61),
                Duration.ofMinutes(10),
                Duration.ofSeconds(10),
                3,
                Duration.ofMillis(200));
    }

    private static void requireScheme(URI uri, String name, String... schemes) {
        for (String s : schemes) {
            if (s.equalsIgnoreCase(uri.getScheme())) {
                return;
            }
        }
        throw new IllegalArgumentException(name + " must be a " + String.join("/", schemes) + " URL but was " + uri);
    }

    private static void requirePositive(Duration d, String name) {
        if (d == null || d.isNegative() || d.isZero()) {
            throw new IllegalArgumentException(name + " must be a positive duration but was " + d);
        }
    }
}
