package io.stockobserver.sandbox.upbit.market;

import java.time.LocalDate;

/**
 * How one market behaves, drawn once from the seed.
 *
 * @param startPrice price 24 h before the model started, in {@link PriceUnits}
 * @param dailyVolatility standard deviation of the log price over 24 h
 * @param tradeRate trades per second at the busiest hour (before the intensity multiplier)
 * @param bookRate book changes per second at the busiest hour, besides those trades cause
 * @param medianVolume median trade quantity of the base asset
 * @param relativeSpread usual best-ask minus best-bid over the price
 * @param relativeLevelGap usual distance between two levels of one side over the price
 * @param askDepth levels on the ask side, 1..30 (quiet markets have thin books)
 * @param bidDepth levels on the bid side, 1..30
 * @param highest52Week 52-week high before the model started, in units
 * @param highest52WeekDate its date
 * @param lowest52Week 52-week low before the model started, in units
 * @param lowest52WeekDate its date
 */
record PairProfile(
        long startPrice,
        double dailyVolatility,
        double tradeRate,
        double bookRate,
        double medianVolume,
        double relativeSpread,
        double relativeLevelGap,
        int askDepth,
        int bidDepth,
        long highest52Week,
        LocalDate highest52WeekDate,
        long lowest52Week,
        LocalDate lowest52WeekDate) {

    /** Log-normal spread of trade quantities. */
    static final double VOLUME_SIGMA = 1.1;

    /** Checks the ranges. */
    PairProfile {
        if (startPrice < 1 || tradeRate <= 0 || bookRate < 0 || medianVolume <= 0) {
            throw new IllegalArgumentException("price, trade rate and volume must be positive");
        }
        if (askDepth < 1
                || askDepth > OrderbookSnapshot.MAX_UNITS
                || bidDepth < 1
                || bidDepth > OrderbookSnapshot.MAX_UNITS) {
            throw new IllegalArgumentException("book depths must be 1..30: " + askDepth + "/" + bidDepth);
        }
    }
}
