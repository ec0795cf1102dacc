package io.stockobserver.sandbox.upbit.market;

import io.stockobserver.sandbox.market.Surge;
import io.stockobserver.sandbox.market.SurgeKind;
import io.stockobserver.sandbox.market.SurgeRegistry;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The simulated Upbit market: a seeded universe of markets, each simulated lazily and only when somebody looks.
 *
 * <p>Every market's history starts 24 hours before the model was created, so from the first query it has a day's
 * figures, a full 24 h tape and a last trade (minutes old for a quiet market). A market's simulator is created the
 * first time it is quoted or watched and caught up to the clock whenever it is read. Watched markets (those with a
 * WebSocket subscription) keep their trades and book changes as events until {@link #drainEvents(String)} collects
 * them.
 *
 * <p>Thread-safe.
 */
public final class UpbitMarketModel {

    private static final long NANOS_PER_DAY = 86_400_000_000_000L;

    private final UpbitMarketSettings settings;
    private final PairUniverse universe;
    private final Instant started;
    private final long originNanos;
    private final ConcurrentHashMap<String, PairSimulator> simulators = new ConcurrentHashMap<>();
    private final SurgeRegistry surges = new SurgeRegistry();

    private UpbitMarketModel(UpbitMarketSettings settings) {
        this.settings = settings;
        this.started = settings.clock().instant();
        this.originNanos = nanos(started) - NANOS_PER_DAY;
        this.universe = PairUniverse.generate(
                settings.seed(),
                settings.krwMarkets(),
                settings.btcMarkets(),
                settings.usdtMarkets(),
                LocalDate.ofInstant(started, ZoneOffset.UTC));
    }

    /** Builds a model; generating the universe takes a few milliseconds. */
    public static UpbitMarketModel create(UpbitMarketSettings settings) {
        return new UpbitMarketModel(Objects.requireNonNull(settings, "settings"));
    }

    /** Returns the settings the model was built with. */
    public UpbitMarketSettings settings() {
        return settings;
    }

    /** Returns when the model was created on its clock. */
    public Instant started() {
        return started;
    }

    /** Returns the current time of the model's clock. */
    public Instant now() {
        return settings.clock().instant();
    }

    /** Returns every market: KRW first, then BTC, then USDT, each in alphabetical order of the asset. */
    public List<UpbitPair> markets() {
        return universe.pairs();
    }

    /** Returns the market with a code, if the universe has it (codes are case-sensitive, as on Upbit). */
    public Optional<UpbitPair> market(String code) {
        return universe.listing(code).map(PairUniverse.Listing::pair);
    }

    /** Returns whether the universe has a code. */
    public boolean contains(String code) {
        return code != null && universe.listing(code).isPresent();
    }

    /**
     * Returns a market's ticker now.
     *
     * @throws UnknownMarketException if the universe has no such code
     */
    public TickerSnapshot ticker(String code) {
        return simulator(code).ticker(nowNanos());
    }

    /**
     * Returns a market's ticker, last trade and book taken together now, for the SNAPSHOT frames of a subscription.
     *
     * @throws UnknownMarketException if the universe has no such code
     */
    public MarketSnapshot snapshot(String code) {
        return simulator(code).snapshot(nowNanos());
    }

    /**
     * Returns a market's whole book now; its timestamp is when the book last changed.
     *
     * @throws UnknownMarketException if the universe has no such code
     */
    public OrderbookSnapshot orderbook(String code) {
        return simulator(code).orderbook(nowNanos());
    }

    /**
     * Returns a market's last trades, newest first, at most 500.
     *
     * @throws UnknownMarketException if the universe has no such code
     */
    public List<TradeTick> recentTrades(String code) {
        return simulator(code).recentTrades(nowNanos());
    }

    /**
     * Returns a market's last trade (every market has one).
     *
     * @throws UnknownMarketException if the universe has no such code
     */
    public TradeTick lastTrade(String code) {
        return simulator(code).lastTrade(nowNanos());
    }

    /**
     * Returns up to {@code count} minute candles of {@code unit} minutes before {@code to}, newest first, from the
     * last 24 hours; windows without a trade have none.
     *
     * @throws UnknownMarketException if the universe has no such code
     */
    public List<MinuteCandle> minuteCandles(String code, int unit, Instant to, int count) {
        return simulator(code).candles(unit, nanos(to), count, nowNanos());
    }

    /**
     * Returns the market's tick size at its current price.
     *
     * @throws UnknownMarketException if the universe has no such code
     */
    public BigDecimal tickSize(String code) {
        PairSimulator simulator = simulator(code);
        QuoteCurrency quote = market(code).orElseThrow().quote();
        return PriceUnits.toDecimal(UpbitTickGrid.tick(quote, simulator.lastPrice(nowNanos())));
    }

    /** Starts keeping a market's events for {@link #drainEvents(String)}; unknown codes are ignored. */
    public void watch(String code) {
        if (contains(code)) {
            simulator(code).watch(true, nowNanos());
        }
    }

    /** Stops keeping a market's events and discards those not yet drained; unknown codes are ignored. */
    public void unwatch(String code) {
        if (contains(code)) {
            simulator(code).watch(false, nowNanos());
        }
    }

    /** Advances a watched market to now and returns its events since the previous call, oldest first. */
    public List<PairEvent> drainEvents(String code) {
        return contains(code) ? simulator(code).drain(nowNanos()) : List.of();
    }

    /**
     * Schedules a surge of one market. The past is never rewritten: a start before now is moved to now (the surge
     * then ends when it would have), and a surge that would already have ended is refused.
     *
     * @throws UnknownMarketException if the universe has no such code
     * @throws IllegalArgumentException if a value is out of range, the surge would have ended, or 10,000 surges exist
     */
    public Surge scheduleSurge(String code, SurgeKind kind, double multiplier, Instant start, Duration duration) {
        if (!contains(code)) {
            throw new UnknownMarketException(code);
        }
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(start, "start");
        Surge.checkMultiplier(multiplier);
        Instant end = start.plus(Surge.checkDuration(duration));
        Instant now = now();
        if (!end.isAfter(now)) {
            throw new IllegalArgumentException("the surge would have ended at " + end + ", before now (" + now + ")");
        }
        Instant from = start.isBefore(now) ? now : start;
        return surges.add(code, kind, multiplier, from, Duration.between(from, end));
    }

    /** Returns every surge scheduled (and not cleared), in id order, whatever its state. */
    public List<Surge> surges() {
        return surges.all();
    }

    /** Removes every surge; markets go back to their normal activity from the moment they are next advanced. */
    public void clearSurges() {
        surges.clear();
    }

    /** Returns how many events were discarded because nobody drained them fast enough. */
    public long droppedEvents() {
        return simulators.values().stream()
                .mapToLong(PairSimulator::droppedEvents)
                .sum();
    }

    private PairSimulator simulator(String code) {
        PairUniverse.Listing listing = universe.listing(code).orElseThrow(() -> new UnknownMarketException(code));
        return simulators.computeIfAbsent(
                code,
                key -> new PairSimulator(
                        listing, settings.tradeIntensity(), settings.seed(), surges, originNanos, nowNanos()));
    }

    private long nowNanos() {
        return nanos(now());
    }

    private static long nanos(Instant time) {
        return Math.multiplyExact(time.getEpochSecond(), 1_000_000_000L) + time.getNano();
    }
}
