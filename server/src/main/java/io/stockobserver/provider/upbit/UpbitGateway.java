package io.stockobserver.provider.upbit;

import io.stockobserver.provider.ActivitySource;
import io.stockobserver.provider.ListingSource;
import io.stockobserver.provider.SnapshotSource;
import io.stockobserver.provider.StreamSource;
import io.stockobserver.provider.TradingDaySource;
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
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

/**
 * The Upbit connection of this server: resolves the endpoints (running the Upbit simulator as a child process when
 * {@code UPBIT_ENV=sandbox} and no {@code UPBIT_REST_URL} is set) and owns the one rate limiter and REST client every
 * caller shares. A 418 block is recorded as a {@code rest_blocked} system event with its end.
 */
@ApplicationScoped
@Typed(UpbitGateway.class) // a Venue only through app.VenueWiring, which picks the configured one
public class UpbitGateway implements Venue {
    private static final Logger LOG = Logger.getLogger(UpbitGateway.class.getName());

    @Inject
    UpbitConnectionSettings config;

    @Inject
    SimulatorSettings simulator;

    @Inject
    VenueProfile venue;

    @Inject
    ArchiveService archive;

    private SimulatorProcess sandbox;
    private UpbitSettings settings;
    private UpbitRateLimiter limiter;
    private UpbitRestClient rest;

    @PostConstruct
    void start() {
        String env = config.upbitEnvironment();
        if (env.equals("sandbox") && config.upbitRestUrl().isEmpty()) {
            sandbox = SimulatorProcess.start(
                    simulator
                            .sandboxJar()
                            .orElseThrow(() -> new IllegalStateException("UPBIT_ENV=sandbox without UPBIT_REST_URL"
                                    + " needs the Upbit simulator, which this installation does not have: set"
                                    + " OBSERVER_SANDBOX_JAR to its standalone jar, or UPBIT_REST_URL and"
                                    + " UPBIT_WS_URL to a running one")),
                    List.of("--venue", "upbit", "--seed", Long.toString(simulator.sandboxSeed())));
            settings = UpbitSettings.withDefaults(sandbox.restUrl(), sandbox.wsUrl());
        } else {
            UpbitSettings real = UpbitSettings.defaults();
            settings = UpbitSettings.withDefaults(
                    config.upbitRestUrl().map(URI::create).orElse(real.restUrl()),
                    config.upbitWsUrl().map(URI::create).orElse(real.wsUrl()));
        }
        limiter = new UpbitRateLimiter(settings, (group, duration, until) -> {
            Map<String, Object> f = new LinkedHashMap<>();
            f.put("group", group.wireName());
            f.put("blocked_seconds", duration.toSeconds());
            f.put("until", until.toString());
            archive.events().record("rest_blocked", f);
        });
        HttpClient http = HttpClient.newBuilder()
                .connectTimeout(settings.httpTimeout())
                .version(HttpClient.Version.HTTP_1_1)
                .build();
        rest = new UpbitRestClient(settings, http, limiter, archive::journalRestResponse, Clock.systemUTC());
        LOG.info("Upbit " + env + " at " + settings.restUrl() + " and " + settings.wsUrl());
    }

    @PreDestroy
    void stop() {
        if (sandbox != null) {
            sandbox.close();
        }
    }

    @Override
    public ListingSource listings() {
        return new UpbitListingSource(rest);
    }

    @Override
    public TradingDaySource tradingDays() {
        return new UpbitTradingDays();
    }

    @Override
    public SnapshotSource snapshots() {
        return new UpbitSnapshotSource(rest, settings, new UpbitTickerMapper(venue.provider(), venue.market()));
    }

    @Override
    public StreamSource streams() {
        return new UpbitStreamSource(settings, Clock.systemUTC(), config.slotRegistrations());
    }

    @Override
    public ActivitySource activity() {
        return new UpbitActivitySource(rest);
    }

    @Override
    public VenueConnection connection() {
        return new VenueConnection() {
            @Override
            public Map<String, Object> describe() {
                Map<String, Object> out = new LinkedHashMap<>();
                out.put("upbit_env", config.upbitEnvironment());
                out.put("embedded_sandbox", sandbox != null);
                if (sandbox != null) {
                    out.put("sandbox_rest_url", settings.restUrl().toString());
                }
                return out;
            }

            @Override
            public RestCounters rest() {
                return new RestCounters(
                        limiter.calls(),
                        limiter.retries() + rest.transientRetries(),
                        limiter.tooManyRequests() + limiter.blocks(),
                        rest.failures(),
                        limiter.waits(),
                        0);
            }
        };
    }
}
