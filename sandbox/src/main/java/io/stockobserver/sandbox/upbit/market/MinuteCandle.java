package io.stockobserver.sandbox.upbit.market;

import java.time.Instant;
import java.util.Objects;

/**
 * A candle of {@code unit} minutes in which at least one trade happened (Upbit has no candle for a window without
 * trades).
 *
 * @param market the market code
 * @param start the first moment of the window (UTC)
 * @param unit the window length in minutes
 * @param openingPrice first trade price
 * @param highPrice highest trade price
 * @param lowPrice lowest trade price
 * @param tradePrice last trade price
 * @param lastTradeTimestamp time of the last trade in the window, epoch milliseconds
 * @param accTradePrice value traded in the window
 * @param accTradeVolume quantity traded in the window
 */
public record MinuteCandle(
        String market,
        Instant start,
        int unit,
        double openingPrice,
        double highPrice,
        double lowPrice,
        double tradePrice,
        long lastTradeTimestamp,
        double accTradePrice,
        double accTradeVolume) {

    /** Checks the references. */
    public MinuteCandle {
        Objects.requireNonNull(market, "market");
        Objects.requireNonNull(start, "start");
    }
}
