package io.stockobserver.app;

import io.stockobserver.calendar.FallbackCalendar;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.config.Config;

/**
 * Reads every observer setting once, before anything starts, and says in one line per bad setting what is wrong:
 * the setting's name, the value it has (never for a secret) and what is allowed. The caller (the configuration bean)
 * logs the lines first and stops the process (docs/configuration.md, "Invalid settings").
 */
final class SettingsCheck {
    /** One bad setting. */
    record Problem(String setting, String value, String message) {
        /** {@code OBSERVER_FSYNC_MS='-1': must be an integer in [0, 60000] but was '-1'}. */
        String line() {
            String shown = secret(setting) ? "(secret)" : "'" + value + "'";
            String m = message.startsWith(setting)
                    ? message.substring(setting.length()).trim()
                    : message;
            return setting + "=" + shown + ": " + m;
        }
    }

    private SettingsCheck() {}

    /** Every bad setting of {@code c}, in the order of docs/configuration.md; empty when all are valid. */
    static List<Problem> problems(ObserverConfig c, Config raw) {
        Map<String, Runnable> checks = new LinkedHashMap<>();
        checks.put("OBSERVER_PROVIDER", c::venue);
        checks.put("KIS_ENV", c::kisEnvironment);
        checks.put("KIS_REST_URL", () -> c.kisRestUrl().ifPresent(u -> url(u, "http", "https")));
        checks.put("KIS_WS_URL", () -> c.kisWsUrl().ifPresent(u -> url(u, "ws", "wss")));
        checks.put("KIS_APP_KEY", c::kisAppKey);
        checks.put("KIS_APP_SECRET", c::kisAppSecret);
        checks.put("SANDBOX_VENUE_PROFILE", c::sandboxPaperProfile);
        checks.put("KIS_REST_CALLS_PER_SECOND", () -> c.restCallsPerSecond(c.kisEnvironment()));
        checks.put("KIS_REST_RATE_WINDOW", c::restRateWindow);
        checks.put("KIS_TOKEN_REISSUE_MIN_INTERVAL", c::tokenReissueMinInterval);
        checks.put("KIS_TOKEN_REFRESH_BEFORE", c::tokenRefreshBefore);
        checks.put("KIS_HTTP_TIMEOUT", c::httpTimeout);
        checks.put("KIS_MAX_RETRIES", c::maxRetries);
        checks.put("KIS_RETRY_BACKOFF", c::retryBackoff);
        checks.put("UPBIT_ENV", c::upbitEnvironment);
        checks.put("UPBIT_REST_URL", () -> c.upbitRestUrl().ifPresent(u -> url(u, "http", "https")));
        checks.put("UPBIT_WS_URL", () -> c.upbitWsUrl().ifPresent(u -> url(u, "ws", "wss")));
        checks.put("KIS_MASTER_URL", () -> c.masterUrl().ifPresent(u -> url(u, "http", "https", "file")));
        checks.put("OBSERVER_DATA_DIR", () -> writableDirectory(c.dataDir()));
        checks.put("OBSERVER_DB_EMBEDDED_PORT", c::embeddedDatabasePort);
        checks.put("OBSERVER_DB_URL", c::databaseUrl);
        checks.put("OBSERVER_DB_REQUIRED", c::databaseRequired);
        checks.put("OBSERVER_DB_SINK", c::dbSinkEnabled);
        checks.put("OBSERVER_DB_SINK_BATCH", c::dbSinkBatch);
        checks.put("OBSERVER_DB_SINK_QUEUE", c::dbSinkQueue);
        checks.put("OBSERVER_ETL_AT", c::etlAt);
        checks.put("OBSERVER_ETL_CATCH_UP_AFTER", c::etlCatchUpDelay);
        checks.put("OBSERVER_BATCH_REST_API", c::batchRestApi);
        checks.put("OBSERVER_SYMBOLS", c::watchList);
        checks.put("OBSERVER_SCALP_PINS", c::scalpPins);
        checks.put("OBSERVER_SLOT_REGISTRATIONS", c::slotRegistrations);
        checks.put("OBSERVER_SLOT_MIN_HOLD", c::slotPolicy);
        checks.put("OBSERVER_SLOT_DECIDE_EVERY", c::slotDecideEvery);
        checks.put("OBSERVER_CANDIDATE_SWEEP", c::candidateSweepEvery);
        checks.put("OBSERVER_CANDIDATE_RANKING", c::candidateRankingEvery);
        checks.put("OBSERVER_CANDIDATE_RECENT", c::activitySettings);
        checks.put("OBSERVER_RETENTION_DAYS", c::retentionPolicy);
        checks.put("OBSERVER_DISK_WARN", c::diskWarn);
        checks.put("OBSERVER_DISK_CRITICAL", c::diskCritical);
        checks.put("OBSERVER_RETENTION_AT", c::retentionAt);
        checks.put("OBSERVER_BACKUP_AT", c::backupAt);
        checks.put("OBSERVER_BACKUP_CATCH_UP_AFTER", c::backupCatchUpDelay);
        checks.put("OBSERVER_UNIVERSE_MIN_PRICE", c::universeMinPrice);
        checks.put("OBSERVER_UNIVERSE_MIN_TURNOVER", c::universeMinTurnover);
        checks.put("OBSERVER_UNIVERSE_GROUPS", c::universeGroups);
        checks.put("OBSERVER_UNIVERSE_EXCLUDE", c::universeExclusions);
        checks.put("OBSERVER_UNIVERSE_BUILD_AT", c::universeBuildAt);
        checks.put("OBSERVER_HOLIDAYS", () -> FallbackCalendar.parse(c.holidays()));
        checks.put("OBSERVER_MARKET_HOURS", c::marketHours);
        checks.put("OBSERVER_SWING_WINDOW", c::swingWindow);
        checks.put("OBSERVER_SCALP_WINDOW", c::scalpWindow);
        checks.put("OBSERVER_SWING_INTERVAL", c::swingInterval);
        checks.put("OBSERVER_FSYNC_MS", c::fsyncInterval);
        checks.put("OBSERVER_QUEUE_CAPACITY", c::queueCapacity);
        checks.put("OBSERVER_SCALP_SEGMENT", c::scalpSegment);
        checks.put("OBSERVER_SCALP_STALE_AFTER", c::scalpStaleAfter);
        checks.put("OBSERVER_WS_STALE_AFTER", c::wsStaleAfter);
        checks.put("OBSERVER_SCALP_PAUSE_AFTER", c::scalpPauseAfter);
        checks.put("OBSERVER_MITIGATION_WINDOW", c::mitigationWindow);
        checks.put("OBSERVER_RECONNECT_SCALE", c::reconnectScale);
        checks.put("SANDBOX_SEED", c::sandboxSeed);
        List<Problem> out = new ArrayList<>();
        for (Map.Entry<String, Runnable> e : checks.entrySet()) {
            try {
                e.getValue().run();
            } catch (RuntimeException failure) {
                String setting = named(e.getKey(), failure.getMessage());
                Problem p = new Problem(setting, value(raw, setting), String.valueOf(failure.getMessage()));
                if (!out.contains(p)) { // settings read through a bad one (KIS_ENV) repeat its failure
                    out.add(p);
                }
            }
        }
        return out;
    }

    /** The setting a message names (e.g. OBSERVER_CANDIDATE_SPACING checked with the window), else the one checked. */
    private static String named(String checked, String message) {
        if (message != null) {
            int end = 0;
            while (end < message.length()
                    && (Character.isUpperCase(message.charAt(end))
                            || Character.isDigit(message.charAt(end))
                            || message.charAt(end) == '_')) {
                end++;
            }
            String first = message.substring(0, end);
            if (first.contains("_") && !first.endsWith("_")) {
                return first;
            }
        }
        return checked;
    }

    private static String value(Config raw, String setting) {
        String property = setting.toLowerCase(Locale.ROOT).replace('_', '.');
        return raw.getOptionalValue(property, String.class).orElse("");
    }

    static boolean secret(String setting) {
        return setting.contains("SECRET") || setting.contains("PASSWORD") || setting.endsWith("_KEY");
    }

    private static void url(String value, String... schemes) {
        URI u;
        try {
            u = URI.create(value.trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("must be a URL but was '" + value + "'");
        }
        if (u.getScheme() == null || !List.of(schemes).contains(u.getScheme().toLowerCase(Locale.ROOT))) {
            throw new IllegalArgumentException(
                    "must be a URL with scheme " + String.join(" or ", schemes) + " but was '" + value + "'");
        }
    }

    private static void writableDirectory(Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (IOException | RuntimeException e) {
            throw new IllegalArgumentException("must be a directory this process can create and write; creating " + dir
                    + " failed: " + e.getClass().getSimpleName() + " " + e.getMessage());
        }
        if (!Files.isWritable(dir)) {
            throw new IllegalArgumentException("must be a directory this process can write; " + dir + " is not");
        }
    }
}
