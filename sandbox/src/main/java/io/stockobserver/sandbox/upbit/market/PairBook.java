package io.stockobserver.sandbox.upbit.market;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * One market's book: {@code askDepth} asks rising from the best ask and {@code bidDepth} bids falling from the best
 * bid, on the tick grid, a few ticks apart. A trade takes from the best level of the side it hits and the level is
 * refilled at the same price when used up (new orders arrive), so prices move only when the hidden fair value leaves
 * the spread and the book is laid again around it.
 *
 * <p>Design note: laying the book again keeps every level's size and its distance factor and redraws only the best
 * level of each side; the catch-up of a day of history lays a busy book about 1,440 times, which must stay cheap.
 */
final class PairBook {

    private final QuoteCurrency quote;
    private final long[] askPrices;
    private final double[] askSizes;
    private final long[] bidPrices;
    private final double[] bidSizes;
    private final double[] askGaps;
    private final double[] bidGaps;
    private final double relativeSpread;
    private final double medianSize;

    PairBook(QuoteCurrency quote, PairProfile profile, SplittableRandom rng) {
        this.quote = quote;
        this.askPrices = new long[profile.askDepth()];
        this.askSizes = new double[profile.askDepth()];
        this.bidPrices = new long[profile.bidDepth()];
        this.bidSizes = new double[profile.bidDepth()];
        this.relativeSpread = profile.relativeSpread();
        this.medianSize = profile.medianVolume() * 3;
        this.askGaps = gaps(profile.askDepth(), profile.relativeLevelGap(), rng);
        this.bidGaps = gaps(profile.bidDepth(), profile.relativeLevelGap(), rng);
        for (int i = 0; i < askSizes.length; i++) {
            askSizes[i] = freshSize(rng, i);
        }
        for (int i = 0; i < bidSizes.length; i++) {
            bidSizes[i] = freshSize(rng, i);
        }
    }

    /** Draws each level's distance from the one before, as a share of the price. */
    private static double[] gaps(int depth, double relativeGap, SplittableRandom rng) {
        double[] gaps = new double[depth];
        for (int i = 0; i < depth; i++) {
            gaps[i] = relativeGap * (0.6 + 0.8 * rng.nextDouble());
        }
        return gaps;
    }

    long bestAsk() {
        return askPrices[0];
    }

    long bestBid() {
        return bidPrices[0];
    }

    double bestAskSize() {
        return askSizes[0];
    }

    double bestBidSize() {
        return bidSizes[0];
    }

    /**
     * Lays the book around a fair value if it is not inside the spread any more (or the book is empty).
     *
     * @return whether the book changed
     */
    boolean recenter(long fair, SplittableRandom rng) {
        if (bidPrices[0] > 0 && fair >= bidPrices[0] && fair < askPrices[0]) {
            return false;
        }
        long bid = UpbitTickGrid.floor(quote, fair);
        int spreadTicks = ticksFor(bid, relativeSpread, rng);
        long ask = UpbitTickGrid.step(quote, bid, spreadTicks);
        if (bid == bidPrices[0] && ask == askPrices[0]) {
            return false;
        }
        lay(bidPrices, bidGaps, bid, -1);
        lay(askPrices, askGaps, ask, 1);
        bidSizes[0] = freshSize(rng, 0);
        askSizes[0] = freshSize(rng, 0);
        return true;
    }

    /** Takes a traded quantity from the best level of the side a trade hits; returns the trade price. */
    long trade(AskBid aggressor, double quantity, SplittableRandom rng) {
        if (aggressor == AskBid.BID) {
            askSizes[0] = leftAfter(askSizes[0], quantity, rng);
            return askPrices[0];
        }
        bidSizes[0] = leftAfter(bidSizes[0], quantity, rng);
        return bidPrices[0];
    }

    /** Changes the size of one level, as orders are placed and cancelled. */
    void perturb(SplittableRandom rng) {
        boolean ask = rng.nextBoolean();
        double[] sizes = ask ? askSizes : bidSizes;
        int level = Math.min(sizes.length - 1, (int) Math.floor(Math.abs(rng.nextGaussian()) * 4));
        sizes[level] = freshSize(rng, level);
    }

    /** Returns the whole book as Upbit shows it: rows as deep as the deeper side, the thinner side padded with 0. */
    OrderbookSnapshot snapshot(String market, long timestampMillis) {
        int rows = Math.max(askPrices.length, bidPrices.length);
        List<OrderbookUnit> units = new ArrayList<>(rows);
        for (int i = 0; i < rows; i++) {
            boolean hasAsk = i < askPrices.length;
            boolean hasBid = i < bidPrices.length && bidPrices[i] > 0;
            units.add(new OrderbookUnit(
                    hasAsk ? PriceUnits.toDouble(askPrices[i]) : 0,
                    hasBid ? PriceUnits.toDouble(bidPrices[i]) : 0,
                    hasAsk ? askSizes[i] : 0,
                    hasBid ? bidSizes[i] : 0));
        }
        return new OrderbookSnapshot(market, timestampMillis, units);
    }

    private void lay(long[] prices, double[] gaps, long best, int direction) {
        long price = best;
        for (int i = 0; i < prices.length; i++) {
            if (i > 0 && price > 0) {
                int ticks = (int)
                        Math.max(1, Math.min(10_000, Math.round(gaps[i] * price / UpbitTickGrid.tick(quote, price))));
                long next = UpbitTickGrid.step(quote, price, direction * ticks);
                // At the grid's floor no lower bid exists: the side ends there and the rest is padding.
                price = next == price ? 0 : next;
            }
            prices[i] = price;
        }
    }

    /** Returns how many ticks make {@code relative} of the price there, randomised a little, at least one. */
    private int ticksFor(long price, double relative, SplittableRandom rng) {
        double ticks = relative * price / UpbitTickGrid.tick(quote, price) * (0.6 + 0.8 * rng.nextDouble());
        return (int) Math.max(1, Math.min(10_000, Math.round(ticks)));
    }

    private double leftAfter(double size, double quantity, SplittableRandom rng) {
        double left = size - quantity;
        return left > 1e-8 ? round8(left) : freshSize(rng, 0);
    }

    /** Deeper levels hold more, as on a real book. */
    private double freshSize(SplittableRandom rng, int level) {
        double size = medianSize * (1 + 0.15 * level) * Math.exp(1.0 * rng.nextGaussian());
        return Math.max(1e-8, round8(size));
    }

    /** Rounds to 8 decimals, the precision of Upbit quantities (huge quantities to whole units). */
    static double round8(double value) {
        return Math.abs(value) >= 1e10 ? Math.rint(value) : Math.round(value * 1e8) / 1e8;
    }
}
