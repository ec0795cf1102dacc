package io.stockobserver.sandbox;

import io.stockobserver.sandbox.market.MarketModel;
import io.stockobserver.sandbox.market.Surge;
import io.stockobserver.sandbox.market.SurgeState;
import java.util.List;
import java.util.Objects;

/**
 * Surges of a running sandbox, for testing a trigger engine: schedule them, list them, clear them. A surge acts on
 * the market model itself, so it shows on the WebSocket feed of a subscribed symbol (more trades, bigger volumes,
 * bigger moves) and in every REST quotation (inquire-price, intstock-multprice, volume-rank, fluctuation). The same
 * can be done over HTTP at {@code /sandbox/surges} (the sandbox's own admin endpoint, not KIS). Thread-safe.
 */
public final class SandboxSurges {

    private final MarketModel market;

    SandboxSurges(MarketModel market) {
        this.market = Objects.requireNonNull(market, "market");
    }

    /**
     * Schedules a surge; a delay counts from now.
     *
     * @return the scheduled surge, with its id and absolute window
     * @throws IllegalArgumentException for an unknown symbol, a surge that would already have ended, or more than
     *     10,000 surges
     */
    public Surge schedule(SandboxSurge surge) {
        return market.scheduleSurge(
                surge.symbol(), surge.kind(), surge.multiplier(), surge.startFrom(market.now()), surge.duration());
    }

    /** Returns every surge, in id order, whatever its state. */
    public List<Surge> list() {
        return market.surges();
    }

    /** Returns where a surge stands now on the sandbox's clock. */
    public SurgeState state(Surge surge) {
        return surge.state(market.now());
    }

    /** Removes every surge; listings go back to normal activity at once. */
    public void clear() {
        market.clearSurges();
    }
}
