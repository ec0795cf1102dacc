package io.stockobserver.provider.kis;

import java.time.Duration;
import java.util.Optional;

/** How this server reaches KIS (KIS_ENV, KIS_REST_URL, KIS_APP_KEY, …); read from MicroProfile Config. */
public interface KisConnectionSettings {
    KisEnvironment kisEnvironment();

    Optional<String> kisRestUrl();

    Optional<String> kisWsUrl();

    String kisAppKey();

    String kisAppSecret();

    int restCallsPerSecond(KisEnvironment effective);

    Duration restRateWindow();

    Duration tokenReissueMinInterval();

    Duration tokenRefreshBefore();

    Duration httpTimeout();

    int maxRetries();

    Duration retryBackoff();

    /** KIS_MASTER_URL: where the master files are downloaded, when not the environment's default. */
    Optional<String> masterUrl();
}
