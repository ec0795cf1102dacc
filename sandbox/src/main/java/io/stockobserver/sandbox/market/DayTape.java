package io.stockobserver.sandbox.market;

import java.time.LocalDate;

/** The running statistics of one listing's business day: limits, open/high/low/last, volumes and counts. */
final class DayTape {

    final LocalDate date;
    final long base;
    final long upper;
    final long lower;
    final long previousVolume;
    final long previousHigh;
    final long previousLow;

    long open;
    long high;
    long low;
    long last;
    long openNanos;
    long highNanos;
    long lowNanos;
    long volume;
    long turnover;
    long buyTrades;
    long sellTrades;
    long buyVolume;
    long sellVolume;
    long lastQuantity;
    Side lastSide;

    DayTape(LocalDate date, long base, long previousVolume, long previousHigh, long previousLow) {
        this.date = date;
        this.base = base;
        this.upper = KrxTickGrid.upperLimit(base);
        this.lower = KrxTickGrid.lowerLimit(base);
        this.previousVolume = previousVolume;
        this.previousHigh = previousHigh;
        this.previousLow = previousLow;
        this.last = base;
    }

    /** Returns the next business day's tape: today's last price becomes its base price. */
    DayTape next(LocalDate nextDate) {
        boolean traded = traded();
        return new DayTape(
                nextDate, last, volume > 0 ? volume : previousVolume, traded ? high : base, traded ? low : base);
    }

    boolean traded() {
        return open > 0;
    }

    void recordTrade(long price, long quantity, Side side, long nanos) {
        recordPrice(price, nanos);
        volume += quantity;
        turnover += price * quantity;
        if (side == Side.BUY) {
            buyTrades++;
            buyVolume += quantity;
        } else {
            sellTrades++;
            sellVolume += quantity;
        }
        lastQuantity = quantity;
        lastSide = side;
    }

    /** Records many trades at once (coarse catch-up): counts and volumes in aggregate, one closing price. */
    void recordBatch(TradeBatch batch, long nanos) {
        recordPrice(batch.price(), nanos);
        volume += batch.quantity();
        turnover += batch.turnover();
        buyTrades += batch.buyTrades();
        sellTrades += batch.trades() - batch.buyTrades();
        buyVolume += batch.buyQuantity();
        sellVolume += batch.quantity() - batch.buyQuantity();
        lastQuantity = batch.lastQuantity();
        lastSide = batch.lastSide();
    }

    private void recordPrice(long price, long nanos) {
        if (!traded()) {
            open = price;
            high = price;
            low = price;
            openNanos = nanos;
            highNanos = nanos;
            lowNanos = nanos;
        } else if (price > high) {
            high = price;
            highNanos = nanos;
        } else if (price < low) {
            low = price;
            lowNanos = nanos;
        }
        last = price;
    }

    /**
     * Many trades summarised (coarse catch-up).
     *
     * @param price closing price of the batch
     * @param trades number of trades
     * @param buyTrades trades at the ask
     * @param quantity shares traded
     * @param buyQuantity shares traded at the ask
     * @param turnover KRW traded
     * @param lastQuantity shares of the batch's last trade
     * @param lastSide aggressor of the batch's last trade
     */
    record TradeBatch(
            long price,
            long trades,
            long buyTrades,
            long quantity,
            long buyQuantity,
            long turnover,
            long lastQuantity,
            Side lastSide) {}
}
