package io.stockobserver.sandbox.market;

/**
 * Slow-moving facts about a listing that the model does not simulate but quotes report (fundamentals, 52-week range).
 *
 * @param earningsPerShare EPS in KRW
 * @param bookValuePerShare BPS in KRW
 * @param foreignOwnershipPercent share of listed shares held by foreigners, in percent
 * @param marginRatePercent broker margin rate (증거금 비율) in percent
 * @param creditAllowed whether credit trading is allowed (신용 가능)
 * @param week52High highest price of the past 52 weeks before the first simulated day
 * @param week52HighDaysAgo calendar days between that high and the first simulated day
 * @param week52Low lowest price of the past 52 weeks before the first simulated day
 * @param week52LowDaysAgo calendar days between that low and the first simulated day
 */
public record ReferenceData(
        long earningsPerShare,
        long bookValuePerShare,
        double foreignOwnershipPercent,
        int marginRatePercent,
        boolean creditAllowed,
        long week52High,
        int week52HighDaysAgo,
        long week52Low,
        int week52LowDaysAgo) {

    /** Checks the ranges. */
    public ReferenceData {
        if (week52Low < 1 || week52High < week52Low) {
            throw new IllegalArgumentException("invalid 52-week range " + week52Low + ".." + week52High);
        }
        if (foreignOwnershipPercent < 0 || foreignOwnershipPercent > 100) {
            throw new IllegalArgumentException("foreign ownership out of range: " + foreignOwnershipPercent);
        }
    }
}
