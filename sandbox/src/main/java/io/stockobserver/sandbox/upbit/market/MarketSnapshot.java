package io.stockobserver.sandbox.upbit.market;

import java.util.Objects;

/**
 * A market's ticker, last trade and book taken at one position of its simulation, for the SNAPSHOT frames of a
 * subscription. Events of the market with {@link PairEvent#nanos()} at or before {@link #asOfNanos()} are already
 * in it; later ones are the REALTIME frames that follow.
 *
 * @param ticker the ticker
 * @param lastTrade the last trade
 * @param orderbook the whole book
 * @param asOfNanos the simulation's position, epoch nanoseconds
 */
public record MarketSnapshot(TickerSnapshot ticker, TradeTick lastTrade, OrderbookSnapshot orderbook, long asOfNanos) {

    /** Checks the parts. */
    public MarketSnapshot {
        Objects.requireNonNull(ticker, "ticker");
        Objects.requireNonNull(lastTrade, "lastTrade");
        Objects.requireNonNull(orderbook, "orderbook");
    }
}
