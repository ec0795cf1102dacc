package io.stockobserver.sandbox.upbit.market;

import io.stockobserver.sandbox.market.SurgeKind;
import io.stockobserver.sandbox.market.SurgeRegistry;
import io.stockobserver.sandbox.market.SurgeWindows;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Simulates one market: a hidden fair value (a slowly mean-reverting random walk of the log price), Poisson trades
 * and book changes whose rate follows a daily profile, the book around the fair value, the UTC day's figures and
 * the 24 h tape.
 *
 * <p>The state is advanced lazily to the time asked for. Short advances are exact: candidate events are drawn in
 * continuous time and thinned, so the path depends on the seed and on the clock readings, not on how often the
 * market is advanced. Long gaps (a market nobody watched, the 24 h of history before the model started) are caught
 * up in one-minute aggregate steps that fill the same figures and keep each minute's last trade; nobody could have
 * seen those trades, so none is kept as an event.
 *
 * <p>Surges of the market multiply the trade rate, trade sizes or volatility inside their windows; the candidate
 * rate is piecewise constant between surge boundaries, so exact stepping stays exact.
 *
 * <p>Thread-safety: every entry point is synchronized; REST threads and the feed thread share instances.
 */
final class PairSimulator {

    private static final double NANOS_PER_SECOND = 1e9;
    private static final long NANOS_PER_MINUTE = 60_000_000_000L;
    private static final long NANOS_PER_DAY = 86_400_000_000_000L;
    private static final long NANOS_PER_MILLI = 1_000_000L;
    private static final double NANOS_PER_HOUR = 3.6e12;
    private static final double COARSE_EXPECTED_EVENTS = 2_000;
    private static final int MAX_PENDING_EVENTS = 20_000;
    private static final int RECENT_TRADES = 500;
    private static final double REVERSION_PER_SECOND = 1.0 / (3 * 86_400);
    private static final double SECONDS_PER_DAY = 86_400;
    private static final int EXACT_BATCH_LIMIT = 32;
    private static final double BUSIEST_HOUR_UTC = 13;

    private final UpbitPair pair;
    private final PairProfile profile;
    private final double intensity;
    private final SplittableRandom rng;
    private final SurgeRegistry surges;
    private final double sigmaPerSqrtSecond;
    private final double anchorLog;
    private final PairBook book;
    private final MinuteTape tape = new MinuteTape();
    private final ArrayDeque<TradeTick> recent = new ArrayDeque<>();
    private final ArrayDeque<PairEvent> pending = new ArrayDeque<>();

    private SurgeWindows windows;
    private double logFair;
    private UtcDay day;
    private TradeTick last;
    private long lastPrice;
    private long positionNanos;
    private long fairNanos;
    private long nextCandidateNanos;
    private long bookChangedNanos;
    private long highest52Week;
    private LocalDate highest52WeekDate;
    private long lowest52Week;
    private LocalDate lowest52WeekDate;
    private long sequenceMillis = Long.MIN_VALUE;
    private int sequenceInMilli;
    private boolean watched;
    private boolean retaining;
    private long droppedEvents;

    /**
     * Creates the market as it was at {@code originNanos} and simulates it up to {@code nowNanos}.
     *
     * @param listing the market and its profile
     * @param intensity multiplier of every rate; 0 freezes the market
     * @param seed the model seed (mixed with the market code)
     * @param surges the model's surges
     * @param originNanos where the simulation starts (24 h before the model started)
     * @param nowNanos the time to catch up to
     */
    PairSimulator(
            PairUniverse.Listing listing,
            double intensity,
            long seed,
            SurgeRegistry surges,
            long originNanos,
            long nowNanos) {
        this.pair = listing.pair();
        this.profile = listing.profile();
        this.intensity = intensity;
        this.rng = new SplittableRandom(seedOf(seed, pair.market()));
        this.surges = surges;
        this.windows = surges.windows(pair.market());
        this.sigmaPerSqrtSecond = profile.dailyVolatility() / Math.sqrt(SECONDS_PER_DAY);
        this.book = new PairBook(pair.quote(), profile, rng);
        this.lastPrice = profile.startPrice();
        this.logFair = Math.log(lastPrice);
        this.anchorLog = logFair;
        this.day = new UtcDay(dateOf(originNanos), lastPrice);
        this.highest52Week = profile.highest52Week();
        this.highest52WeekDate = profile.highest52WeekDate();
        this.lowest52Week = profile.lowest52Week();
        this.lowest52WeekDate = profile.lowest52WeekDate();
        this.positionNanos = originNanos;
        this.fairNanos = originNanos;
        this.bookChangedNanos = originNanos;
        book.recenter(lastPrice, rng);
        // A market always has a last trade: the one it opened the simulated history with.
        record(originNanos, lastPrice, profile.medianVolume(), AskBid.BID);
        this.nextCandidateNanos = scheduleAfter(originNanos);
        advanceTo(nowNanos);
    }

    synchronized TickerSnapshot ticker(long nowNanos) {
        advanceTo(nowNanos);
        return tickerAt(later(nowNanos));
    }

    /** Returns ticker, last trade and book at one position, and that position. */
    synchronized MarketSnapshot snapshot(long nowNanos) {
        advanceTo(nowNanos);
        long at = later(nowNanos);
        return new MarketSnapshot(tickerAt(at), last, book.snapshot(pair.market(), millis(bookChangedNanos)), at);
    }

    synchronized OrderbookSnapshot orderbook(long nowNanos) {
        advanceTo(nowNanos);
        return book.snapshot(pair.market(), millis(bookChangedNanos));
    }

    /** Returns the last trades, newest first (at most 500). */
    synchronized List<TradeTick> recentTrades(long nowNanos) {
        advanceTo(nowNanos);
        List<TradeTick> trades = new ArrayList<>(recent.size());
        recent.descendingIterator().forEachRemaining(trades::add);
        return trades;
    }

    synchronized TradeTick lastTrade(long nowNanos) {
        advanceTo(nowNanos);
        return last;
    }

    synchronized List<MinuteCandle> candles(int unit, long toNanos, int count, long nowNanos) {
        advanceTo(nowNanos);
        return tape.candles(pair.market(), unit, Math.min(toNanos, later(nowNanos) + 1), count, later(nowNanos));
    }

    synchronized long lastPrice(long nowNanos) {
        advanceTo(nowNanos);
        return lastPrice;
    }

    /** Advances to {@code nowNanos} and hands over the events kept since the last call (only while watched). */
    synchronized List<PairEvent> drain(long nowNanos) {
        advanceTo(nowNanos);
        if (pending.isEmpty()) {
            return List.of();
        }
        List<PairEvent> events = new ArrayList<>(pending);
        pending.clear();
        return events;
    }

    /** Starts or stops keeping events; starting first catches up silently, so old trades are never replayed. */
    synchronized void watch(boolean on, long nowNanos) {
        if (on && !watched) {
            advanceTo(nowNanos);
        }
        watched = on;
        pending.clear();
    }

    synchronized long droppedEvents() {
        return droppedEvents;
    }

    private void advanceTo(long target) {
        refreshSurges();
        if (target <= positionNanos) {
            return;
        }
        if (expectedCandidates(positionNanos, target) > COARSE_EXPECTED_EVENTS) {
            runCoarse(target);
        } else {
            runExact(target);
        }
    }

    private void runExact(long target) {
        retaining = watched;
        while (nextCandidateNanos <= target) {
            long at = nextCandidateNanos;
            rollTo(at);
            boolean bookMoved = evolveFair(at, volatilityScale(fairNanos, at));
            double activity = activity(at) * intensity;
            double velocity = windows.multiplier(SurgeKind.VELOCITY, at);
            double draw = rng.nextDouble() * candidateRate(velocity);
            double tradeBar = activity * profile.tradeRate() * velocity;
            if (draw < tradeBar) {
                trade(at);
                bookMoved = true;
            } else if (draw < tradeBar + activity * profile.bookRate()) {
                book.perturb(rng);
                bookMoved = true;
            }
            if (bookMoved) {
                bookChanged(at);
            }
            positionNanos = at;
            nextCandidateNanos = scheduleAfter(at);
        }
        positionNanos = target;
        rollTo(target);
        retaining = false;
    }

    private void runCoarse(long target) {
        retaining = false;
        long from = positionNanos;
        if (target - from > NANOS_PER_DAY + NANOS_PER_MINUTE) {
            // Only the last 24 h are kept in any figure; older time just moves the price and the day.
            long skipTo = target - NANOS_PER_DAY;
            if (evolveFair(skipTo, volatilityScale(from, skipTo))) {
                bookChangedNanos = skipTo;
            }
            rollTo(skipTo);
            from = skipTo;
        }
        while (from < target) {
            long end = Math.min(target, (MinuteTape.minuteOf(from) + 1) * NANOS_PER_MINUTE);
            coarseStep(from, end);
            from = end;
        }
        positionNanos = target;
        fairNanos = target;
        nextCandidateNanos = scheduleAfter(target);
    }

    /** One aggregate step inside one minute: the number of trades, their range and quantity, the last trade. */
    private void coarseStep(long start, long end) {
        rollTo(start);
        double seconds = (end - start) / NANOS_PER_SECOND;
        double activity = activity(start + (end - start) / 2) * intensity;
        double velocity = windows.isEmpty() ? 1.0 : windows.mean(SurgeKind.VELOCITY, start, end);
        double sizeScale = windows.isEmpty() ? 1.0 : windows.mean(SurgeKind.VOLUME, start, end);
        long trades = poisson(activity * profile.tradeRate() * velocity * seconds);
        long bookEvents = poisson(activity * profile.bookRate() * seconds);
        long first = lastPrice;
        boolean bookMoved = evolveFair(end, volatilityScale(start, end));
        if (trades > 0) {
            AskBid side = aggressor();
            long close = side == AskBid.BID ? book.bestAsk() : book.bestBid();
            // The price wanders a few ticks inside a busy minute; a single trade has no range.
            int swing = trades < 2
                    ? 0
                    : (int) Math.min(20, Math.round(Math.abs(rng.nextGaussian()) * Math.sqrt(trades) * 0.3));
            long high = UpbitTickGrid.step(pair.quote(), Math.max(first, close), swing);
            long low = UpbitTickGrid.step(pair.quote(), Math.min(first, close), -swing);
            double quantity = PairBook.round8(batchQuantity(trades) * sizeScale);
            double lastQuantity = Math.min(quantity, PairBook.round8(sampleQuantity() * sizeScale));
            long lastNanos = start + (long) ((end - start - 1) * Math.pow(rng.nextDouble(), 1.0 / trades));
            double buyShare = Math.max(0, Math.min(1, 0.5 + 0.15 * rng.nextGaussian()));
            double value = quantity * (PriceUnits.toDouble(first) + PriceUnits.toDouble(close)) / 2;
            // The minute's trades but the last go in as one block; the last one is booked as a trade of its own.
            double earlierQuantity = quantity - lastQuantity;
            double earlierValue = Math.max(0, value - lastQuantity * PriceUnits.toDouble(close));
            day.add(low, high, earlierQuantity, earlierValue, earlierQuantity * buyShare);
            tape.add(lastNanos, first, low, high, close, earlierQuantity, earlierValue);
            record(lastNanos, close, lastQuantity, side);
        }
        if (trades + bookEvents > 0 || bookMoved) {
            long changed = start + (long) ((end - start - 1) * Math.pow(rng.nextDouble(), 1.0 / (trades + bookEvents)));
            bookChangedNanos = Math.max(bookChangedNanos, changed);
        }
    }

    private void trade(long at) {
        AskBid side = aggressor();
        double quantity = PairBook.round8(Math.max(1e-8, sampleQuantity() * windows.multiplier(SurgeKind.VOLUME, at)));
        long price = book.trade(side, quantity, rng);
        TradeTick trade = record(at, price, quantity, side);
        if (retaining) {
            emit(new PairEvent.Traded(at, trade, tickerAt(at)));
        }
    }

    /** Books one trade into the day, the tape and the 52-week range, and makes it the last trade. */
    private TradeTick record(long at, long price, double quantity, AskBid side) {
        double value = quantity * PriceUnits.toDouble(price);
        day.add(price, price, quantity, value, side == AskBid.BID ? quantity : 0);
        tape.add(at, price, price, price, price, quantity, value);
        lastPrice = price;
        if (day.high > highest52Week) {
            highest52Week = day.high;
            highest52WeekDate = day.date;
        }
        if (day.low < lowest52Week) {
            lowest52Week = day.low;
            lowest52WeekDate = day.date;
        }
        long previousClose = day.previousClose;
        last = new TradeTick(
                pair.market(),
                millis(at),
                PriceUnits.toDouble(price),
                quantity,
                side,
                PriceUnits.toDouble(previousClose),
                Change.of(price, previousClose),
                PriceUnits.toDouble(Math.abs(price - previousClose)),
                sequentialId(at),
                PriceUnits.toDouble(book.bestAsk()),
                book.bestAskSize(),
                PriceUnits.toDouble(book.bestBid()),
                book.bestBidSize());
        recent.addLast(last);
        if (recent.size() > RECENT_TRADES) {
            recent.pollFirst();
        }
        return last;
    }

    /** Upbit's form: the trade time in milliseconds times 10,000 plus a number within that millisecond. */
    private long sequentialId(long at) {
        long ms = millis(at);
        if (ms == sequenceMillis) {
            sequenceInMilli++;
        } else {
            sequenceMillis = ms;
            sequenceInMilli = 0;
        }
        return ms * 10_000 + sequenceInMilli;
    }

    private TickerSnapshot tickerAt(long at) {
        long previousClose = day.previousClose;
        long difference = lastPrice - previousClose;
        double rate = previousClose > 0 ? round10(Math.abs(difference) / (double) previousClose) : 0;
        MinuteTape.Sums sums = tape.last24Hours(at);
        double changePrice = PriceUnits.toDouble(Math.abs(difference));
        return new TickerSnapshot(
                pair.market(),
                last.tradeTimestamp(),
                PriceUnits.toDouble(day.open),
                PriceUnits.toDouble(day.high),
                PriceUnits.toDouble(day.low),
                PriceUnits.toDouble(lastPrice),
                PriceUnits.toDouble(previousClose),
                Change.of(lastPrice, previousClose),
                changePrice,
                rate,
                difference < 0 ? -changePrice : changePrice,
                difference < 0 ? -rate : rate,
                last.tradeVolume(),
                last.askBid(),
                PairBook.round8(day.volume),
                PairBook.round8(sums.volume()),
                day.turnover,
                sums.value(),
                PairBook.round8(day.askVolume),
                PairBook.round8(day.bidVolume),
                PriceUnits.toDouble(highest52Week),
                highest52WeekDate,
                PriceUnits.toDouble(lowest52Week),
                lowest52WeekDate,
                pair.warning(),
                millis(at));
    }

    /** Moves the fair value to {@code at} and lays the book again if it left the spread; returns whether it did. */
    private boolean evolveFair(long at, double scale) {
        double seconds = (at - fairNanos) / NANOS_PER_SECOND;
        fairNanos = Math.max(fairNanos, at);
        double sigma = sigmaPerSqrtSecond * scale;
        if (seconds > 0 && sigma > 0 && intensity > 0) {
            double decay = Math.exp(-REVERSION_PER_SECOND * seconds);
            double variance = sigma * sigma * (1 - decay * decay) / (2 * REVERSION_PER_SECOND);
            logFair = anchorLog + (logFair - anchorLog) * decay + Math.sqrt(variance) * rng.nextGaussian();
        }
        return book.recenter(fairUnits(), rng);
    }

    private long fairUnits() {
        return Math.max(1, Math.min(Long.MAX_VALUE / 4, Math.round(Math.exp(logFair))));
    }

    private void bookChanged(long at) {
        bookChangedNanos = Math.max(bookChangedNanos, at);
        if (retaining) {
            emit(new PairEvent.BookChanged(at, book.snapshot(pair.market(), millis(at))));
        }
    }

    private void emit(PairEvent event) {
        if (pending.size() >= MAX_PENDING_EVENTS) {
            pending.pollFirst();
            droppedEvents++;
        }
        pending.addLast(event);
    }

    /** Buyers lift the ask more often when the fair value sits above the middle of the spread. */
    private AskBid aggressor() {
        double spread = Math.max(1, book.bestAsk() - book.bestBid());
        double offset = (Math.exp(logFair) - (book.bestAsk() + book.bestBid()) / 2.0) / spread;
        double buy = Math.max(0.1, Math.min(0.9, 0.5 + 0.8 * offset));
        return rng.nextDouble() < buy ? AskBid.BID : AskBid.ASK;
    }

    private double sampleQuantity() {
        return profile.medianVolume() * Math.exp(PairProfile.VOLUME_SIGMA * rng.nextGaussian());
    }

    private double batchQuantity(long trades) {
        if (trades <= EXACT_BATCH_LIMIT) {
            double total = 0;
            for (long i = 0; i < trades; i++) {
                total += sampleQuantity();
            }
            return total;
        }
        double sigma = PairProfile.VOLUME_SIGMA;
        double mean = profile.medianVolume() * Math.exp(sigma * sigma / 2);
        double spread = mean * Math.sqrt(Math.exp(sigma * sigma) - 1) * Math.sqrt(trades);
        return Math.max(trades * 1e-8, trades * mean + spread * rng.nextGaussian());
    }

    /** Crypto trades around the clock, busiest in the Korean evening and quietest twelve hours later. */
    private static double activity(long nanos) {
        double hour = Math.floorMod(nanos, NANOS_PER_DAY) / NANOS_PER_HOUR;
        return 0.75 + 0.25 * Math.cos(2 * Math.PI * (hour - BUSIEST_HOUR_UTC) / 24);
    }

    /** Rolls the UTC day forward to the day of {@code at}, one day at a time (quiet markets may skip days). */
    private void rollTo(long at) {
        LocalDate date = dateOf(at);
        while (day.date.isBefore(date)) {
            day = day.next(day.date.plusDays(1), lastPrice);
        }
    }

    /**
     * Draws the next candidate event after {@code at}: one exponential variate spent across the piecewise-constant
     * candidate rate (constant between surge boundaries).
     */
    private long scheduleAfter(long at) {
        double remaining = rng.nextExponential();
        long from = at;
        while (true) {
            double rate = candidateRate(windows.multiplier(SurgeKind.VELOCITY, from));
            long boundary = windows.nextBoundaryAfter(from);
            double delta = rate > 0 ? remaining / rate * NANOS_PER_SECOND : Double.POSITIVE_INFINITY;
            if (delta < (double) boundary - from - 1) {
                return from + 1 + (long) delta;
            }
            if (boundary == Long.MAX_VALUE) {
                return Long.MAX_VALUE;
            }
            remaining -= rate * (boundary - from) / NANOS_PER_SECOND;
            from = boundary;
        }
    }

    /** Returns the candidate rate (trades and book changes at the busiest hour) under a trade-rate multiplier. */
    private double candidateRate(double velocity) {
        return intensity * (profile.tradeRate() * velocity + profile.bookRate());
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
        SurgeWindows current = surges.windows(pair.market());
        if (current != windows) {
            windows = current;
            nextCandidateNanos = scheduleAfter(positionNanos);
        }
    }

    private long poisson(double mean) {
        if (mean <= 0) {
            return 0;
        }
        if (mean > 30) {
            return Math.max(0, Math.round(mean + Math.sqrt(mean) * rng.nextGaussian()));
        }
        double limit = Math.exp(-mean);
        long count = 0;
        double product = rng.nextDouble();
        while (product > limit) {
            count++;
            product *= rng.nextDouble();
        }
        return count;
    }

    private long later(long nowNanos) {
        return Math.max(nowNanos, positionNanos);
    }

    private static double round10(double value) {
        return Math.round(value * 1e10) / 1e10;
    }

    private static long millis(long nanos) {
        return Math.floorDiv(nanos, NANOS_PER_MILLI);
    }

    private static LocalDate dateOf(long nanos) {
        return LocalDate.ofInstant(Instant.ofEpochSecond(Math.floorDiv(nanos, 1_000_000_000L)), ZoneOffset.UTC);
    }

    /** Mixes the model seed with the market code (SplitMix64 finaliser), so markets do not depend on each other. */
    private static long seedOf(long seed, String market) {
        long h = seed ^ 0x9E3779B97F4A7C15L;
        for (int i = 0; i < market.length(); i++) {
            h = h * 31 + market.charAt(i);
            h = (h ^ (h >>> 30)) * 0xBF58476D1CE4E5B9L;
            h = (h ^ (h >>> 27)) * 0x94D049BB133111EBL;
            h ^= h >>> 31;
        }
        return h;
    }
}
