package io.stockobserver.sandbox.market;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The simulated KRX market: a seeded universe of listings, each simulated lazily and only when somebody looks.
 *
 * <p>A listing's simulator is created the first time it is quoted or watched, and caught up to the clock whenever it
 * is read. Watched listings (those with a WebSocket registration) keep their trades and book changes as events until
 * {@link #drainEvents(String)} collects them; unwatched listings keep nothing, so 2,500 idle listings cost nothing.
 *
 * <p>{@link Surge}s scheduled with {@link #scheduleSurge} multiply one listing's trade sizes, trade rate or volatility
 * for a while; they act on the simulation itself, so every view (quotes, events, rankings) shows them.
 *
 * <p>Thread-safe.
 */
public final class MarketModel {

    private final MarketModelSettings settings;
    private final Universe universe;
    private final ConcurrentHashMap<String, SymbolSimulator> simulators = new ConcurrentHashMap<>();
    private final SurgeRegistry surges = new SurgeRegistry();

    private MarketModel(MarketModelSettings settings) {
        this.settings = settings;
        this.universe = Universe.generate(settings.seed(), settings.symbolCount());
    }

    /** Builds a model; generating the universe takes a few milliseconds. */
    public static MarketModel create(MarketModelSettings settings) {
        return new MarketModel(settings);
    }

    /** Returns the KRX tick size at a price (see {@link KrxTickGrid}). */
    public static long tickSize(long price) {
        return KrxTickGrid.tickSize(price);
    }

    /** Returns the settings the model was built with. */
    public MarketModelSettings settings() {
        return settings;
    }

    /** Returns every listing, sorted by code. */
    public List<SymbolInfo> symbols() {
        return universe.symbols();
    }

    /** Returns the listing with a code, if the universe has it. */
    public Optional<SymbolInfo> symbol(String code) {
        return universe.listing(code).map(Universe.Listing::info);
    }

    /** Returns whether the universe has a code. */
    public boolean contains(String code) {
        return universe.listing(code).isPresent();
    }

    /** Returns the current wall-clock time of the model. */
    public Instant now() {
        return settings.clock().instant();
    }

    /**
     * Returns a listing's state now, advancing its simulation to the clock.
     *
     * @throws UnknownSymbolException if the universe has no such code
     */
    public QuoteSnapshot quote(String code) {
        return simulator(code).quote(now());
    }

    /**
     * Returns a listing's ten-level book now.
     *
     * @throws UnknownSymbolException if the universe has no such code
     */
    public OrderBookSnapshot orderBook(String code) {
        return simulator(code).orderBook(now());
    }

    /** Starts keeping a listing's events for {@link #drainEvents(String)}; unknown codes are ignored. */
    public void watch(String code) {
        if (contains(code)) {
            simulator(code).watch(true, now());
        }
    }

    /** Stops keeping a listing's events and discards those not yet drained; unknown codes are ignored. */
    public void unwatch(String code) {
        if (contains(code)) {
            simulator(code).watch(false, now());
        }
    }

    /** Advances a watched listing to now and returns its events since the previous call, oldest first. */
    public List<MarketEvent> drainEvents(String code) {
        return contains(code) ? simulator(code).drain(now()) : List.of();
    }

    /**
     * Makes one trade of a listing happen now, whatever the calendar (benchmark flood mode). The trade is returned,
     * not kept as an event; the book change it causes is kept if the listing is watched.
     *
     * @return the trade, or empty for a halted listing
     * @throws UnknownSymbolException if the universe has no such code
     */
    public Optional<TradeEvent> forceTrade(String code) {
        return simulator(code).forceTrade(now());
    }

    /**
     * Schedules a surge of one listing. The past is never rewritten: a start before now is moved to now (the surge
     * then ends when it would have), and a surge that would already have ended is refused.
     *
     * @param code the listing
     * @param kind what is multiplied
     * @param multiplier the factor, above 0 and at most {@link Surge#MAX_MULTIPLIER}
     * @param start when it starts
     * @param duration how long it lasts, at most {@link Surge#MAX_DURATION}
     * @return the surge with its id
     * @throws UnknownSymbolException if the universe has no such code
     * @throws IllegalArgumentException if a value is out of range, the surge would have ended, or
     *     10,000 surges exist
     */
    public Surge scheduleSurge(String code, SurgeKind kind, double multiplier, Instant start, Duration duration) {
        if (!contains(code)) {
            throw new UnknownSymbolException(code);
        }
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

    /** Removes every surge; listings go back to their normal activity from the moment they are next advanced. */
    public void clearSurges() {
        surges.clear();
    }

    /** Returns how many events were discarded because nobody drained them fast enough. */
    public long droppedEvents() {
        return simulators.values().stream()
                .mapToLong(SymbolSimulator::droppedEvents)
                .sum();
    }

    private SymbolSimulator simulator(String code) {
        Universe.Listing listing = universe.listing(code).orElseThrow(() -> new UnknownSymbolException(code));
        return simulators.computeIfAbsent(
                code,
                key -> new SymbolSimulator(
                        listing, settings.calendar(), settings.tradeIntensity(), settings.seed(), surges, now()));
    }
}
