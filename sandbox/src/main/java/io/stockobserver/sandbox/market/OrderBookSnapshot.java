package io.stockobserver.sandbox.market;

import java.time.Instant;
import java.util.Objects;

/**
 * Ten price levels on each side of one listing's book at a moment. Level 1 is the best; a level beyond the price
 * limits has price 0 and size 0, as KIS reports missing levels.
 */
public final class OrderBookSnapshot {

    /** Levels per side. */
    public static final int LEVELS = 10;

    private final String code;
    private final Instant time;
    private final long[] askPrices;
    private final long[] askSizes;
    private final long[] bidPrices;
    private final long[] bidSizes;
    private final long cumulativeVolume;
    private final long totalAskChange;
    private final long totalBidChange;

    OrderBookSnapshot(
            String code,
            Instant time,
            long[] askPrices,
            long[] askSizes,
            long[] bidPrices,
            long[] bidSizes,
            long cumulativeVolume,
            long totalAskChange,
            long totalBidChange) {
        this.code = Objects.requireNonNull(code, "code");
        this.time = Objects.requireNonNull(time, "time");
        this.askPrices = askPrices.clone();
        this.askSizes = askSizes.clone();
        this.bidPrices = bidPrices.clone();
        this.bidSizes = bidSizes.clone();
        this.cumulativeVolume = cumulativeVolume;
        this.totalAskChange = totalAskChange;
        this.totalBidChange = totalBidChange;
    }

    /** Returns the 6-digit code. */
    public String code() {
        return code;
    }

    /** Returns the moment of the snapshot. */
    public Instant time() {
        return time;
    }

    /** Returns the ask price at a level (1 = best), or 0 if the level does not exist. */
    public long askPrice(int level) {
        return askPrices[index(level)];
    }

    /** Returns the shares at an ask level. */
    public long askSize(int level) {
        return askSizes[index(level)];
    }

    /** Returns the bid price at a level (1 = best), or 0 if the level does not exist. */
    public long bidPrice(int level) {
        return bidPrices[index(level)];
    }

    /** Returns the shares at a bid level. */
    public long bidSize(int level) {
        return bidSizes[index(level)];
    }

    /** Returns the shares on all ask levels. */
    public long totalAskSize() {
        return sum(askSizes);
    }

    /** Returns the shares on all bid levels. */
    public long totalBidSize() {
        return sum(bidSizes);
    }

    /** Returns the change of the total ask size since the previous book event of this listing. */
    public long totalAskChange() {
        return totalAskChange;
    }

    /** Returns the change of the total bid size since the previous book event of this listing. */
    public long totalBidChange() {
        return totalBidChange;
    }

    /** Returns the day's volume at the time of the snapshot. */
    public long cumulativeVolume() {
        return cumulativeVolume;
    }

    private static int index(int level) {
        if (level < 1 || level > LEVELS) {
            throw new IllegalArgumentException("level must be 1.." + LEVELS + ": " + level);
        }
        return level - 1;
    }

    private static long sum(long[] values) {
        long total = 0;
        for (long value : values) {
            total += value;
        }
        return total;
    }
}
