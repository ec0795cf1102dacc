package io.stockobserver.sandbox.upbit.market;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A market's ticker at one moment, the source of {@code /v1/ticker} and of the {@code ticker} stream. Day figures
 * ({@code opening_price}, {@code acc_trade_*}) run from 00:00 UTC; the {@code *_24h} figures cover the last 24 hours
 * in whole minutes.
 *
 * @param market the market code
 * @param tradeTimestamp time of the last trade, epoch milliseconds (minutes old for a quiet market)
 * @param openingPrice the day's open (the previous close: trading is continuous)
 * @param highPrice the day's high
 * @param lowPrice the day's low
 * @param tradePrice the last price
 * @param prevClosingPrice the previous UTC day's close
 * @param change the last price against that close
 * @param changePrice absolute difference
 * @param changeRate absolute difference over the previous close (a fraction, not a percentage)
 * @param signedChangePrice difference with its sign
 * @param signedChangeRate rate with its sign
 * @param tradeVolume the last trade's quantity
 * @param askBid the last trade's aggressor
 * @param accTradeVolume quantity traded since 00:00 UTC
 * @param accTradeVolume24h quantity traded in the last 24 h
 * @param accTradePrice value traded since 00:00 UTC, in the quote currency
 * @param accTradePrice24h value traded in the last 24 h, in the quote currency
 * @param accAskVolume since 00:00 UTC, quantity of seller-initiated trades
 * @param accBidVolume since 00:00 UTC, quantity of buyer-initiated trades
 * @param highest52WeekPrice 52-week high
 * @param highest52WeekDate its date
 * @param lowest52WeekPrice 52-week low
 * @param lowest52WeekDate its date
 * @param marketWarning whether the market is under warning (the deprecated {@code market_warning} CAUTION)
 * @param timestamp when the snapshot was taken, epoch milliseconds
 */
public record TickerSnapshot(
        String market,
        long tradeTimestamp,
        double openingPrice,
        double highPrice,
        double lowPrice,
        double tradePrice,
        double prevClosingPrice,
        Change change,
        double changePrice,
        double changeRate,
        double signedChangePrice,
        double signedChangeRate,
        double tradeVolume,
        AskBid askBid,
        double accTradeVolume,
        double accTradeVolume24h,
        double accTradePrice,
        double accTradePrice24h,
        double accAskVolume,
        double accBidVolume,
        double highest52WeekPrice,
        LocalDate highest52WeekDate,
        double lowest52WeekPrice,
        LocalDate lowest52WeekDate,
        boolean marketWarning,
        long timestamp) {

    /** Checks the references. */
    public TickerSnapshot {
        Objects.requireNonNull(market, "market");
        Objects.requireNonNull(change, "change");
        Objects.requireNonNull(askBid, "askBid");
        Objects.requireNonNull(highest52WeekDate, "highest52WeekDate");
        Objects.requireNonNull(lowest52WeekDate, "lowest52WeekDate");
    }
}
