package io.stockobserver.app;

import io.stockobserver.backup.BackupSettings;
import io.stockobserver.calendar.CalendarSettings;
import io.stockobserver.calendar.CollectionWindow;
import io.stockobserver.collect.CollectSettings;
import io.stockobserver.mitigation.MitigationSettings;
import io.stockobserver.provider.VenueProfile;
import io.stockobserver.provider.kis.KisConnectionSettings;
import io.stockobserver.provider.kis.KisEnvironment;
import io.stockobserver.provider.upbit.UpbitConnectionSettings;
import io.stockobserver.recorder.RecorderSettings;
import io.stockobserver.retention.RetentionSettings;
import io.stockobserver.scalp.candidate.ActivitySettings;
import io.stockobserver.scalp.slot.SlotPolicy;
import io.stockobserver.scalp.slot.SlotSettings;
import io.stockobserver.simulator.SimulatorSettings;
import io.stockobserver.storage.DiskSettings;
import io.stockobserver.universe.UniverseSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;

/**
 * Every observer setting, read from MicroProfile Config (environment variables such as {@code OBSERVER_DATA_DIR} map
 * to {@code observer.data.dir}) and validated once, with errors that name the setting. The table of settings and
 * defaults is docs/configuration.md; keep both in step. Each capability declares the settings it reads as an interface
 * of its own package; this one class implements them all, so CDI hands it to each capability under that interface
 * and no capability depends on {@code app}.
 */
@ApplicationScoped
public class ObserverConfig
        implements BackupSettings,
                CalendarSettings,
                CollectSettings,
                io.stockobserver.database.DatabaseSettings,
                DiskSettings,
                io.stockobserver.etl.EtlSettings,
                io.stockobserver.livedb.DatabaseSinkSettings,
                KisConnectionSettings,
                MitigationSettings,
                RecorderSettings,
                RetentionSettings,
                SimulatorSettings,
                SlotSettings,
                UniverseSettings,
                UpbitConnectionSettings {
    /** The sandbox's built-in credentials: the simulator accepts any pair; these are not secrets. */
    static final String SANDBOX_APP_KEY = "SANDBOX0-0000-4000-8000-000000000000";

    static final String SANDBOX_APP_SECRET = "sandbox-secret-".repeat(12);

    private static final java.util.logging.Logger LOG =
            java.util.logging.Logger.getLogger(ObserverConfig.class.getName());

    /** Exit status of a process stopped for invalid settings (EX_CONFIG of sysexits.h). */
    public static final int EXIT_INVALID_SETTINGS = 78;

    @Inject
    Config config;

    private volatile java.util.List<String> invalid = java.util.List.of();

    /**
     * Checks every setting before any component uses one. With a bad setting the log starts with one line per bad
     * setting (name, value, what is allowed), nothing else starts, and the process exits with
     * {@value #EXIT_INVALID_SETTINGS}: a server half-started on a wrong setting would look alive and collect nothing.
     */
    @jakarta.annotation.PostConstruct
    void check() {
        java.util.List<SettingsCheck.Problem> problems = SettingsCheck.problems(this, config);
        if (problems.isEmpty()) {
            return;
        }
        invalid = problems.stream().map(SettingsCheck.Problem::line).toList();
        for (String line : invalid) {
            LOG.severe("OBSERVER SETTING INVALID: " + line);
        }
        LOG.severe("Stock Observer cannot start with " + invalid.size() + " invalid setting(s) (docs/configuration.md);"
                + " the process exits with status " + EXIT_INVALID_SETTINGS);
        exitSoon();
        throw new InvalidSettingsException(invalid);
    }

    /** The bad settings found at start, one line each; empty when all are valid. */
    public java.util.List<String> invalidSettings() {
        return invalid;
    }

    /** Exits from a thread of its own: the start-up thread must unwind for Liberty's shutdown to complete. */
    private static void exitSoon() {
        Thread exit = new Thread(() -> System.exit(EXIT_INVALID_SETTINGS), "observer-invalid-settings-exit");
        exit.setDaemon(false);
        exit.start();
    }

    /** OBSERVER_PROVIDER: the venue this server observes, {@code kis} (default) or {@code upbit}. */
    public VenueProfile venue() {
        return Venues.profile(string("observer.provider", Venues.DEFAULT));
    }

    public String provider() {
        return venue().provider();
    }

    public String market() {
        return venue().market();
    }

    public ZoneId marketZone() {
        return venue().zone();
    }

    /** OBSERVER_DB_EMBEDDED_PORT: the embedded PostgreSQL's loopback port, default 15432. */
    public int embeddedDatabasePort() {
        return integer("observer.db.embedded.port", 15432, 1, 65535);
    }

    /** The embedded server's URL: the default of OBSERVER_DB_URL (server.xml builds the same). */
    String embeddedDatabaseUrl() {
        return "jdbc:postgresql://127.0.0.1:" + embeddedDatabasePort() + "/"
                + io.stockobserver.database.EmbeddedDatabase.DATABASE;
    }

    /** OBSERVER_DB_URL: a PostgreSQL JDBC URL; default the embedded server's. */
    public String databaseUrl() {
        String url = string("observer.db.url", embeddedDatabaseUrl());
        if (!url.startsWith("jdbc:postgresql://")) {
            throw new IllegalArgumentException(
                    "OBSERVER_DB_URL must be a PostgreSQL JDBC URL (jdbc:postgresql://host:port/database)");
        }
        return url;
    }

    public boolean embeddedDatabase() {
        return databaseUrl().equals(embeddedDatabaseUrl());
    }

    public Path embeddedDatabaseDir() {
        return dataDir().resolve("database").resolve("postgres");
    }

    /** OBSERVER_DB_SINK: records go to the database live as well as to the archive, default true. */
    public boolean dbSinkEnabled() {
        return bool("observer.db.sink", true);
    }

    /**
     * OBSERVER_BATCH_REST_API: on or off (default). Liberty reads it as the server.xml variable that includes
     * batch-rest-api-on.xml, whose registry takes the operator password from the environment: on without that
     * password (at least 12 characters) is refused here, so the registry never holds an empty or unresolved one.
     */
    public boolean batchRestApi() {
        String v = config.getOptionalValue("observer.batch.rest.api", String.class)
                .map(String::trim)
                .orElse("off");
        if (v.equals("off")) {
            return false;
        }
        if (!v.equals("on")) {
            throw new IllegalArgumentException("must be on or off but was '" + v + "'");
        }
        String password = config.getOptionalValue("observer.operator.password", String.class)
                .orElse("");
        if (password.length() < 12) {
            throw new IllegalArgumentException(
                    "on needs OBSERVER_OPERATOR_PASSWORD of at least 12 characters: Liberty's"
                            + " batch REST API takes the operator login from it");
        }
        return true;
    }

    /** OBSERVER_DB_SINK_BATCH: records per COPY batch of the live sink, default 500. */
    public int dbSinkBatch() {
        return integer("observer.db.sink.batch", 500, 1, 100_000);
    }

    /** OBSERVER_DB_SINK_QUEUE: records the live sink's queue holds before it drops (and the catch-up fills). */
    public int dbSinkQueue() {
        return integer("observer.db.sink.queue", 65_536, 1, 10_000_000);
    }

    /** OBSERVER_DB_REQUIRED: readiness is DOWN while the database is unreachable, default true. */
    public boolean databaseRequired() {
        return bool("observer.db.required", true);
    }

    /** OBSERVER_DATA_DIR, default {@code ./data} (relative to the server's working directory). */
    public Path dataDir() {
        return Path.of(string("observer.data.dir", "./data")).toAbsolutePath().normalize();
    }

    /** KIS_ENV: sandbox (default), paper or real. */
    public KisEnvironment kisEnvironment() {
        return KisEnvironment.parse(string("kis.env", "sandbox"));
    }

    /** KIS_REST_URL, when set it overrides the environment's default (and disables the embedded sandbox). */
    public Optional<String> kisRestUrl() {
        return config.getOptionalValue("kis.rest.url", String.class).filter(s -> !s.isBlank());
    }

    public Optional<String> kisWsUrl() {
        return config.getOptionalValue("kis.ws.url", String.class).filter(s -> !s.isBlank());
    }

    /** KIS_APP_KEY; in sandbox mode a built-in key is used when unset. */
    public String kisAppKey() {
        return secret("kis.app.key", SANDBOX_APP_KEY);
    }

    public String kisAppSecret() {
        return secret("kis.app.secret", SANDBOX_APP_SECRET);
    }

    /** KIS_REST_CALLS_PER_SECOND, default from the environment (real/sandbox 18, paper 1). */
    public int restCallsPerSecond(KisEnvironment effective) {
        return integer("kis.rest.calls.per.second", effective.defaultRestCallsPerSecond(), 1, 1000);
    }

    /**
     * SANDBOX_VENUE_PROFILE: {@code real} (default) or {@code paper}. With {@code paper} the embedded sandbox behaves
     * as the paper venue (1 call/s, no intstock-multprice, no chk-holiday) and the observer treats it as paper, so
     * paper-mode behaviour can be tried without a broker account.
     */
    public boolean sandboxPaperProfile() {
        String raw = string("sandbox.venue.profile", "real").toLowerCase(java.util.Locale.ROOT);
        if (!raw.equals("real") && !raw.equals("paper")) {
            throw new IllegalArgumentException("SANDBOX_VENUE_PROFILE must be 'real' or 'paper' but was '" + raw + "'");
        }
        return raw.equals("paper");
    }

    /** KIS_REST_RATE_WINDOW: the window the REST limit applies to, default PT1.1S (a margin for jitter). */
    public Duration restRateWindow() {
        return duration("kis.rest.rate.window", "PT1.1S", Duration.ofSeconds(1));
    }

    /** KIS_TOKEN_REISSUE_MIN_INTERVAL: the client never calls tokenP more often, default PT61S (KIS: 1/min). */
    public Duration tokenReissueMinInterval() {
        return duration("kis.token.reissue.min.interval", "PT61S", Duration.ofSeconds(1));
    }

    /** KIS_TOKEN_REFRESH_BEFORE: renew a token this long before it expires, default PT10M. */
    public Duration tokenRefreshBefore() {
        return duration("kis.token.refresh.before", "PT10M", Duration.ofSeconds(1));
    }

    /** KIS_HTTP_TIMEOUT: connect and request time-out of REST calls, default PT10S. */
    public Duration httpTimeout() {
        return duration("kis.http.timeout", "PT10S", Duration.ofMillis(100));
    }

    /** KIS_MAX_RETRIES: retries of EGW00201, 5xx and time-outs per call, default 3. */
    public int maxRetries() {
        return integer("kis.max.retries", 3, 0, 20);
    }

    /** KIS_RETRY_BACKOFF: first retry back-off, doubled per retry, default PT0.2S. */
    public Duration retryBackoff() {
        return duration("kis.retry.backoff", "PT0.2S", Duration.ofMillis(1));
    }

    /**
     * OBSERVER_SYMBOLS: a watch list of comma-separated 6-character KRX codes. When set it restricts the day's
     * universe (Track A) to these codes and gives Track B its symbols; empty when unset.
     */
    public List<String> watchList() {
        return codes("observer.symbols");
    }

    private List<String> codes(String name) {
        Optional<String> raw = config.getOptionalValue(name, String.class).filter(v -> !v.isBlank());
        if (raw.isEmpty()) {
            return List.of();
        }
        List<String> out = Arrays.stream(raw.get().split(","))
                .map(String::trim)
                .filter(s -> !s.isEmpty())
                .distinct()
                .toList();
        String pattern = venue().symbolPattern();
        for (String s : out) {
            if (!s.matches(pattern)) {
                throw new IllegalArgumentException(
                        envName(name) + " holds '" + s + "', not " + venue().symbolDescription());
            }
        }
        return out;
    }

    /**
     * OBSERVER_SCALP_PINS: symbols pinned into Track B's slots at start (manual override; the operator API adds and
     * removes pins at run time), default none.
     */
    public List<String> scalpPins() {
        return codes("observer.scalp.pins");
    }

    /**
     * OBSERVER_SLOT_REGISTRATIONS: real-time registrations per session, default the venue's budget (KIS 41, at most
     * 41; Upbit 100, at most 1,000: one subscribe message carries every code).
     */
    public int slotRegistrations() {
        int budget = venue().streamRegistrations();
        int max = venue().provider().equals("kis") ? budget : 1_000;
        return integer("observer.slot.registrations", budget, 1, max);
    }

    /** UPBIT_ENV: sandbox (default: the simulator as a child process) or real (api.upbit.com). */
    public String upbitEnvironment() {
        String raw = string("upbit.env", "sandbox").toLowerCase(java.util.Locale.ROOT);
        if (!raw.equals("sandbox") && !raw.equals("real")) {
            throw new IllegalArgumentException("UPBIT_ENV must be one of sandbox, real but was '" + raw + "'");
        }
        return raw;
    }

    /** UPBIT_REST_URL, when set it overrides the environment's default (and disables the child simulator). */
    public Optional<String> upbitRestUrl() {
        return config.getOptionalValue("upbit.rest.url", String.class).filter(s -> !s.isBlank());
    }

    public Optional<String> upbitWsUrl() {
        return config.getOptionalValue("upbit.ws.url", String.class).filter(s -> !s.isBlank());
    }

    /** OBSERVER_SLOT_MIN_HOLD (PT2M), OBSERVER_SLOT_REPLACE_MARGIN (0.10), OBSERVER_SLOT_MIN_SCORE (0.0). */
    public SlotPolicy slotPolicy() {
        return new SlotPolicy(
                slotRegistrations(),
                SlotPolicy.DEFAULT_REGISTRATIONS_PER_SLOT,
                duration("observer.slot.min.hold", "PT2M", Duration.ZERO),
                fraction("observer.slot.replace.margin", SlotPolicy.DEFAULT_REPLACE_MARGIN, 0, 1),
                fraction("observer.slot.min.score", SlotPolicy.DEFAULT_MIN_SCORE, 0, 0.99));
    }

    /** OBSERVER_SLOT_DECIDE_EVERY: how often the slot manager re-ranks and reallocates, default PT15S. */
    public Duration slotDecideEvery() {
        return duration("observer.slot.decide.every", "PT15S", Duration.ofMillis(200));
    }

    /** OBSERVER_CANDIDATE_SWEEP: how often the candidate monitor quotes the whole universe, default PT1M. */
    public Duration candidateSweepEvery() {
        return duration("observer.candidate.sweep", "PT1M", Duration.ofSeconds(1));
    }

    /** OBSERVER_CANDIDATE_RANKING: how often the ranking endpoints are polled, default PT30S. */
    public Duration candidateRankingEvery() {
        return duration("observer.candidate.ranking", "PT30S", Duration.ofSeconds(1));
    }

    /**
     * OBSERVER_CANDIDATE_RECENT (recent window, PT5M) and OBSERVER_CANDIDATE_SPACING (sample spacing, PT10S) of the
     * candidate board; a symbol not observed for three windows is no candidate.
     */
    public ActivitySettings activitySettings() {
        Duration window = duration("observer.candidate.recent", "PT5M", Duration.ofSeconds(1));
        Duration spacing = duration("observer.candidate.spacing", "PT10S", Duration.ofMillis(100));
        if (spacing.compareTo(window) > 0) {
            throw new IllegalArgumentException("OBSERVER_CANDIDATE_SPACING (" + spacing
                    + ") must not exceed OBSERVER_CANDIDATE_RECENT (" + window + ")");
        }
        return new ActivitySettings(window, spacing, venue().sessionLength(), window.multipliedBy(3));
    }

    /**
     * OBSERVER_RETENTION_DAYS (3), OBSERVER_RETENTION_ANOMALOUS_DAYS (7), OBSERVER_RETENTION_MAX_DAYS (10): how long
     * archive days are kept; never deleted before their backup is acknowledged.
     */
    public io.stockobserver.retention.RetentionPolicy retentionPolicy() {
        int normal = integer("observer.retention.days", 3, 1, 365);
        int anomalous = integer("observer.retention.anomalous.days", 7, 1, 365);
        int max = integer("observer.retention.max.days", 10, 1, 365);
        try {
            return new io.stockobserver.retention.RetentionPolicy(normal, anomalous, max);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("OBSERVER_RETENTION_*: " + e.getMessage(), e);
        }
    }

    /** OBSERVER_DISK_WARN: share of the archive file system in use above which the disk guard warns, 0.80. */
    public double diskWarn() {
        return fraction("observer.disk.warn", 0.80, 0.01, 0.99);
    }

    /** OBSERVER_DISK_CRITICAL: share in use above which it alarms and mitigates, 0.95 (above OBSERVER_DISK_WARN). */
    public double diskCritical() {
        double c = fraction("observer.disk.critical", 0.95, 0.02, 0.999);
        if (c <= diskWarn()) {
            throw new IllegalArgumentException(
                    "OBSERVER_DISK_CRITICAL (" + c + ") must be above OBSERVER_DISK_WARN (" + diskWarn() + ")");
        }
        return c;
    }

    /** OBSERVER_RETENTION_AT: market time of the daily retention run, default 06:00. */
    public java.time.LocalTime retentionAt() {
        return timeOfDay("observer.retention.at", "06:00");
    }

    /** OBSERVER_BACKUP_AT: market time of the daily backup package, default 20:30 (after the close). */
    public java.time.LocalTime backupAt() {
        return timeOfDay("observer.backup.at", "20:30");
    }

    /**
     * OBSERVER_ETL_AT: when the daily database load runs (market time); default 16:00 for a venue with a session (after
     * KIS's 15:30 close), 00:30 for one that trades around the clock (the day before is loaded).
     */
    public java.time.LocalTime etlAt() {
        return timeOfDay("observer.etl.at", venue().roundTheClock() ? "00:30" : "16:00");
    }

    /** OBSERVER_ETL_CATCH_UP_AFTER: how long after start a missed load is caught up, default PT2M. */
    public Duration etlCatchUpDelay() {
        return duration("observer.etl.catch.up.after", "PT2M", Duration.ofSeconds(1));
    }

    /** OBSERVER_BACKUP_CATCH_UP_AFTER: how long after start a missed package is caught up, default PT1M. */
    public Duration backupCatchUpDelay() {
        return duration("observer.backup.catch.up.after", "PT1M", Duration.ofSeconds(1));
    }

    private java.time.LocalTime timeOfDay(String name, String dflt) {
        String raw = string(name, dflt);
        try {
            return java.time.LocalTime.parse(raw);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(envName(name) + " must be HH:MM but was '" + raw + "'", e);
        }
    }

    /** KIS_MASTER_URL: where kospi_code.mst.zip and kosdaq_code.mst.zip are downloaded from. */
    public Optional<String> masterUrl() {
        return config.getOptionalValue("kis.master.url", String.class).filter(s -> !s.isBlank());
    }

    /** OBSERVER_UNIVERSE_MIN_PRICE: minimum 기준가 (KRW) of a universe member, default 4000. */
    public long universeMinPrice() {
        return integer("observer.universe.min.price", venue().provider().equals("kis") ? 4000 : 0, 0, 10_000_000);
    }

    /**
     * OBSERVER_UNIVERSE_GROUPS: the groups admitted, default the venue's (KIS master-file group ST, common stocks;
     * Upbit the quote currency KRW).
     */
    public List<String> universeGroups() {
        String dflt = venue().provider().equals("kis") ? "ST" : "KRW";
        return Arrays.stream(string("observer.universe.groups", dflt).split(","))
                .map(String::trim)
                .filter(s -> !s.isEmpty())
                .toList();
    }

    /**
     * OBSERVER_UNIVERSE_MIN_TURNOVER: lowest recent traded value of a member in the quote currency (Upbit: 24-hour
     * acc_trade_price_24h); 0 turns the rule off. Default the venue's: KIS 0 (the master files carry no turnover),
     * Upbit 100,000,000 KRW.
     */
    public java.math.BigDecimal universeMinTurnover() {
        String dflt = venue().provider().equals("kis") ? "0" : "100000000";
        String raw = string("observer.universe.min.turnover", dflt).replace("_", "");
        try {
            java.math.BigDecimal v = new java.math.BigDecimal(raw);
            if (v.signum() < 0) {
                throw new NumberFormatException("negative");
            }
            return v;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(
                    "OBSERVER_UNIVERSE_MIN_TURNOVER must be a non-negative number such as 100000000 but was '" + raw
                            + "'");
        }
    }

    /**
     * OBSERVER_UNIVERSE_EXCLUDE: exclusions among halted, administrative, preferred, spac, warning (or none);
     * default the venue's: KIS halted,spac; Upbit halted,warning.
     */
    public List<String> universeExclusions() {
        String dflt = venue().provider().equals("kis") ? "halted,spac" : "halted,warning";
        List<String> out = Arrays.stream(
                        string("observer.universe.exclude", dflt).split(","))
                .map(String::trim)
                .filter(s -> !s.isEmpty())
                .toList();
        List<String> allowed = List.of("halted", "administrative", "preferred", "spac", "warning", "none");
        for (String e : out) {
            if (!allowed.contains(e)) {
                throw new IllegalArgumentException(
                        "OBSERVER_UNIVERSE_EXCLUDE holds '" + e + "'; allowed: " + String.join(", ", allowed));
            }
        }
        return out;
    }

    /** OBSERVER_UNIVERSE_BUILD_AT: market time the day's universe is built, default 08:30. */
    public java.time.LocalTime universeBuildAt() {
        String raw = string("observer.universe.build.at", "08:30");
        try {
            return java.time.LocalTime.parse(raw);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("OBSERVER_UNIVERSE_BUILD_AT must look like 08:30 but was '" + raw + "'");
        }
    }

    /** OBSERVER_HOLIDAYS: the fallback calendar's holidays (YYYY-MM-DD, comma-separated), default KRX 2026. */
    public String holidays() {
        return string("observer.holidays", io.stockobserver.calendar.FallbackCalendar.KRX_2026_HOLIDAYS);
    }

    /**
     * OBSERVER_MARKET_HOURS: exchange (default for KIS paper/real) or always (default for the KIS sandbox and for a
     * venue that trades around the clock).
     */
    public CollectionWindow.Mode marketHours() {
        boolean always = venue().roundTheClock()
                || (venue().provider().equals("kis") && kisEnvironment() == KisEnvironment.SANDBOX);
        return CollectionWindow.Mode.parse(string("observer.market.hours", always ? "always" : "exchange"));
    }

    /** OBSERVER_SWING_WINDOW, default the venue's regular session (KIS 09:00-15:30). */
    public CollectionWindow swingWindow() {
        String dflt = venue().session().map(t -> t.open() + "-" + t.close()).orElse("00:00-23:59");
        return CollectionWindow.parse(
                marketHours(), marketZone(), string("observer.swing.window", dflt), "OBSERVER_SWING_WINDOW");
    }

    /** OBSERVER_SCALP_WINDOW, default the venue's session without its auctions (KIS 09:30-15:00). */
    public CollectionWindow scalpWindow() {
        String dflt =
                venue().session().map(t -> t.scalpFrom() + "-" + t.scalpTo()).orElse("00:00-23:59");
        return CollectionWindow.parse(
                marketHours(), marketZone(), string("observer.scalp.window", dflt), "OBSERVER_SCALP_WINDOW");
    }

    /** OBSERVER_SWING_INTERVAL (ISO-8601 duration), default PT10M. */
    public Duration swingInterval() {
        return duration("observer.swing.interval", "PT10M", Duration.ofSeconds(1));
    }

    /** OBSERVER_FSYNC_MS, default 50; 0 forces after every batch. */
    public Duration fsyncInterval() {
        return Duration.ofMillis(integer("observer.fsync.ms", 50, 0, 60_000));
    }

    /** OBSERVER_QUEUE_CAPACITY: bound of the writer queue, default 65536 records. */
    public int queueCapacity() {
        return integer("observer.queue.capacity", 65_536, 16, 16_777_216);
    }

    /** OBSERVER_SCALP_SEGMENT: scalp file segment length, default PT5M. */
    public Duration scalpSegment() {
        return duration("observer.scalp.segment", "PT5M", Duration.ofSeconds(1));
    }

    /** OBSERVER_SCALP_STALE_AFTER: input older than this makes a snapshot degraded, default PT5S. */
    public Duration scalpStaleAfter() {
        return duration("observer.scalp.stale.after", "PT5S", Duration.ofMillis(1));
    }

    /** OBSERVER_WS_STALE_AFTER: a connected stream silent this long while collecting is an outage, default PT60S. */
    public Duration wsStaleAfter() {
        return duration("observer.ws.stale.after", "PT60S", Duration.ofMillis(100));
    }

    /** OBSERVER_SCALP_PAUSE_AFTER: an outage this long pauses scalp recording and marks the day, default PT5M. */
    public Duration scalpPauseAfter() {
        return duration("observer.scalp.pause.after", "PT5M", Duration.ofMillis(100));
    }

    /** OBSERVER_MITIGATION_WINDOW: how long a load condition must hold (or stay clear), default PT5M. */
    public Duration mitigationWindow() {
        return duration("observer.mitigation.window", "PT5M", Duration.ZERO);
    }

    /** OBSERVER_RECONNECT_SCALE: multiplies the reconnect back-off (1.0; tests shrink it). */
    public double reconnectScale() {
        String raw = string("observer.reconnect.scale", "1.0");
        try {
            double v = Double.parseDouble(raw);
            if (v > 0 && v <= 10) {
                return v;
            }
        } catch (NumberFormatException e) {
            // reported below with the setting's name
        }
        throw new IllegalArgumentException("OBSERVER_RECONNECT_SCALE must be in (0, 10] but was '" + raw + "'");
    }

    /**
     * OBSERVER_SANDBOX_JAR: the venue simulator's standalone jar, run as a child process when no venue URL is set.
     * The build's run and test servers set it; a production package has none.
     */
    public Optional<Path> sandboxJar() {
        return config.getOptionalValue("observer.sandbox.jar", String.class)
                .filter(s -> !s.isBlank())
                .map(s -> Path.of(s).toAbsolutePath().normalize());
    }

    /** SANDBOX_SEED for the embedded sandbox's market model, default 42. */
    public long sandboxSeed() {
        return integer("sandbox.seed", 42, Integer.MIN_VALUE, Integer.MAX_VALUE);
    }

    private String string(String name, String dflt) {
        return config.getOptionalValue(name, String.class)
                .map(String::trim)
                .filter(s -> !s.isEmpty())
                .orElse(dflt);
    }

    private String secret(String name, String sandboxDefault) {
        Optional<String> v = config.getOptionalValue(name, String.class).filter(s -> !s.isBlank());
        if (v.isPresent()) {
            return v.get();
        }
        if (kisEnvironment() == KisEnvironment.SANDBOX) {
            return sandboxDefault;
        }
        throw new IllegalArgumentException(envName(name) + " must be set when KIS_ENV is "
                + kisEnvironment().configName());
    }

    private double fraction(String name, double dflt, double min, double max) {
        String raw = string(name, Double.toString(dflt));
        try {
            double v = Double.parseDouble(raw);
            if (v >= min && v <= max) {
                return v;
            }
        } catch (NumberFormatException e) {
            // reported below with the setting's name
        }
        throw new IllegalArgumentException(
                envName(name) + " must be a number in [" + min + ", " + max + "] but was '" + raw + "'");
    }

    private boolean bool(String name, boolean dflt) {
        String raw = string(name, Boolean.toString(dflt)).toLowerCase(java.util.Locale.ROOT);
        return switch (raw) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new IllegalArgumentException(
                    envName(name) + " must be true or false but was '" + raw + "'");
        };
    }

    private int integer(String name, int dflt, int min, int max) {
        String raw = string(name, Integer.toString(dflt));
        try {
            int v = Integer.parseInt(raw);
            if (v >= min && v <= max) {
                return v;
            }
        } catch (NumberFormatException e) {
            // reported below with the setting's name
        }
        throw new IllegalArgumentException(
                envName(name) + " must be an integer in [" + min + ", " + max + "] but was '" + raw + "'");
    }

    private Duration duration(String name, String dflt, Duration min) {
        String raw = string(name, dflt);
        try {
            Duration d = Duration.parse(raw);
            if (d.compareTo(min) >= 0) {
                return d;
            }
        } catch (DateTimeParseException e) {
            // reported below with the setting's name
        }
        throw new IllegalArgumentException(envName(name) + " must be an ISO-8601 duration of at least " + min
                + " (e.g. PT10M) but was '" + raw + "'");
    }

    private static String envName(String name) {
        return name.toUpperCase(java.util.Locale.ROOT).replace('.', '_');
    }
}
