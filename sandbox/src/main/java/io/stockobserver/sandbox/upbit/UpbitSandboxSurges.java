package io.stockobserver.sandbox.upbit;

import io.stockobserver.sandbox.SandboxSurge;
import io.stockobserver.sandbox.market.Surge;
import io.stockobserver.sandbox.market.SurgeState;
import io.stockobserver.sandbox.upbit.market.UpbitMarketModel;
import java.util.List;
import java.util.Objects;

/**
 * Surges of a running Upbit sandbox: bursts of trade size, trade rate or volatility of one market for a while, as
 * in the KIS sandbox (the surge's symbol is a market such as KRW-BTC). A surge acts on the market model itself, so
 * it shows on the WebSocket frames of a subscribed market and in every REST answer. The same can be done over HTTP
 * at {@code /sandbox/surges}. Thread-safe.
 */
public final class UpbitSandboxSurges {

    private final UpbitMarketModel market;

    UpbitSandboxSurges(UpbitMarketModel market) {
        this.market = Objects.requireNonNull(market, "market");
    }

    /**
     * Schedules a surge; a delay counts from now.
     *
     * @return the scheduled surge, with its id and absolute window
     * @throws IllegalArgumentException for an unknown market, a surge that would already have ended, or more than
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

    /** Removes every surge; markets go back to normal activity at once. */
    public void clear() {
        market.clearSurges();
    }
}
