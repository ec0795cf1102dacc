package io.stockobserver.sandbox.upbit.market;

import java.math.BigDecimal;

/**
 * Prices as whole numbers of 0.00000001, the finest tick of any Upbit market. Every price on the grid is exact in
 * this unit, so the book and the tick grid work in {@code long}s; snapshots carry the nearest {@code double}.
 */
final class PriceUnits {

    /** Units per whole currency unit. */
    static final long PER_UNIT = 100_000_000L;

    private PriceUnits() {}

    /** Returns the nearest double, e.g. 116539000 for 11653900000000000 units. */
    static double toDouble(long units) {
        return units / (double) PER_UNIT;
    }

    /** Returns the price as an exact decimal without trailing zeros, e.g. 0.1 or 1000. */
    static BigDecimal toDecimal(long units) {
        BigDecimal value = BigDecimal.valueOf(units, 8).stripTrailingZeros();
        return value.scale() < 0 ? value.setScale(0) : value;
    }

    /** Returns the units nearest to a price given in whole currency units. */
    static long of(double price) {
        return Math.round(price * PER_UNIT);
    }
}
