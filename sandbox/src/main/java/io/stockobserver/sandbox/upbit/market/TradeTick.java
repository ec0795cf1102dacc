package io.stockobserver.sandbox.upbit.market;

import java.util.Objects;

/**
 * One trade, with what the {@code trade} stream and {@code /v1/trades/ticks} show of it.
 *
 * @param market the market code
 * @param tradeTimestamp trade time, epoch milliseconds
 * @param tradePrice the price
 * @param tradeVolume the quantity of the base asset
 * @param askBid the aggressor
 * @param prevClosingPrice the close of the previous UTC day
 * @param change the price against that close
 * @param changePrice the absolute difference to that close
 * @param sequentialId unique trade number: {@code tradeTimestamp * 10000 + n}, above 2^53, so a JSON reader must
 *     take it as a 64-bit integer
 * @param bestAskPrice best ask right after the trade
 * @param bestAskSize size at the best ask
 * @param bestBidPrice best bid right after the trade
 * @param bestBidSize size at the best bid
 */
public record TradeTick(
        String market,
        long tradeTimestamp,
        double tradePrice,
        double tradeVolume,
        AskBid askBid,
        double prevClosingPrice,
        Change change,
        double changePrice,
        long sequentialId,
        double bestAskPrice,
        double bestAskSize,
        double bestBidPrice,
        double bestBidSize) {

    /** Checks the references. */
    public TradeTick {
        Objects.requireNonNull(market, "market");
        Objects.requireNonNull(askBid, "askBid");
        Objects.requireNonNull(change, "change");
    }
}
