package io.stockobserver.collect;

import io.stockobserver.app.ArchiveService;
import io.stockobserver.app.CalendarService;
import io.stockobserver.app.KisGateway;
import io.stockobserver.app.MitigationService;
import io.stockobserver.app.ObserverConfig;
import io.stockobserver.mitigation.MitigationController;
import io.stockobserver.pipeline.Observation;
import io.stockobserver.pipeline.ObservationPipeline;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Track B's scheduler: opens the real-time stream while the scalp window is open, registers the symbols the slot
 * manager chose ({@link #applySlots}) and samples the latest-quote book every 500 ms on the clock grid (2 Hz) into
 * {@code scalp/}. Starts with the application.
 */
@ApplicationScoped
public class ScalpCollector {
    private static final Logger LOG = Logger.getLogger(ScalpCollector.class.getName());

    @Inject
    ObserverConfig config;

    @Inject
    ArchiveService archive;

    @Inject
    KisGateway kis;

    @Inject
    ObservationPipeline pipeline;

    @Inject
    CalendarService calendar;

    @Inject
    MitigationService mitigation;

    @Resource(lookup = "concurrent/observerScheduler")
    ManagedScheduledExecutorService scheduler;

    private final LatestQuoteBook book = new LatestQuoteBook();
    private ScalpStream stream;
    private ScalpSampler sampler;
    private StreamWatchdog watchdog;
    private CollectionWindow window;
    private ScheduledFuture<?> ticks;
    private volatile boolean streaming;
    private final java.util.concurrent.atomic.LongAdder expectedSamples = new java.util.concurrent.atomic.LongAdder();
    private final java.util.concurrent.atomic.LongAdder recordedSamples = new java.util.concurrent.atomic.LongAdder();

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
        window = config.scalpWindow();
        sampler = new ScalpSampler(book, config.provider(), config.market(), config.scalpStaleAfter());
        stream = new ScalpStream(
                kis.settings().wsUrl(),
                kis.approvals(),
                archive.rawJournal(),
                book,
                archive.events(),
                archive.gaps(),
                archive.session(),
                List.of(),
                archive.clock(),
                scheduler,
                new ReconnectBackoff(config.reconnectScale()),
                config.provider());
        watchdog = new StreamWatchdog(
                stream, archive.events(), config.wsStaleAfter(), config.scalpPauseAfter(), config.marketZone());
        long period = ScalpSampler.DEFAULT_PERIOD.toMillis();
        long delay = period - Math.floorMod(System.currentTimeMillis(), period);
        ticks = scheduler.scheduleAtFixedRate(this::tick, delay, period, TimeUnit.MILLISECONDS);
        LOG.info("Track B: slot symbols at 2 Hz, window " + window);
    }

    private void tick() {
        try {
            Instant now = archive.clock().instant();
            boolean open = window.isOpen(now)
                    && calendar.answer(now.atZone(config.marketZone()).toLocalDate())
                            .tradingDay();
            if (open && !streaming) {
                streaming = true;
                stream.start();
            } else if (!open && streaming) {
                streaming = false;
                stream.stop();
            }
            watchdog.check(now, open);
            if (!open) {
                return;
            }
            Instant sampleTime = ScalpSampler.alignDown(now, ScalpSampler.DEFAULT_PERIOD);
            // mitigation lowers the rate (1 Hz, 0.5 Hz) by sampling only on its coarser grid; every slot stays
            long period = MitigationController.period(mitigation.level()).toMillis();
            if (sampleTime.toEpochMilli() % period != 0) {
                return;
            }
            List<String> symbols = stream.symbols();
            // the record rate counts symbols that have traded since registration (nothing to snapshot before)
            expectedSamples.add(
                    symbols.stream().filter(x -> book.lastUpdate(x).isPresent()).count());
            if (watchdog.paused()) {
                return;
            }
            for (Observation o : sampler.sample(symbols, sampleTime, System.nanoTime(), !stream.isConnected())) {
                if (pipeline.observe(o) == ObservationPipeline.Outcome.ARCHIVED
                        && o.quality() != io.stockobserver.pipeline.QualityFlag.GAP) {
                    recordedSamples.increment();
                }
            }
        } catch (RuntimeException e) {
            // a failing tick must not cancel the fixed-rate schedule
            LOG.log(Level.SEVERE, "scalp sampling tick failed", e);
        }
    }

    @PreDestroy
    void stop() {
        if (ticks != null) {
            ticks.cancel(false);
        }
        if (stream != null) {
            stream.stop();
        }
    }

    public ScalpStream stream() {
        return stream;
    }

    public ScalpSampler sampler() {
        return sampler;
    }

    public boolean isStreaming() {
        return streaming;
    }

    /** The latest-quote book the stream feeds (read-only use: freshness per symbol). */
    public LatestQuoteBook book() {
        return book;
    }

    /** The symbols Track B registers (the slot manager's choice). */
    public List<String> symbols() {
        return stream == null ? List.of() : stream.symbols();
    }

    /** Registers exactly {@code slotSymbols} from now on (unregistering the others) and samples them. */
    public void applySlots(List<String> slotSymbols) {
        stream.updateSymbols(slotSymbols);
    }

    /**
     * Snapshots due since start (slot symbols with input, on the grid of the mitigation level in force, also while
     * paused) and snapshots archived with real inputs (quality not {@code gap}): the scalp record rate.
     */
    public long[] sampleCounts() {
        return new long[] {expectedSamples.sum(), recordedSamples.sum()};
    }

    public boolean isPaused() {
        return watchdog != null && watchdog.paused();
    }

    public CollectionWindow window() {
        return window;
    }
}
