package io.stockobserver.collect;

import io.stockobserver.app.ArchiveService;
import io.stockobserver.app.KisGateway;
import io.stockobserver.app.ObserverConfig;
import io.stockobserver.events.GapRecorder;
import io.stockobserver.pipeline.ObservationPipeline;
import io.stockobserver.provider.kis.KisApiException;
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
    ObserverConfig config;

    @Inject
    ArchiveService archive;

    @Inject
    KisGateway kis;

    @Inject
    ObservationPipeline pipeline;

    private final AtomicBoolean running = new AtomicBoolean();
    private final List<SwingCycleResult> recent = new ArrayList<>();
    private CollectionWindow window;
    private SwingSnapshotMapper mapper;
    private long skippedOverlaps;

    @PostConstruct
    void schedule() {
        window = config.swingWindow();
        mapper = new SwingSnapshotMapper(config.provider(), config.market());
        long interval = config.swingInterval().toMillis();
        timers.createIntervalTimer(2_000, interval, new TimerConfig("swing-cycle", false));
        LOG.info("Track A every " + config.swingInterval() + " for "
                + config.symbols().size() + " symbols, window " + window);
    }

    @Timeout
    void onTimer(Timer timer) {
        Instant now = archive.clock().instant();
        if (!window.isOpen(now)) {
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
        String cycleId = CYCLE_ID.format(cycleTime.atZone(config.marketZone()));
        int ok = 0;
        List<String> failed = new ArrayList<>();
        for (String symbol : config.symbols()) {
            try {
                var response = kis.rest().inquirePrice(symbol);
                var outcome = pipeline.observe(mapper.map(symbol, cycleId, cycleTime, response));
                if (outcome == ObservationPipeline.Outcome.ARCHIVED) {
                    ok++;
                } else {
                    failed.add(symbol);
                }
            } catch (KisApiException | RuntimeException e) {
                failed.add(symbol);
                recordMissing(symbol, cycleTime, e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        Instant end = archive.clock().instant();
        SwingCycleResult result = new SwingCycleResult(
                cycleId,
                cycleTime,
                Duration.between(cycleTime, end),
                config.symbols().size(),
                ok,
                failed.size());
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("cycle_id", cycleId);
        f.put("attempted", result.attempted());
        f.put("succeeded", result.succeeded());
        f.put("failed", result.failed());
        f.put("duration_ms", result.duration().toMillis());
        if (!failed.isEmpty()) {
            f.put("failed_symbols", failed);
        }
        archive.events().record("swing_cycle_completed", f, end);
        synchronized (this) {
            recent.add(result);
            if (recent.size() > 50) {
                recent.remove(0);
            }
        }
    }

    private void recordMissing(String symbol, Instant cycleTime, Exception e) {
        GapRecorder.Reason reason = e instanceof KisApiException k && k.isRateLimit()
                ? GapRecorder.Reason.RATE_LIMIT
                : GapRecorder.Reason.API_ERROR;
        LOG.warning("Track A could not snapshot " + symbol + ": " + e.getMessage());
        archive.gaps().record(cycleTime, archive.clock().instant(), "swing", reason, Map.of("symbol", symbol));
    }

    /** The last cycles, oldest first (for the status API). */
    public synchronized List<SwingCycleResult> recentCycles() {
        return List.copyOf(recent);
    }

    public synchronized long skippedOverlaps() {
        return skippedOverlaps;
    }
}
