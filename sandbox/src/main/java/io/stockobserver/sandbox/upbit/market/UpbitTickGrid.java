package io.stockobserver.sandbox.upbit.market;

import java.math.BigDecimal;

/**
 * Upbit's order price units (호가 단위) by quote currency and price, in {@link PriceUnits}.
 *
 * <ul>
 *   <li>KRW: the table of the 2024-10-01 change (Upbit docs v1.5.2 changelog "원화 마켓 호가 단위 변경"), from 1,000 at
 *       2,000,000 KRW and above down to 0.00000001 below 0.0001 KRW. The 16-asset exception (1 KRW between 100 and
 *       1,000) and the 2025-07-31 revision are not modelled: the full revised table was not available.
 *   <li>BTC: 0.00000001 BTC at every price (Upbit docs "BTC 마켓 주문 가격 단위").
 *   <li>USDT: the table of the 2024-08-19 change, from 0.01 at 10 USDT and above to 0.00000001 below 0.0001.
 * </ul>
 *
 * <p>Every bracket's lower bound is a multiple of the ticks below it, so stepping up from the top of a bracket lands
 * on the grid of the next.
 */
public final class UpbitTickGrid {

    private static final long U = PriceUnits.PER_UNIT;
    /** KRW brackets: lower bound and tick, in units, highest first. */
    private static final long[][] KRW = {
        {2_000_000 * U, 1_000 * U},
        {1_000_000 * U, 500 * U},
        {500_000 * U, 100 * U},
        {100_000 * U, 50 * U},
        {10_000 * U, 10 * U},
        {1_000 * U, U},
        {100 * U, U / 10},
        {10 * U, U / 100},
        {U, U / 1_000},
        {U / 10, U / 10_000},
        {U / 100, U / 100_000},
        {U / 1_000, U / 1_000_000},
        {U / 10_000, U / 10_000_000},
    };
    /** USDT brackets, highest first. */
    private static final long[][] USDT = {
        {10 * U, U / 100},
        {U, U / 1_000},
        {U / 10, U / 10_000},
        {U / 100, U / 100_000},
        {U / 1_000, U / 1_000_000},
        {U / 10_000, U / 10_000_000},
    };

    private static final long[][] BTC_TABLE = {};
    private static final long FINEST = 1;

    private UpbitTickGrid() {}

    /** Returns the tick at a price, in units. */
    static long tick(QuoteCurrency quote, long price) {
        long[][] table =
                switch (quote) {
                    case KRW -> KRW;
                    case USDT -> USDT;
                    case BTC -> BTC_TABLE;
                };
        for (long[] bracket : table) {
            if (price >= bracket[0]) {
                return bracket[1];
            }
        }
        return FINEST;
    }

    /** Returns the tick at a price as a decimal (e.g. 0.1 for 500 KRW), as {@code /v1/orderbook/instruments} shows. */
    public static BigDecimal tickSize(QuoteCurrency quote, double price) {
        return PriceUnits.toDecimal(tick(quote, PriceUnits.of(price)));
    }

    /** Returns the grid price at or below a price (at least one tick). */
    static long floor(QuoteCurrency quote, long price) {
        long positive = Math.max(FINEST, price);
        long tick = tick(quote, positive);
        return Math.max(tick, positive - Math.floorMod(positive, tick));
    }

    /** Returns the grid price one tick above a price (rounded down to the grid first). */
    static long up(QuoteCurrency quote, long price) {
        long on = floor(quote, price);
        return on + tick(quote, on);
    }

    /** Returns the grid price one tick below a price, never below the smallest tick. */
    static long down(QuoteCurrency quote, long price) {
        long on = floor(quote, price);
        if (on < price) {
            return on;
        }
        long below = on - tick(quote, on - 1);
        return Math.max(tick(quote, FINEST), below);
    }

    /**
     * Returns the price {@code ticks} steps above (positive) or below (negative) a grid price. Inside one bracket the
     * move is one multiplication; across a bracket boundary it goes step by step.
     */
    static long step(QuoteCurrency quote, long price, int ticks) {
        long at = floor(quote, price);
        if (ticks > 0) {
            long tick = tick(quote, at);
            long target = at + ticks * tick;
            if (tick(quote, target - 1) == tick) {
                return target;
            }
        } else if (ticks < 0) {
            long tick = tick(quote, Math.max(FINEST, at - 1));
            long target = at + ticks * tick;
            if (target >= FINEST && tick(quote, target) == tick) {
                return target;
            }
        }
        for (int i = 0; i < Math.abs(ticks); i++) {
            at = ticks > 0 ? up(quote, at) : down(quote, at);
        }
        return at;
    }
}
