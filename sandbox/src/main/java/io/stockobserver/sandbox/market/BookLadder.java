package io.stockobserver.sandbox.market;

import java.time.Instant;
import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.function.LongSupplier;

/**
 * A ten-level book kept one tick wide around the fair value: the best ask is always the grid price above the best bid.
 *
 * <p>Design note: prices move only when the fair value crosses a grid line; trades and quote updates change sizes.
 * That keeps volatility a per-listing parameter instead of an accident of trade sizes.
 */
final class BookLadder {

    private static final int LEVELS = OrderBookSnapshot.LEVELS;
    private static final double REFRESH_PROBABILITY = 0.2;

    private final long[] askPrices = new long[LEVELS];
    private final long[] askSizes = new long[LEVELS];
    private final long[] bidPrices = new long[LEVELS];
    private final long[] bidSizes = new long[LEVELS];

    long bestBid() {
        return bidPrices[0];
    }

    long bestAsk() {
        return askPrices[0];
    }

    long bestBidSize() {
        return bidSizes[0];
    }

    long bestAskSize() {
        return askSizes[0];
    }

    long totalAsk() {
        return sum(askSizes);
    }

    long totalBid() {
        return sum(bidSizes);
    }

    /**
     * Lays the book out from a best bid inside the price limits, keeping the size of every price that stays on its
     * side. Returns whether any price level changed.
     */
    boolean recenter(long bestBid, long lower, long upper, LongSupplier freshSize) {
        long[] newBidPrices = new long[LEVELS];
        long[] newAskPrices = new long[LEVELS];
        long price = bestBid;
        for (int i = 0; i < LEVELS && price >= lower; i++) {
            newBidPrices[i] = price;
            price = KrxTickGrid.down(price);
        }
        price = KrxTickGrid.up(bestBid);
        for (int i = 0; i < LEVELS && price <= upper; i++) {
            newAskPrices[i] = price;
            price = KrxTickGrid.up(price);
        }
        if (Arrays.equals(newBidPrices, bidPrices) && Arrays.equals(newAskPrices, askPrices)) {
            return false;
        }
        long[] newBidSizes = carrySizes(newBidPrices, bidPrices, bidSizes, freshSize);
        long[] newAskSizes = carrySizes(newAskPrices, askPrices, askSizes, freshSize);
        System.arraycopy(newBidPrices, 0, bidPrices, 0, LEVELS);
        System.arraycopy(newBidSizes, 0, bidSizes, 0, LEVELS);
        System.arraycopy(newAskPrices, 0, askPrices, 0, LEVELS);
        System.arraycopy(newAskSizes, 0, askSizes, 0, LEVELS);
        return true;
    }

    /** Takes a trade's shares from the touched level; an emptied level refills, as new orders arrive at the touch. */
    void consume(Side aggressor, long quantity, LongSupplier freshSize) {
        long[] sizes = aggressor == Side.BUY ? askSizes : bidSizes;
        sizes[0] -= quantity;
        if (sizes[0] <= 0) {
            sizes[0] = freshSize.getAsLong();
        }
    }

    /** Applies one quote update: a level near the touch grows, shrinks or is replaced. */
    void perturb(SplittableRandom rng, LongSupplier freshSize) {
        boolean askSide = rng.nextBoolean();
        long[] prices = askSide ? askPrices : bidPrices;
        long[] sizes = askSide ? askSizes : bidSizes;
        int level = Math.min(LEVELS - 1, (int) (rng.nextExponential() * 2.5));
        if (prices[level] == 0) {
            level = 0;
        }
        if (rng.nextDouble() < REFRESH_PROBABILITY) {
            sizes[level] = freshSize.getAsLong();
        } else {
            sizes[level] = Math.max(1, Math.round(sizes[level] * Math.exp(0.5 * rng.nextGaussian())));
        }
    }

    OrderBookSnapshot snapshot(
            String code, Instant time, long cumulativeVolume, long previousTotalAsk, long previousTotalBid) {
        long askChange = previousTotalAsk < 0 ? 0 : totalAsk() - previousTotalAsk;
        long bidChange = previousTotalBid < 0 ? 0 : totalBid() - previousTotalBid;
        return new OrderBookSnapshot(
                code, time, askPrices, askSizes, bidPrices, bidSizes, cumulativeVolume, askChange, bidChange);
    }

    private static long[] carrySizes(long[] newPrices, long[] oldPrices, long[] oldSizes, LongSupplier freshSize) {
        long[] sizes = new long[LEVELS];
        for (int i = 0; i < LEVELS; i++) {
            if (newPrices[i] != 0) {
                sizes[i] = sizeAt(newPrices[i], oldPrices, oldSizes, freshSize);
            }
        }
        return sizes;
    }

    private static long sizeAt(long price, long[] prices, long[] sizes, LongSupplier freshSize) {
        for (int i = 0; i < LEVELS; i++) {
            if (prices[i] == price) {
                return sizes[i];
            }
        }
        return freshSize.getAsLong();
    }

    private static long sum(long[] values) {
        long total = 0;
        for (long value : values) {
            total += value;
        }
        return total;
    }
}
