package io.stockobserver.sandbox.market;

/**
 * The simulation parameters of one listing: how often it trades, how much it moves, how big its orders are, and the
 * statistics of the day before the first simulated day.
 *
 * @param tradeRate mean trades per second over a session, before the intensity multiplier
 * @param quoteRate mean order-book changes per second that are not trades
 * @param dailyVolatility standard deviation of the log price over one 6.5 h session
 * @param medianQuantity median shares per trade
 * @param medianLevelSize median resting shares at one price level
 * @param previousVolumeFactor the day before the first simulated day traded this multiple of an average day's volume
 * @param previousHigh high of that day
 * @param previousLow low of that day
 */
record SymbolProfile(
        double tradeRate,
        double quoteRate,
        double dailyVolatility,
        long medianQuantity,
        long medianLevelSize,
        double previousVolumeFactor,
        long previousHigh,
        long previousLow) {

    /** Spread of the log trade size around its median. */
    static final double QUANTITY_SIGMA = 1.0;

    /** Returns the mean shares per trade. */
    double meanQuantity() {
        return medianQuantity * Math.exp(QUANTITY_SIGMA * QUANTITY_SIGMA / 2);
    }
}
