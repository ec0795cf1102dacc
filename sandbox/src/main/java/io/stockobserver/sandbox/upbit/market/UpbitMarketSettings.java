package io.stockobserver.sandbox.upbit.market;

import java.time.Clock;
import java.util.Objects;

/**
 * How to build an {@link UpbitMarketModel}.
 *
 * @param seed seed of every random draw; the same seed gives the same markets and, for the same clock readings, the
 *     same trades
 * @param krwMarkets number of KRW markets, 1 to 1,000 (the well-known coins first)
 * @param btcMarkets number of BTC-quoted markets, fewer than the KRW ones
 * @param usdtMarkets number of USDT-quoted markets, fewer than the KRW ones
 * @param tradeIntensity multiplier of every market's trade and book-change rate; 0 freezes the market
 * @param clock source of wall-clock time
 */
public record UpbitMarketSettings(
        long seed, int krwMarkets, int btcMarkets, int usdtMarkets, double tradeIntensity, Clock clock) {

    /** Checks the ranges. */
    public UpbitMarketSettings {
        Objects.requireNonNull(clock, "clock");
        if (krwMarkets < 1 || krwMarkets > PairUniverse.MAX_KRW) {
            throw new IllegalArgumentException("krwMarkets must be 1.." + PairUniverse.MAX_KRW + ": " + krwMarkets);
        }
        if (btcMarkets < 0 || btcMarkets >= krwMarkets || usdtMarkets < 0 || usdtMarkets >= krwMarkets) {
            throw new IllegalArgumentException(
                    "btcMarkets and usdtMarkets must be 0..krwMarkets-1: " + btcMarkets + ", " + usdtMarkets);
        }
        if (!(tradeIntensity >= 0) || Double.isInfinite(tradeIntensity)) {
            throw new IllegalArgumentException("tradeIntensity must be a finite number >= 0: " + tradeIntensity);
        }
    }
}
