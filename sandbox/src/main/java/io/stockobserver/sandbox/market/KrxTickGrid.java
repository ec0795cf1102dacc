package io.stockobserver.sandbox.market;

/**
 * The KRX price grid (2023 rule, KIS facts §9): the tick size of each price band and moves along the grid.
 *
 * <p>Band boundaries (2,000, 5,000, 20,000, 50,000, 200,000, 500,000) are multiples of the tick above them, so
 * flooring a price to its own band's tick always lands on the grid.
 */
public final class KrxTickGrid {

    private KrxTickGrid() {}

    /**
     * Returns the tick size (호가단위) at a price.
     *
     * @param price a price in KRW, at least 1
     * @return 1, 5, 10, 50, 100, 500 or 1,000
     */
    public static long tickSize(long price) {
        requirePositive(price);
        if (price < 2_000) {
            return 1;
        } else if (price < 5_000) {
            return 5;
        } else if (price < 20_000) {
            return 10;
        } else if (price < 50_000) {
            return 50;
        } else if (price < 200_000) {
            return 100;
        } else if (price < 500_000) {
            return 500;
        }
        return 1_000;
    }

    /** Returns whether a price lies on the grid. */
    public static boolean isOnGrid(long price) {
        return price > 0 && price % tickSize(price) == 0;
    }

    /** Returns the highest grid price not above {@code price}. */
    public static long floor(long price) {
        return price - price % tickSize(price);
    }

    /** Returns the lowest grid price not below {@code price}. */
    public static long ceil(long price) {
        long floor = floor(price);
        return floor == price ? price : up(floor);
    }

    /** Returns the next grid price above a grid price. */
    public static long up(long price) {
        return price + tickSize(price);
    }

    /** Returns the next grid price below a grid price (the tick below a band boundary is the lower band's tick). */
    public static long down(long price) {
        if (price < 2) {
            throw new IllegalArgumentException("no grid price below " + price);
        }
        return price - tickSize(price - 1);
    }

    /** Returns the upper price limit (상한가): base + 30 %, floored to the grid. */
    public static long upperLimit(long basePrice) {
        return floor(basePrice * 13 / 10);
    }

    /** Returns the lower price limit (하한가): base − 30 %, raised to the grid. */
    public static long lowerLimit(long basePrice) {
        return ceil((basePrice * 7 + 9) / 10);
    }

    private static void requirePositive(long price) {
        if (price < 1) {
            throw new IllegalArgumentException("price must be positive: " + price);
        }
    }
}
