package io.stockobserver.provider.kis;

import io.stockobserver.provider.Venue;
import io.stockobserver.provider.VenueConnection;
import io.stockobserver.provider.VenueProfile;
import io.stockobserver.recorder.ArchiveService;
import io.stockobserver.simulator.SimulatorProcess;
import io.stockobserver.simulator.SimulatorSettings;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Typed;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

/**
 * The KIS connection of this server: resolves the environment's endpoints (starting the KIS simulator as a child process on loopback
 * when {@code KIS_ENV=sandbox} and no {@code KIS_REST_URL} is set), and owns the one token manager, the one rate
 * limiter per appkey and the REST client every collector shares.
 */
@ApplicationScoped
@Typed(KisGateway.class) // a Venue only through app.VenueWiring, which picks the configured one
public class KisGateway implements Venue {
    private static final Logger LOG = Logger.getLogger(KisGateway.class.getName());

    @Inject
    KisConnectionSettings config;

    @Inject
    ArchiveService archive;

    @Inject
    SimulatorSettings simulator;

    @Inject
    VenueProfile venue;

    private SimulatorProcess sandbox;
    private KisSettings settings;
    private AccessTokenManager tokens;
    private RestRateLimiter limiter;
    private KisRestClient rest;
    private ApprovalKeyClient approvals;

    @PostConstruct
    void start() {
        KisEnvironment env = config.kisEnvironment();
        URI restUrl;
        URI wsUrl;
        if (env == KisEnvironment.SANDBOX && config.kisRestUrl().isEmpty()) {
            boolean paper = simulator.sandboxPaperProfile();
            sandbox = startSandbox(paper);
            restUrl = sandbox.restUrl();
            wsUrl = sandbox.wsUrl();
            // a sandbox in the paper profile is talked to exactly as paper: 1 call/s, no multi-price, no holidays
            env = paper ? KisEnvironment.PAPER : env;
            LOG.info("embedded KIS sandbox (" + (paper ? "paper" : "real") + " profile) started: REST " + restUrl
                    + ", WebSocket " + wsUrl);
        } else {
            restUrl = config.kisRestUrl().map(URI::create).orElse(env.defaultRestUrl());
            wsUrl = config.kisWsUrl().map(URI::create).orElse(env.defaultWsUrl());
            if (restUrl == null || wsUrl == null) {
                throw new IllegalArgumentException("KIS_ENV=sandbox with KIS_REST_URL set also needs KIS_WS_URL");
            }
        }
        KisCredentials credentials = new KisCredentials(config.kisAppKey(), config.kisAppSecret());
        settings = new KisSettings(
                env,
                restUrl,
                wsUrl,
                credentials,
                config.restCallsPerSecond(env),
                config.restRateWindow(),
                config.tokenReissueMinInterval(),
                config.tokenRefreshBefore(),
                config.httpTimeout(),
                config.maxRetries(),
                config.retryBackoff());
        HttpClient http = HttpClient.newBuilder()
                .connectTimeout(settings.httpTimeout())
                .version(HttpClient.Version.HTTP_1_1)
                .build();
        Clock clock = Clock.systemUTC();
        tokens = new AccessTokenManager(settings, http, clock);
        limiter = new RestRateLimiter(settings.restCallsPerSecond(), settings.restRateWindow());
        rest = new KisRestClient(settings, http, tokens, limiter, archive::journalRestResponse, clock);
        approvals = new ApprovalKeyClient(settings, http);
        LOG.info("KIS " + env.configName() + " at " + restUrl + " as " + credentials.label() + ", "
                + settings.restCallsPerSecond() + " REST calls/s");
    }

    private SimulatorProcess startSandbox(boolean paper) {
        Path jar = simulator
                .sandboxJar()
                .orElseThrow(() -> new IllegalStateException("KIS_ENV=sandbox without KIS_REST_URL needs the KIS"
                        + " simulator, which this installation does not have: set OBSERVER_SANDBOX_JAR to its"
                        + " standalone jar, or KIS_REST_URL and KIS_WS_URL to a running one"));
        List<String> args = new ArrayList<>(List.of("--seed", Long.toString(simulator.sandboxSeed())));
        if (paper) {
            args.addAll(List.of("--venue-profile", "paper"));
        }
        return SimulatorProcess.start(jar, args);
    }

    @PreDestroy
    void stop() {
        if (sandbox != null) {
            sandbox.close();
        }
    }

    public KisSettings settings() {
        return settings;
    }

    public KisRestClient rest() {
        return rest;
    }

    public AccessTokenManager tokens() {
        return tokens;
    }

    public RestRateLimiter limiter() {
        return limiter;
    }

    /** Track A through this gateway's REST client, mapping answers to records of this venue's provider and market. */
    @Override
    public KisSnapshotSource snapshots() {
        return new KisSnapshotSource(
                rest,
                settings.environment().hasMultiPrice(),
                settings.restCallsPerSecond(),
                new SwingSnapshotMapper(venue.provider(), venue.market()));
    }

    /** What operators see of this connection: the environment, the simulator's URL, the REST counters. */
    @Override
    public VenueConnection connection() {
        return new VenueConnection() {
            @Override
            public Map<String, Object> describe() {
                Map<String, Object> out = new LinkedHashMap<>();
                out.put("kis_env", settings.environment().configName());
                out.put("embedded_sandbox", sandbox != null);
                if (sandbox != null) {
                    out.put("sandbox_rest_url", settings.restUrl().toString());
                }
                return out;
            }

            @Override
            public RestCounters rest() {
                KisRestStats s = rest.stats();
                return new RestCounters(
                        s.calls(), s.retries(), s.rateLimitHits(), s.failures(), limiter.waits(), tokens.issuedCount());
            }
        };
    }

    /** The candidate monitor's sweep and rankings (real and sandbox; paper has neither endpoint). */
    @Override
    public KisActivitySource activity() {
        return new KisActivitySource(rest, settings.environment().hasMultiPrice());
    }

    /** Track B through this gateway's approval keys and WebSocket URL. */
    @Override
    public KisStreamSource streams() {
        return new KisStreamSource(settings.wsUrl(), approvals, Clock.systemUTC());
    }

    /** The public download host of the real master files (KIS_API_FACTS §8). */
    static final String REAL_MASTER_URL = "https://new.real.download.dws.co.kr/common/master/";

    /** KIS's listings: the master files from KIS_MASTER_URL, the simulator's own, or the public host. */
    @Override
    public KisListingSource listings() {
        String base = config.masterUrl()
                .orElseGet(() -> sandbox != null
                        ? settings.restUrl().resolve("/common/master/").toString()
                        : REAL_MASTER_URL);
        HttpClient http = HttpClient.newBuilder()
                .connectTimeout(Duration.ofSeconds(10))
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
        return KisListingSource.http(http, URI.create(base), Duration.ofSeconds(60));
    }

    /** KIS's trading days (chk-holiday) through this gateway's REST client. */
    @Override
    public KisTradingDays tradingDays() {
        return new KisTradingDays(rest, settings.environment());
    }

    public ApprovalKeyClient approvals() {
        return approvals;
    }

    /** Whether this server runs its own sandbox (for the status API). */
    public boolean embeddedSandbox() {
        return sandbox != null;
    }
}
