package io.stockobserver.scalp.slot;

import io.stockobserver.calendar.CalendarService;
import io.stockobserver.calendar.CollectionWindow;
import io.stockobserver.collect.ScalpCollector;
import io.stockobserver.loop.LoopService;
import io.stockobserver.loop.SupervisedLoop;
import io.stockobserver.mitigation.MitigationService;
import io.stockobserver.pipeline.Observation;
import io.stockobserver.pipeline.Track;
import io.stockobserver.provider.ActivitySource;
import io.stockobserver.provider.VenueProfile;
import io.stockobserver.recorder.ArchiveService;
import io.stockobserver.scalp.candidate.CandidateBoard;
import io.stockobserver.scalp.candidate.PreviousDayVolumes;
import io.stockobserver.scalp.trigger.TriggerEngine;
import io.stockobserver.scalp.trigger.TriggerScore;
import io.stockobserver.scalp.trigger.TriggerThresholds;
import io.stockobserver.universe.Universe;
import io.stockobserver.universe.UniverseService;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Track B's slot manager at run time (seed 003 §2.4–2.6): the candidate monitor keeps the {@link CandidateBoard} fresh
 * while the scalp window is open (ranking endpoints and a universe sweep within the shared REST budget, plus every
 * Track A snapshot and stream sample through the pipeline's tap); every OBSERVER_SLOT_DECIDE_EVERY the trigger engine
 * ranks the board, the allocator decides the slots (pins win, minimum hold), the decision becomes system events and
 * Overflow Ledger lines, and the stream registers exactly the slot symbols.
 */
@ApplicationScoped
public class SlotService {
    private static final Logger LOG = Logger.getLogger(SlotService.class.getName());

    @Inject
    SlotSettings config;

    @Inject
    VenueProfile venue;

    @Inject
    ArchiveService archive;

    @Inject
    ActivitySource activity;

    @Inject
    UniverseService universe;

    @Inject
    CalendarService calendar;

    @Inject
    MitigationService mitigation;

    @Inject
    ScalpCollector scalp;

    @Inject
    io.stockobserver.pipeline.ObservationPipeline pipeline;

    @Inject
    LoopService loops;

    private final Set<String> pins = new ConcurrentSkipListSet<>();
    private final AtomicLong decisions = new AtomicLong();
    private final AtomicLong slotChanges = new AtomicLong();
    private final AtomicLong overflowRows = new AtomicLong();
    private volatile CandidateBoard board;
    private volatile ActivitySource sources;
    private TriggerEngine engine;
    private SlotRound round;
    private volatile SlotAllocator allocator;
    private SlotEvents slotEvents;
    private OverflowLedger ledger;
    private CollectionWindow window;
    private CollectionWindow swingWindow;
    private SupervisedLoop deciding;
    private SupervisedLoop rankingPolls;
    private SupervisedLoop sweeps;
    private volatile SlotDecision last;
    private volatile List<TriggerScore> lastRanking = List.of();
    private volatile Instant lastDecisionTime;
    private volatile Instant lastTrackAFeed = Instant.EPOCH;
    private volatile Universe admittedFor;
    private volatile Set<String> admitted = Set.of();

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
        window = config.scalpWindow();
        swingWindow = config.swingWindow();
        board = new CandidateBoard(config.activitySettings(), venue.counterZone(), this::admitted);
        engine = new TriggerEngine(TriggerThresholds.defaults());
        allocator = new SlotAllocator(config.slotPolicy());
        round = new SlotRound(board, engine, allocator);
        slotEvents = new SlotEvents(archive.events());
        ledger = new OverflowLedger(
                archive.layout(),
                archive.writer(),
                venue.provider(),
                archive.session().id(),
                mitigation::level,
                Duration.ofSeconds(2));
        pins.addAll(config.scalpPins());
        seedPreviousDay();
        pipeline.tap(this::learn);
        deciding = loops.fixedDelay("slot-decisions", Duration.ZERO, config.slotDecideEvery(), this::decideIfOpen);
        if (activity.available()) { // KIS: the ranking endpoints and multprice are real-only
            sources = activity;
            rankingPolls = loops.fixedDelay(
                    "candidate-rankings", Duration.ofSeconds(1), config.candidateRankingEvery(), this::pollRankings);
            sweeps = loops.fixedDelay(
                    "candidate-sweep", Duration.ofSeconds(2), config.candidateSweepEvery(), this::sweep);
        }
        LOG.info("slot manager: " + allocator.policy().slots() + " slots, decisions every " + config.slotDecideEvery()
                + ", " + pins.size() + " pin(s) from configuration");
    }

    /** Yesterday's volumes from the archive, so the triggers have a baseline before today's window is long enough. */
    private void seedPreviousDay() {
        Path dir = archive.layout()
                .root()
                .resolve("swing")
                .resolve(venue.provider())
                .resolve(venue.market());
        Instant counterDayStart = archive.clock()
                .instant()
                .atZone(venue.counterZone())
                .toLocalDate()
                .atStartOfDay(venue.counterZone())
                .toInstant();
        try {
            Map<String, Double> volumes = PreviousDayVolumes.read(dir, venue.zone(), counterDayStart);
            volumes.forEach(board::previousDayVolume);
            LOG.info("candidate monitor: previous-day volumes of " + volumes.size() + " symbols from the archive");
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "previous-day volumes could not be read from " + dir + "; ranking polls fill in", e);
        }
    }

    @PreDestroy
    void stop() {
        for (SupervisedLoop l : new SupervisedLoop[] {deciding, rankingPolls, sweeps}) {
            if (l != null) {
                l.end();
            }
        }
        if (sources != null) {
            sources.stop();
        }
    }

    /** Pins {@code symbol} and decides at once; the decision tells whether it got a slot. */
    public synchronized SlotDecision pin(String symbol) {
        pins.add(symbol);
        return decide(archive.clock().instant());
    }

    /** Removes the pin and decides at once; false when it was not pinned. */
    public synchronized boolean unpin(String symbol) {
        boolean removed = pins.remove(symbol);
        if (removed) {
            decide(archive.clock().instant());
        }
        return removed;
    }

    /** Whether {@code symbol} is in today's universe (pins must be). */
    public boolean admitted(String symbol) {
        Universe u = universe.current().orElse(null);
        if (u != admittedFor) {
            admitted = Set.copyOf(universe.symbols());
            admittedFor = u;
        }
        return admitted.contains(symbol);
    }

    public Set<String> pins() {
        return new TreeSet<>(pins);
    }

    /** The last decision, or null before the first. */
    public SlotDecision lastDecision() {
        return last;
    }

    public Instant lastDecisionTime() {
        return lastDecisionTime;
    }

    /** The trigger ranking of the last decision, best first. */
    public List<TriggerScore> lastRanking() {
        return lastRanking;
    }

    public int capacity() {
        SlotAllocator a = allocator;
        return a == null ? config.slotPolicy().slots() : a.policy().slots();
    }

    public long decisions() {
        return decisions.get();
    }

    public long slotChanges() {
        return slotChanges.get();
    }

    public long overflowRows() {
        return overflowRows.get();
    }

    public long overflowFailures() {
        return ledger == null ? 0 : ledger.failedCount();
    }

    public int candidatesTracked() {
        CandidateBoard b = board;
        return b == null ? 0 : b.symbolsTracked();
    }

    public long candidateCalls() {
        return sources == null ? 0 : sources.calls();
    }

    public long candidateCallFailures() {
        return sources == null ? 0 : sources.failedCalls();
    }

    private boolean open(Instant now) {
        return window.isOpen(now)
                && calendar.answer(now.atZone(venue.zone()).toLocalDate()).tradingDay();
    }

    private void decideIfOpen() {
        try {
            Instant now = archive.clock().instant();
            if (open(now)) {
                synchronized (this) {
                    decide(now);
                }
            }
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "slot decision failed", e); // the next round tries again
        }
    }

    private SlotDecision decide(Instant now) {
        List<Slot> current = last == null ? List.of() : last.slots();
        var outcome = round.decide(now, pins, current);
        SlotDecision d = outcome.decision();
        slotEvents.record(d);
        overflowRows.addAndGet(ledger.write(d.overflow()));
        slotChanges.addAndGet(d.allocated().size() + d.released().size());
        decisions.incrementAndGet();
        last = d;
        lastRanking = outcome.ranking();
        lastDecisionTime = now;
        if (d.changed() || current.isEmpty() != d.slots().isEmpty()) {
            scalp.applySlots(d.slots().stream().map(Slot::symbol).toList());
        }
        return d;
    }

    /**
     * The candidate monitor works from the Track A window on (09:00 on the exchange's hours), so the triggers have a
     * baseline and the activity rank is known when the scalp window opens; slots are decided in the scalp window.
     */
    private boolean monitoring(Instant now) {
        return (window.isOpen(now) || swingWindow.isOpen(now))
                && calendar.answer(now.atZone(venue.zone()).toLocalDate()).tradingDay();
    }

    private void pollRankings() {
        try {
            if (monitoring(archive.clock().instant())) {
                sources.pollRankings(board);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "candidate ranking poll failed", e);
        }
    }

    /** Quotes the universe unless Track A did within the sweep interval (its snapshots already fed the board). */
    private void sweep() {
        try {
            Instant now = archive.clock().instant();
            if (!monitoring(now) || Duration.between(lastTrackAFeed, now).compareTo(config.candidateSweepEvery()) < 0) {
                return;
            }
            sources.sweep(universe.symbols(), board);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "candidate sweep failed", e);
        }
    }

    /** The pipeline tap: Track A snapshots and stream samples feed the board (cheap, on the collector's thread). */
    private void learn(Observation o) {
        Number volume = o.number("volume");
        Number price = o.number("last_price");
        Number rate = o.number("change_rate");
        if (volume == null || price == null) {
            return;
        }
        long trades = activity.dayTrades(o);
        if (o.track() == Track.SWING) {
            lastTrackAFeed = o.receiveTime();
        }
        board.observe( // receive time: one clock for every source, so cumulative differences stay ordered
                o.symbol(),
                o.receiveTime(),
                volume.doubleValue(),
                price.doubleValue(),
                rate == null ? 0 : rate.doubleValue(),
                trades);
    }
}
