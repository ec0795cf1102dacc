package io.stockobserver.sandbox.market;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * Simulates one listing: a {@link FairValue}, Poisson trades and quote updates whose rate follows the
 * trading calendar, a one-tick-wide book around the fair value, and the day's statistics.
 *
 * <p>The state is advanced lazily to the time asked for. Short advances are exact: every candidate event is drawn in
 * continuous time by thinning, so the path depends only on the seed, not on how often it is advanced. Long gaps (a
 * listing nobody watched) are caught up coarsely in at most {@value #MAX_COARSE_STEPS} aggregate steps, which keeps
 * a first REST query cheap; nobody could have seen those trades, so none are kept as events.
 *
 * <p>{@link Surge}s of the listing multiply the trade rate, trade sizes or volatility inside their windows. The
 * candidate rate is piecewise constant between surge boundaries, so exact stepping stays exact; coarse steps use the
 * time averages of the multipliers. When the listing's surges change, the next candidate is drawn again from the
 * current position (the candidate process is memoryless, so that is exact too).
 *
 * <p>Thread-safety: every entry point is synchronized; the REST threads and the feed thread share instances.
 */
final class SymbolSimulator {

    private static final double COARSE_EXPECTED_EVENTS = 2_000;
    private static final int MAX_COARSE_STEPS = 400;
    private static final int MAX_PENDING_EVENTS = 20_000;
    private static final int EXACT_BATCH_LIMIT = 32;
    private static final double NANOS_PER_SECOND = 1e9;
    private static final double LEVEL_SIZE_SIGMA = 0.6;

    private final SymbolInfo info;
    private final SymbolProfile profile;
    private final TradingCalendar calendar;
    private final double intensity;
    private final SplittableRandom rng;
    private final double peakRate;
    private final SurgeRegistry surges;
    private final FairValue fair;
    private final BookLadder book = new BookLadder();
    private final ArrayDeque<MarketEvent> pending = new ArrayDeque<>();

    private DayTape day;
    private long positionNanos;
    private long fairNanos;
    private long nextCandidateNanos;
    private long lastBookTotalAsk = -1;
    private long lastBookTotalBid = -1;
    private boolean watched;
    private boolean retaining;
    private long droppedEvents;
    private SurgeWindows windows;

    SymbolSimulator(
            Universe.Listing listing,
            TradingCalendar calendar,
            double intensity,
            long seed,
            SurgeRegistry surges,
            Instant start) {
        this.info = listing.info();
        this.surges = surges;
        this.windows = surges.windows(listing.info().code());
        this.profile = listing.profile();
        this.calendar = calendar;
        this.intensity = intensity;
        this.rng = new SplittableRandom(Seeds.mix(Seeds.forSymbol(seed, info.code()) + 1));
        this.peakRate =
                info.halted() ? 0.0 : IntradayProfile.PEAK * intensity * (profile.tradeRate() + profile.quoteRate());
        this.fair = new FairValue(info.halted() ? 0.0 : profile.dailyVolatility(), info.previousClose());
        LocalDate date = calendar.businessDate(start);
        long previousVolume = info.halted()
                ? 0
                : Math.round(profile.tradeRate()
                        * intensity
                        * calendar.tradingSecondsPerDay()
                        * profile.meanQuantity()
                        * profile.previousVolumeFactor());
        this.day =
                new DayTape(date, info.previousClose(), previousVolume, profile.previousHigh(), profile.previousLow());
        this.positionNanos = nanos(calendar.dayStart(date));
        this.fairNanos = positionNanos;
        recenter(positionNanos);
        this.nextCandidateNanos = scheduleAfter(positionNanos);
        advanceTo(nanos(start));
    }

    synchronized QuoteSnapshot quote(Instant now) {
        advanceTo(nanos(now));
        return snapshot(later(now));
    }

    synchronized OrderBookSnapshot orderBook(Instant now) {
        advanceTo(nanos(now));
        return book.snapshot(info.code(), later(now), day.volume, lastBookTotalAsk, lastBookTotalBid);
    }

    /** Advances to {@code now} and hands over the events kept since the last call (only while watched). */
    synchronized List<MarketEvent> drain(Instant now) {
        advanceTo(nanos(now));
        if (pending.isEmpty()) {
            return List.of();
        }
        List<MarketEvent> events = new ArrayList<>(pending);
        pending.clear();
        return events;
    }

    /** Starts or stops keeping events; starting first catches up silently, so old trades are never replayed. */
    synchronized void watch(boolean on, Instant now) {
        if (on && !watched) {
            advanceTo(nanos(now));
            lastBookTotalAsk = book.totalAsk();
            lastBookTotalBid = book.totalBid();
        }
        watched = on;
        pending.clear();
    }

    /** Makes one trade happen now (benchmark flood), whatever the calendar says; empty for a halted listing. */
    synchronized Optional<TradeEvent> forceTrade(Instant now) {
        if (info.halted()) {
            return Optional.empty();
        }
        long at = Math.max(nanos(now), positionNanos);
        advanceTo(at);
        retaining = watched;
        fair.evolve((at - fairNanos) / NANOS_PER_SECOND, day, rng, volatilityScale(fairNanos, at));
        fairNanos = at;
        recenter(at);
        TradeEvent trade = trade(at, false);
        retaining = false;
        return Optional.of(trade);
    }

    synchronized long droppedEvents() {
        return droppedEvents;
    }

    private void advanceTo(long target) {
        refreshSurges();
        if (target <= positionNanos) {
            return;
        }
        boolean coarse = expectedCandidates(positionNanos, target) > COARSE_EXPECTED_EVENTS;
        long boundary = nanos(calendar.nextDayStart(instant(positionNanos)));
        while (boundary <= target) {
            if (!coarse) {
                runExact(boundary);
            }
            rollDay(boundary);
            boundary = nanos(calendar.nextDayStart(instant(boundary)));
        }
        if (coarse) {
            runCoarse(target);
        } else {
            runExact(target);
        }
    }

    private void runExact(long target) {
        retaining = watched;
        while (nextCandidateNanos <= target) {
            long at = nextCandidateNanos;
            positionNanos = at;
            double activity = calendar.activity(instant(at)) * intensity;
            if (activity > 0) {
                fair.evolve((at - fairNanos) / NANOS_PER_SECOND, day, rng, volatilityScale(fairNanos, at));
                recenter(at);
            }
            fairNanos = at;
            double velocity = windows.multiplier(SurgeKind.VELOCITY, at);
            double draw = rng.nextDouble() * candidateRate(velocity);
            double tradeBar = activity * profile.tradeRate() * velocity;
            if (draw < tradeBar) {
                trade(at, true);
            } else if (draw < tradeBar + activity * profile.quoteRate()) {
                book.perturb(rng, this::freshLevelSize);
                emitBook(at);
            }
            nextCandidateNanos = scheduleAfter(at);
        }
        positionNanos = Math.max(positionNanos, target);
        retaining = false;
    }

    private void runCoarse(long target) {
        retaining = false;
        long gap = target - positionNanos;
        int steps = (int) Math.min(MAX_COARSE_STEPS, Math.max(1, gap / (long) NANOS_PER_SECOND));
        long stepLength = gap / steps;
        for (int i = 0; i < steps; i++) {
            long end = i == steps - 1 ? target : positionNanos + stepLength;
            coarseStep(positionNanos, end);
            positionNanos = end;
        }
        fairNanos = target;
        nextCandidateNanos = scheduleAfter(target);
    }

    private void coarseStep(long start, long end) {
        double seconds = (end - start) / NANOS_PER_SECOND;
        double activity = calendar.activity(instant(start + (end - start) / 2)) * intensity;
        if (activity <= 0 || info.halted()) {
            return;
        }
        fair.evolve(seconds, day, rng, volatilityScale(start, end));
        recenter(end);
        double velocity = windows.isEmpty() ? 1.0 : windows.mean(SurgeKind.VELOCITY, start, end);
        long trades = RandomDraws.poisson(rng, activity * profile.tradeRate() * velocity * seconds);
        if (trades == 0) {
            return;
        }
        double volume = windows.isEmpty() ? 1.0 : windows.mean(SurgeKind.VOLUME, start, end);
        long quantity = scaled(batchQuantity(trades), volume);
        double buyShare = Math.max(0.05, Math.min(0.95, buyProbability() + 0.05 * rng.nextGaussian()));
        Side side = rng.nextDouble() < buyShare ? Side.BUY : Side.SELL;
        long price = side == Side.BUY ? book.bestAsk() : book.bestBid();
        long turnover = Math.round(quantity * (book.bestBid() + book.bestAsk()) / 2.0);
        long lastQuantity = Math.min(quantity, scaled(sampleQuantity(), volume));
        day.recordBatch(
                new DayTape.TradeBatch(
                        price,
                        trades,
                        Math.round(trades * buyShare),
                        quantity,
                        Math.round(quantity * buyShare),
                        turnover,
                        lastQuantity,
                        side),
                end);
        book.perturb(rng, this::freshLevelSize);
    }

    private TradeEvent trade(long at, boolean keepTrade) {
        Side side = rng.nextDouble() < buyProbability() ? Side.BUY : Side.SELL;
        long price = side == Side.BUY ? book.bestAsk() : book.bestBid();
        long quantity = scaled(sampleQuantity(), windows.multiplier(SurgeKind.VOLUME, at));
        day.recordTrade(price, quantity, side, at);
        book.consume(side, quantity, this::freshLevelSize);
        TradeEvent event = new TradeEvent(snapshot(instant(at)));
        if (keepTrade) {
            emit(event);
        }
        emitBook(at);
        return event;
    }

    private void rollDay(long boundary) {
        day = day.next(calendar.businessDate(instant(boundary)));
        positionNanos = Math.max(positionNanos, boundary);
        fairNanos = positionNanos;
        fair.clampTo(day);
        recenter(positionNanos);
        if (nextCandidateNanos < positionNanos) {
            nextCandidateNanos = scheduleAfter(positionNanos);
        }
    }

    private void recenter(long at) {
        if (book.recenter(fair.bestBid(day), day.lower, day.upper, this::freshLevelSize)) {
            emitBook(at);
        }
    }

    private double buyProbability() {
        double spread = book.bestAsk() - book.bestBid();
        double offset = (fair.value() - (book.bestAsk() + book.bestBid()) / 2.0) / spread;
        return Math.max(0.1, Math.min(0.9, 0.5 + 0.8 * offset));
    }

    private long batchQuantity(long trades) {
        if (trades <= EXACT_BATCH_LIMIT) {
            long total = 0;
            for (long i = 0; i < trades; i++) {
                total += sampleQuantity();
            }
            return total;
        }
        double sigma = SymbolProfile.QUANTITY_SIGMA;
        double spread = profile.meanQuantity() * Math.sqrt(Math.exp(sigma * sigma) - 1) * Math.sqrt(trades);
        return Math.max(trades, Math.round(trades * profile.meanQuantity() + spread * rng.nextGaussian()));
    }

    private long sampleQuantity() {
        return RandomDraws.size(rng, profile.medianQuantity(), SymbolProfile.QUANTITY_SIGMA);
    }

    private long freshLevelSize() {
        return RandomDraws.size(rng, profile.medianLevelSize(), LEVEL_SIZE_SIGMA);
    }

    /**
     * Draws the next candidate event after {@code at}: one exponential variate spent across the piecewise-constant
     * candidate rate (constant between surge boundaries).
     */
    private long scheduleAfter(long at) {
        if (peakRate <= 0) {
            return Long.MAX_VALUE;
        }
        double remaining = rng.nextExponential();
        long from = at;
        while (true) {
            double rate = candidateRate(windows.multiplier(SurgeKind.VELOCITY, from));
            long next = from + 1 + (long) (remaining / rate * NANOS_PER_SECOND);
            long boundary = windows.nextBoundaryAfter(from);
            if (next < boundary) {
                return next;
            }
            remaining -= rate * (boundary - from) / NANOS_PER_SECOND;
            from = boundary;
        }
    }

    /** Returns the candidate rate (trades and quote updates at the intraday peak) under a trade-rate multiplier. */
    private double candidateRate(double velocity) {
        if (velocity == 1.0) {
            return peakRate;
        }
        return info.halted()
                ? 0.0
                : IntradayProfile.PEAK * intensity * (profile.tradeRate() * velocity + profile.quoteRate());
    }

    private double expectedCandidates(long from, long to) {
        double velocity = windows.isEmpty() ? 1.0 : windows.mean(SurgeKind.VELOCITY, from, to);
        return candidateRate(velocity) * (to - from) / NANOS_PER_SECOND;
    }

    /** Returns the volatility multiplier over [from, to): the root mean square of the VOLATILITY surges' factors. */
    private double volatilityScale(long from, long to) {
        return windows.isEmpty() ? 1.0 : Math.sqrt(windows.meanSquare(SurgeKind.VOLATILITY, from, to));
    }

    /** Picks up added or cleared surges; the next candidate is drawn again under the new rates. */
    private void refreshSurges() {
        SurgeWindows current = surges.windows(info.code());
        if (current != windows) {
            windows = current;
            nextCandidateNanos = scheduleAfter(positionNanos);
        }
    }

    private static long scaled(long quantity, double multiplier) {
        return multiplier == 1.0 ? quantity : Math.max(1, Math.round(quantity * multiplier));
    }

    private void emitBook(long at) {
        if (!retaining) {
            return;
        }
        OrderBookSnapshot snapshot =
                book.snapshot(info.code(), instant(at), day.volume, lastBookTotalAsk, lastBookTotalBid);
        lastBookTotalAsk = snapshot.totalAskSize();
        lastBookTotalBid = snapshot.totalBidSize();
        emit(new BookEvent(snapshot));
    }

    private void emit(MarketEvent event) {
        if (!retaining) {
            return;
        }
        if (pending.size() >= MAX_PENDING_EVENTS) {
            pending.pollFirst();
            droppedEvents++;
        }
        pending.addLast(event);
    }

    private QuoteSnapshot snapshot(Instant time) {
        DayTape d = day;
        return new QuoteSnapshot(
                info.code(),
                time,
                d.date,
                d.base,
                d.upper,
                d.lower,
                d.last,
                d.open,
                d.high,
                d.low,
                d.traded() ? instant(d.openNanos) : null,
                d.traded() ? instant(d.highNanos) : null,
                d.traded() ? instant(d.lowNanos) : null,
                book.bestAsk(),
                book.bestBid(),
                book.bestAskSize(),
                book.bestBidSize(),
                book.totalAsk(),
                book.totalBid(),
                d.volume,
                d.turnover,
                d.lastQuantity,
                d.lastSide,
                d.buyTrades,
                d.sellTrades,
                d.buyVolume,
                d.sellVolume,
                d.previousVolume,
                Math.round(d.previousVolume * calendar.elapsedShare(time)),
                d.previousHigh,
                d.previousLow,
                info.listedShares(),
                info.halted());
    }

    private Instant later(Instant now) {
        long at = nanos(now);
        return at >= positionNanos ? now : instant(positionNanos);
    }

    private static long nanos(Instant time) {
        return EpochNanos.of(time);
    }

    private static Instant instant(long nanos) {
        return EpochNanos.instant(nanos);
    }
}
