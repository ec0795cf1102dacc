package io.stockobserver.universe;

import io.stockobserver.calendar.CollectionWindow;
import io.stockobserver.loop.LoopService;
import io.stockobserver.provider.ListingSource;
import io.stockobserver.provider.VenueProfile;
import io.stockobserver.recorder.ArchiveService;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The day's fixed universe for Track A. At {@code OBSERVER_UNIVERSE_BUILD_AT} (08:30 in the market's zone; at start-up
 * in {@code always} mode) it asks the venue for its listings (KIS: the master files), applies the rules and writes
 * {@code universe/{provider}/{market}/{YYYYMMDD}.json}; once that file exists it is the day's universe, so a restart
 * at noon reloads the same members. When the listings cannot be had it keeps the previous day's universe (or, with
 * none, the watch list), flags the day degraded and records a system event.
 */
@ApplicationScoped
public class UniverseService {
    private static final Logger LOG = Logger.getLogger(UniverseService.class.getName());

    @Inject
    UniverseSettings config;

    @Inject
    VenueProfile venue;

    @Inject
    ArchiveService archive;

    @Inject
    ListingSource listings;

    @Inject
    LoopService loops;

    private UniverseFile files;
    private UniverseProvisioner provisioner;
    private LocalDate lastFailureReported;
    private volatile Universe current;
    private io.stockobserver.loop.SupervisedLoop ticker;

    @PostConstruct
    void start() {
        files = new UniverseFile(archive.layout().root(), venue.provider(), venue.market());
        provisioner = new UniverseProvisioner(files, new UniverseBuilder(archive.clock()), listings, archive.clock());
        refresh();
        ticker = loops.fixedRate("universe-refresh", Duration.ofSeconds(30), Duration.ofSeconds(30), this::refresh);
    }

    /** Created with the application, so the daily build runs at its time even before Track A's window opens. */
    void onStart(
            @jakarta.enterprise.event.Observes @jakarta.enterprise.context.Initialized(ApplicationScoped.class)
                    Object ignored) {
        LOG.fine("universe service started");
    }

    @PreDestroy
    void stop() {
        if (ticker != null) {
            ticker.end();
        }
    }

    /** Today's universe, or empty before it is built. */
    public Optional<Universe> current() {
        return Optional.ofNullable(current);
    }

    /**
     * Today's symbols to observe: the universe's members, restricted to {@code OBSERVER_SYMBOLS} when that is set (the
     * day's file stays as built, so a watch list set after the build still narrows what is collected); empty before
     * the universe is built.
     */
    public List<String> symbols() {
        Universe u = current;
        if (u == null) {
            return List.of();
        }
        List<String> watch = config.watchList();
        return watch.isEmpty()
                ? u.symbols()
                : u.symbols().stream().filter(watch::contains).toList();
    }

    /** Loads or builds the universe when the market day changed and its build time has come. */
    synchronized void refresh() {
        try {
            Instant now = archive.clock().instant();
            ZonedDateTime local = now.atZone(venue.zone());
            LocalDate day = local.toLocalDate();
            if (current != null && current.day().equals(day)) {
                return;
            }
            boolean due = config.marketHours() == CollectionWindow.Mode.ALWAYS
                    || !local.toLocalTime().isBefore(config.universeBuildAt());
            if (due || files.read(day).isPresent()) {
                UniverseProvisioner.Provision p = provisioner.provide(day, rules(), config.watchList());
                adopt(p.universe(), p.how().name().toLowerCase(java.util.Locale.ROOT));
            }
        } catch (IOException | RuntimeException e) {
            LocalDate day = archive.clock().instant().atZone(venue.zone()).toLocalDate();
            if (!day.equals(lastFailureReported)) { // retried every 30 s; reported once a day
                lastFailureReported = day;
                Map<String, Object> f = new LinkedHashMap<>();
                f.put("error", String.valueOf(e.getMessage()));
                archive.events().record("universe_unavailable", f);
                LOG.log(Level.SEVERE, "no universe for today: " + e.getMessage(), e);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void adopt(Universe u, String how) {
        current = u;
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("day", u.day().toString());
        f.put("how", how);
        f.put("source", u.source());
        f.put("members", u.members().size());
        f.put("considered", u.counts().considered());
        f.put("degraded", u.degraded());
        u.degradedReason().ifPresent(r -> f.put("degraded_reason", r));
        archive.events().record(u.degraded() ? "universe_degraded" : "universe_ready", f);
        LOG.info("universe of " + u.day() + " " + how + ": " + u.members().size() + " symbols from " + u.source()
                + (u.degraded() ? " (DEGRADED: " + u.degradedReason().orElse("") + ")" : ""));
    }

    private UniverseRules rules() {
        List<String> exclude = config.universeExclusions();
        UniverseRules r = UniverseRules.defaults()
                .withMinBasePrice(config.universeMinPrice())
                .withMinTurnover(config.universeMinTurnover())
                .withIncludedGroups(config.universeGroups())
                .withExcludeHalted(exclude.contains("halted"))
                .withExcludeAdministrative(exclude.contains("administrative"))
                .withExcludePreferred(exclude.contains("preferred"))
                .withExcludeSpac(exclude.contains("spac"))
                .withExcludeWarning(exclude.contains("warning"));
        return config.watchList().isEmpty() ? r : r.withWatchList(config.watchList());
    }
}
