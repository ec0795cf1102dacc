package io.stockobserver.app;

import io.stockobserver.provider.kis.AccessTokenManager;
import io.stockobserver.provider.kis.ApprovalKeyClient;
import io.stockobserver.provider.kis.KisCredentials;
import io.stockobserver.provider.kis.KisEnvironment;
import io.stockobserver.provider.kis.KisRestClient;
import io.stockobserver.provider.kis.KisSettings;
import io.stockobserver.provider.kis.RestRateLimiter;
import io.stockobserver.sandbox.KisSandbox;
import io.stockobserver.sandbox.SandboxOptions;
import io.stockobserver.sandbox.SandboxVenueProfile;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.util.logging.Logger;

/**
 * The KIS connection of this server: resolves the environment's endpoints (starting the embedded sandbox on loopback
 * when {@code KIS_ENV=sandbox} and no {@code KIS_REST_URL} is set), and owns the one token manager, the one rate
 * limiter per appkey and the REST client every collector shares.
 */
@ApplicationScoped
public class KisGateway {
    private static final Logger LOG = Logger.getLogger(KisGateway.class.getName());

    @Inject
    ObserverConfig config;

    @Inject
    ArchiveService archive;

    private KisSandbox sandbox;
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
            boolean paper = config.sandboxPaperProfile();
            sandbox = startSandbox(paper);
            restUrl = sandbox.restBaseUrl();
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

    private KisSandbox startSandbox(boolean paper) {
        try {
            return KisSandbox.start(SandboxOptions.builder()
                    .seed(config.sandboxSeed())
                    .venueProfile(paper ? SandboxVenueProfile.PAPER : SandboxVenueProfile.REAL)
                    .build());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the embedded KIS sandbox", e);
        }
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

    public ApprovalKeyClient approvals() {
        return approvals;
    }

    /** Whether this server runs its own sandbox (for the status API). */
    public boolean embeddedSandbox() {
        return sandbox != null;
    }
}
