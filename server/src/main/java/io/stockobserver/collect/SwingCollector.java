package io.stockobserver.collect;

import io.stockobserver.calendar.CalendarService;
import io.stockobserver.calendar.CollectionWindow;
import io.stockobserver.loop.LoopService;
import io.stockobserver.pipeline.ObservationPipeline;
import io.stockobserver.provider.SnapshotSource;
import io.stockobserver.provider.VenueProfile;
import io.stockobserver.recorder.ArchiveService;
import io.stockobserver.universe.UniverseService;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;

/**
 * Track A's scheduler for the configured symbols: a non-persistent Jakarta EE interval timer (persistent timers are
 * silently skipped without a timer store) runs one REST snapshot cycle per interval inside the swing window. Cycles
 * never overlap: a tick that finds the previous cycle still running is skipped and reported. Each cycle ends with a
 * {@code swing_cycle_completed} event; every symbol it could not snapshot gets a {@code gap_marker} (scope swing).
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class SwingCollector {
    private static final Logger LOG = Logger.getLogger(SwingCollector.class.getName());
    private static final DateTimeFormatter CYCLE_ID = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");

    @Resource
    TimerService timers;

    @Inject
    CollectSettings config;

    @Inject
    VenueProfile venue;

    @Inject
    ArchiveService archive;

    @Inject
    SnapshotSource snapshots;

    @Inject
    ObservationPipeline pipeline;

    @Inject
    UniverseService universe;

    @Inject
    CalendarService calendar;

    @Inject
    LoopService loops;

    private io.stockobserver.loop.SupervisedLoop loop;

    private final AtomicBoolean running = new AtomicBoolean();
    private final List<SwingCycleResult> recent = new ArrayList<>();
    private CollectionWindow window;
    private SwingCycleRunner runner;
    private java.time.LocalDate feasibilityCheckedFor;
    private Duration budget;
    private long skippedOverlaps;

    @PostConstruct
    void schedule() {
        window = config.swingWindow();
        runner = new SwingCycleRunner(snapshots, pipeline, archive.gaps(), archive.events(), archive.clock());
        budget = config.swingInterval().multipliedBy(8).dividedBy(10);
        long interval = config.swingInterval().toMillis();
        // a cycle may overrun its interval (reported); only one that runs three intervals and a minute is stuck
        loop = loops.driven(
                "swing-cycles",
                Duration.ofSeconds(2),
                config.swingInterval(),
                config.swingInterval().multipliedBy(3).plusMinutes(1),
                this::tick);
        timers.createIntervalTimer(2_000, interval, new TimerConfig("swing-cycle", false));
        LOG.info("Track A every " + config.swingInterval() + " for "
                + (config.watchList().isEmpty() ? "the day's universe" : "watch list " + config.watchList())
                + ", window " + window);
    }

    @Timeout
    void onTimer(Timer timer) {
        loop.run(); // never throws: a failed cycle is counted and reported, the timer goes on
    }

    private void tick() {
        Instant now = archive.clock().instant();
        if (!window.isOpen(now)
                || !calendar.answer(now.atZone(venue.zone()).toLocalDate()).tradingDay()) {
            return;
        }
        if (!running.compareAndSet(false, true)) {
            synchronized (this) {
                skippedOverlaps++;
            }
            LOG.warning("Track A cycle skipped: the previous cycle is still running (slow cycle)");
            return;
        }
        try {
            runCycle(now);
        } finally {
            running.set(false);
        }
    }

    private void runCycle(Instant cycleTime) {
        String cycleId = CYCLE_ID.format(cycleTime.atZone(venue.zone()));
        List<String> symbols = universe.symbols();
        if (symbols.isEmpty()) {
            LOG.warning("Track A cycle " + cycleId + " skipped: no universe for today yet");
            return;
        }
        java.time.LocalDate day = cycleTime.atZone(venue.zone()).toLocalDate();
        if (!day.equals(feasibilityCheckedFor)) {
            feasibilityCheckedFor = day;
            checkFeasible(symbols.size());
        }
        try {
            SwingCycleResult result = runner.run(cycleId, cycleTime, symbols, budget);
            if (result.duration().compareTo(config.swingInterval()) > 0) {
                Map<String, Object> f = new LinkedHashMap<>();
                f.put("cycle_id", cycleId);
                f.put("duration_ms", result.duration().toMillis());
                f.put("interval_ms", config.swingInterval().toMillis());
                archive.events().record("swing_cycle_slow", f);
                LOG.warning("Track A cycle " + cycleId + " took " + result.duration() + ", longer than the interval");
            }
            synchronized (this) {
                recent.add(result);
                if (recent.size() > 50) {
                    recent.remove(0);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Warns once a day when the venue's rate cannot cover the universe within one interval. */
    private void checkFeasible(int symbols) {
        SwingFeasibility f = new SwingFeasibility(
                symbols, runner.callsNeeded(symbols), snapshots.callsPerSecond(), config.swingInterval());
        if (f.feasible()) {
            return;
        }
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("symbols", f.symbols());
        e.put("rest_calls", f.calls());
        e.put("rest_calls_per_second", f.callsPerSecond());
        e.put("minimum_seconds", f.minimum().toSeconds());
        e.put("interval_seconds", f.interval().toSeconds());
        archive.events().record("swing_cycle_infeasible", e);
        LOG.severe("Track A cannot cover " + symbols + " symbols every " + f.interval() + ": " + f.calls()
                + " calls at " + f.callsPerSecond() + "/s need at least "
                + f.minimum().toSeconds()
                + " s. Restrict OBSERVER_SYMBOLS or lengthen OBSERVER_SWING_INTERVAL.");
    }

    @jakarta.annotation.PreDestroy
    void stop() {
        loop.end();
        runner.stop(); // a cycle in progress must not hold the server's shutdown
    }

    /** The last cycles, oldest first (for the status API). */
    public synchronized List<SwingCycleResult> recentCycles() {
        return List.copyOf(recent);
    }

    public synchronized long skippedOverlaps() {
        return skippedOverlaps;
    }
}
