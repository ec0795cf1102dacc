package io.stockobserver.sandbox.upbit.market;

import java.time.LocalDate;

/**
 * A market's figures since 00:00 UTC, when Upbit's daily candle and {@code acc_trade_*} restart. The day opens at the
 * previous close (trading is continuous), as Upbit's {@code opening_price} equals {@code prev_closing_price} in the
 * documented samples.
 */
final class UtcDay {

    final LocalDate date;
    final long previousClose;
    final long open;
    long high;
    long low;
    double volume;
    double turnover;
    double askVolume;
    double bidVolume;

    UtcDay(LocalDate date, long previousClose) {
        this.date = date;
        this.previousClose = previousClose;
        this.open = previousClose;
        this.high = previousClose;
        this.low = previousClose;
    }

    /** Returns the next day, opening at {@code close}. */
    UtcDay next(LocalDate nextDate, long close) {
        return new UtcDay(nextDate, close);
    }

    /** Adds trades: their price range, quantity, value and how much of the quantity each side initiated. */
    void add(long lowPrice, long highPrice, double quantity, double value, double buyerInitiated) {
        high = Math.max(high, highPrice);
        low = Math.min(low, lowPrice);
        volume += quantity;
        turnover += value;
        bidVolume += buyerInitiated;
        askVolume += quantity - buyerInitiated;
    }
}
