package io.stockobserver.sandbox.market;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The state of one listing at a moment: the day's prices and volumes and the top of the book.
 *
 * <p>Before the day's first trade {@code lastPrice} is the base price and open, high and low are 0 (and their times
 * {@code null}), as KRX reports them before the open.
 *
 * @param code 6-digit short code
 * @param time the moment the snapshot describes
 * @param businessDate the business day (영업일자) the figures belong to
 * @param basePrice base price (기준가), the previous close
 * @param upperLimit upper price limit (상한가)
 * @param lowerLimit lower price limit (하한가)
 * @param lastPrice last trade price (현재가)
 * @param openPrice first trade price of the day, or 0
 * @param highPrice highest trade price of the day, or 0
 * @param lowPrice lowest trade price of the day, or 0
 * @param openTime time of the first trade, or {@code null}
 * @param highTime time of the high, or {@code null}
 * @param lowTime time of the low, or {@code null}
 * @param askPrice best ask (매도호가1)
 * @param bidPrice best bid (매수호가1), one tick below the ask
 * @param askSize shares at the best ask
 * @param bidSize shares at the best bid
 * @param totalAskSize shares on all ten ask levels
 * @param totalBidSize shares on all ten bid levels
 * @param cumulativeVolume shares traded today (누적 거래량)
 * @param cumulativeTurnover KRW traded today (누적 거래대금)
 * @param lastQuantity shares of the last trade
 * @param lastSide aggressor of the last trade, or {@code null} before the first trade
 * @param buyTrades trades at the ask today
 * @param sellTrades trades at the bid today
 * @param buyVolume shares traded at the ask today
 * @param sellVolume shares traded at the bid today
 * @param previousVolume volume of the previous business day
 * @param previousSameTimeVolume the previous day's volume up to the same time of day
 * @param previousHigh high of the previous business day
 * @param previousLow low of the previous business day
 * @param listedShares listed shares
 * @param halted whether trading is suspended
 */
public record QuoteSnapshot(
        String code,
        Instant time,
        LocalDate businessDate,
        long basePrice,
        long upperLimit,
        long lowerLimit,
        long lastPrice,
        long openPrice,
        long highPrice,
        long lowPrice,
        Instant openTime,
        Instant highTime,
        Instant lowTime,
        long askPrice,
        long bidPrice,
        long askSize,
        long bidSize,
        long totalAskSize,
        long totalBidSize,
        long cumulativeVolume,
        long cumulativeTurnover,
        long lastQuantity,
        Side lastSide,
        long buyTrades,
        long sellTrades,
        long buyVolume,
        long sellVolume,
        long previousVolume,
        long previousSameTimeVolume,
        long previousHigh,
        long previousLow,
        long listedShares,
        boolean halted) {

    /** Checks the identity fields. */
    public QuoteSnapshot {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(businessDate, "businessDate");
    }

    /** Returns the tick size at the last price. */
    public long tickSize() {
        return KrxTickGrid.tickSize(lastPrice);
    }

    /** Returns last − base (전일 대비), signed. */
    public long change() {
        return lastPrice - basePrice;
    }

    /** Returns the change in percent of the base price (전일 대비율). */
    public double changePercent() {
        return basePrice == 0 ? 0.0 : change() * 100.0 / basePrice;
    }

    /** Returns whether the day has traded. */
    public boolean hasTraded() {
        return openPrice > 0;
    }

    /** Returns the volume-weighted average price of the day, or 0 before the first trade. */
    public double averagePrice() {
        return cumulativeVolume == 0 ? 0.0 : cumulativeTurnover / (double) cumulativeVolume;
    }
}
