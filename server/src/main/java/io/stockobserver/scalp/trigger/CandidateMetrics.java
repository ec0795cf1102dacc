package io.stockobserver.scalp.trigger;

import java.util.Objects;

/**
 * What the candidate monitor knows about one symbol: its recent activity and the baseline it is compared with (the
 * same-length window averaged over the day so far, or the previous day's rate at the start). Baselines of zero mean
 * "unknown"; such a ratio does not fire.
 *
 * @param symbol venue code
 * @param recentVolume shares traded in the recent window
 * @param baselineVolume expected shares in a window of the same length
 * @param recentTradesPerMinute trades per minute in the recent window
 * @param baselineTradesPerMinute expected trades per minute
 * @param recentVolatility realized volatility of the recent window (e.g. stdev of log returns)
 * @param baselineVolatility expected volatility of such a window
 * @param changeRatePercent price change against the previous close, percent (signed)
 * @param pinned an operator pinned the symbol
 * @param activity the day's traded value so far (cumulative volume × last price): the activity rank that fills slots
 *     no trigger claims (docs/slots.md); 0 when unknown
 */
public record CandidateMetrics(
        String symbol,
        double recentVolume,
        double baselineVolume,
        double recentTradesPerMinute,
        double baselineTradesPerMinute,
        double recentVolatility,
        double baselineVolatility,
        double changeRatePercent,
        boolean pinned,
        double activity) {

    public CandidateMetrics {
        Objects.requireNonNull(symbol, "symbol");
        for (double v : new double[] {
            recentVolume,
            baselineVolume,
            recentTradesPerMinute,
            baselineTradesPerMinute,
            recentVolatility,
            baselineVolatility
        }) {
            if (!(v >= 0) || Double.isInfinite(v)) {
                throw new IllegalArgumentException(symbol + ": activity figures must be finite and >= 0");
            }
        }
        if (Double.isNaN(changeRatePercent) || Double.isInfinite(changeRatePercent)) {
            throw new IllegalArgumentException(symbol + ": change rate must be finite");
        }
        if (!(activity >= 0) || Double.isInfinite(activity)) {
            throw new IllegalArgumentException(symbol + ": activity must be finite and >= 0");
        }
    }

    /** Metrics without an activity figure (0). */
    public CandidateMetrics(
            String symbol,
            double recentVolume,
            double baselineVolume,
            double recentTradesPerMinute,
            double baselineTradesPerMinute,
            double recentVolatility,
            double baselineVolatility,
            double changeRatePercent,
            boolean pinned) {
        this(
                symbol,
                recentVolume,
                baselineVolume,
                recentTradesPerMinute,
                baselineTradesPerMinute,
                recentVolatility,
                baselineVolatility,
                changeRatePercent,
                pinned,
                0);
    }

    /** A symbol the operator pinned, with no activity known. */
    public static CandidateMetrics pinnedOnly(String symbol) {
        return new CandidateMetrics(symbol, 0, 0, 0, 0, 0, 0, 0, true);
    }
}
