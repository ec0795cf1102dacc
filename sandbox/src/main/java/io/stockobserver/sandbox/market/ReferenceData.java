package io.stockobserver.sandbox.market;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Slow-moving facts about a listing that the model does not simulate but quotes and master files report
 * (fundamentals, 52-week range, listing date, KRX designations).
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
 * @param listingDate 상장일자
 * @param administrativeIssue whether KRX designated the listing 관리종목
 * @param marketWarning the KRX 시장경고 designation
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
        int week52LowDaysAgo,
        LocalDate listingDate,
        boolean administrativeIssue,
        MarketWarning marketWarning) {

    /** Listing date given by the constructor without one. */
    public static final LocalDate DEFAULT_LISTING_DATE = LocalDate.of(2000, 1, 4);

    /** Checks the ranges. */
    public ReferenceData {
        Objects.requireNonNull(listingDate, "listingDate");
        Objects.requireNonNull(marketWarning, "marketWarning");
        if (week52Low < 1 || week52High < week52Low) {
            throw new IllegalArgumentException("invalid 52-week range " + week52Low + ".." + week52High);
        }
        if (foreignOwnershipPercent < 0 || foreignOwnershipPercent > 100) {
            throw new IllegalArgumentException("foreign ownership out of range: " + foreignOwnershipPercent);
        }
    }

    /**
     * Creates reference data without designations, listed on {@link #DEFAULT_LISTING_DATE} (the constructor before
     * listings had a listing date and designations).
     */
    public ReferenceData(
            long earningsPerShare,
            long bookValuePerShare,
            double foreignOwnershipPercent,
            int marginRatePercent,
            boolean creditAllowed,
            long week52High,
            int week52HighDaysAgo,
            long week52Low,
            int week52LowDaysAgo) {
        this(
                earningsPerShare,
                bookValuePerShare,
                foreignOwnershipPercent,
                marginRatePercent,
                creditAllowed,
                week52High,
                week52HighDaysAgo,
                week52Low,
                week52LowDaysAgo,
                DEFAULT_LISTING_DATE,
                false,
                MarketWarning.NONE);
    }
}
