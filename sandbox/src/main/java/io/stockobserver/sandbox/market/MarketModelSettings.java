package io.stockobserver.sandbox.market;

import java.time.Clock;
import java.util.Objects;

/**
 * How to build a {@link MarketModel}.
 *
 * @param seed seed of every random draw; the same seed gives the same universe and, for the same clock readings,
 *     the same trades
 * @param symbolCount number of listings, 1 to 49,999
 * @param calendar when the market trades
 * @param tradeIntensity multiplier of every listing's trade and quote rate; 0 freezes the market
 * @param clock source of wall-clock time
 */
public record MarketModelSettings(
        long seed, int symbolCount, TradingCalendar calendar, double tradeIntensity, Clock clock) {

    /** Checks the ranges. */
    public MarketModelSettings {
        Objects.requireNonNull(calendar, "calendar");
        Objects.requireNonNull(clock, "clock");
        if (symbolCount < 1 || symbolCount > Universe.MAX_GENERATED) {
            throw new IllegalArgumentException("symbolCount must be 1.." + Universe.MAX_GENERATED + ": " + symbolCount);
        }
        if (!(tradeIntensity >= 0) || Double.isInfinite(tradeIntensity)) {
            throw new IllegalArgumentException("tradeIntensity must be a finite number >= 0: " + tradeIntensity);
        }
    }
}
