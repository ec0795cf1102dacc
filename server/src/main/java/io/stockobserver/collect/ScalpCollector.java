package io.stockobserver.collect;

import io.stockobserver.calendar.CalendarService;
import io.stockobserver.calendar.CollectionWindow;
import io.stockobserver.loop.LoopService;
import io.stockobserver.loop.SupervisedLoop;
import io.stockobserver.mitigation.MitigationController;
import io.stockobserver.mitigation.MitigationService;
import io.stockobserver.pipeline.Observation;
import io.stockobserver.pipeline.ObservationPipeline;
import io.stockobserver.provider.StreamSource;
import io.stockobserver.provider.VenueProfile;
import io.stockobserver.recorder.ArchiveService;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Track B's scheduler: opens the real-time stream while the scalp window is open, registers the symbols the slot
 * manager chose ({@link #applySlots}) and samples the latest-quote book every 500 ms on the clock grid (2 Hz) into
 * {@code scalp/}. Starts with the application. The sampler and the stream watch (window, watchdog) are separate
 * supervised loops, so neither can take the other down.
 */
@ApplicationScoped
public class ScalpCollector {
    private static final Logger LOG = Logger.getLogger(ScalpCollector.class.getName());

    @Inject
    CollectSettings config;

    @Inject
    VenueProfile venue;

    @Inject
    ArchiveService archive;

    @Inject
    StreamSource streams;

    @Inject
    ObservationPipeline pipeline;

    @Inject
    CalendarService calendar;

    @Inject
    MitigationService mitigation;

    @Resource(lookup = "concurrent/observerScheduler")
    ManagedScheduledExecutorService scheduler;

    @Inject
    LoopService loops;

    private final LatestQuoteBook book = new LatestQuoteBook();
    private ScalpStream stream;
    private ScalpSampler sampler;
    private StreamWatchdog watchdog;
    private CollectionWindow window;
    private SupervisedLoop sampling;
    private SupervisedLoop watching;
    private volatile boolean streaming;
    private final java.util.concurrent.atomic.LongAdder expectedSamples = new java.util.concurrent.atomic.LongAdder();
    private final java.util.concurrent.atomic.LongAdder recordedSamples = new java.util.concurrent.atomic.LongAdder();
    private final java.util.concurrent.atomic.LongAdder failedSamples = new java.util.concurrent.atomic.LongAdder();

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
        window = config.scalpWindow();
        sampler = new ScalpSampler(book, venue.provider(), venue.market(), config.scalpStaleAfter());
        stream = new ScalpStream(
                streams,
                archive.rawJournal(),
                book,
                archive.events(),
                archive.gaps(),
                archive.session(),
                List.of(),
                archive.clock(),
                scheduler,
                new ReconnectBackoff(config.reconnectScale()),
                venue.provider());
        watchdog = new StreamWatchdog(
                stream, archive.events(), config.wsStaleAfter(), config.scalpPauseAfter(), venue.zone());
        Duration period = ScalpSampler.DEFAULT_PERIOD;
        Duration delay =
                Duration.ofMillis(period.toMillis() - Math.floorMod(System.currentTimeMillis(), period.toMillis()));
        // two loops: a failure while sampling can never silence the watchdog, nor the other way round
        watching = loops.fixedRate("scalp-stream-watch", delay, period, this::watch);
        sampling = loops.fixedRate("scalp-sampler", delay, period, this::sample);
        LOG.info("Track B: slot symbols at 2 Hz, window " + window);
    }

    /** Opens and closes the stream with the window and runs the watchdog (stale sessions, long outages). */
    private void watch() {
        Instant now = archive.clock().instant();
        boolean open = open(now);
        if (open && !streaming) {
            streaming = true;
            stream.start();
        } else if (!open && streaming) {
            streaming = false;
            stream.stop();
        }
        watchdog.check(now, open);
    }

    private boolean open(Instant now) {
        return window.isOpen(now)
                && calendar.answer(now.atZone(venue.zone()).toLocalDate()).tradingDay();
    }

    /** One sampling instant: a snapshot of every slot symbol with input, each on its own (one bad symbol stays one). */
    private void sample() {
        Instant now = archive.clock().instant();
        if (!streaming || !open(now)) {
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
            try {
                if (pipeline.observe(o) == ObservationPipeline.Outcome.ARCHIVED
                        && o.quality() != io.stockobserver.pipeline.QualityFlag.GAP) {
                    recordedSamples.increment();
                }
            } catch (RuntimeException e) {
                failedSamples.increment(); // the pipeline turns bad records into rejections; this is a defect
                LOG.log(Level.SEVERE, "scalp snapshot of " + o.symbol() + " could not be processed", e);
            }
        }
    }

    @PreDestroy
    void stop() {
        for (SupervisedLoop l : new SupervisedLoop[] {sampling, watching}) {
            if (l != null) {
                l.end();
            }
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

    /** Snapshots the pipeline threw on (a defect: bad values become rejections); 0 in a healthy run. */
    public long failedSamples() {
        return failedSamples.sum();
    }

    public boolean isPaused() {
        return watchdog != null && watchdog.paused();
    }

    public CollectionWindow window() {
        return window;
    }
}
