package io.stockobserver.sandbox.rest;

import io.stockobserver.sandbox.market.QuoteSnapshot;
import java.util.Comparator;
import java.util.Set;

/**
 * How the fluctuation ranking sorts, by fid_rank_sort_cls_code and fid_prc_cls_code (KIS facts §4.7), ties by code:
 * 0 상승율순 — against the day's low (prc 0) or the previous close (prc 1), largest first; 1 하락율순 — against the
 * day's high (prc 0) or the previous close (prc 1), most negative first; 2 시가대비상승율 and 3 시가대비하락율 —
 * against the open; 4 변동율 — the day's range (sandbox choice of formula), largest first.
 */
final class FluctuationOrder {

    /** The fid_rank_sort_cls_code values. */
    static final Set<String> SORT_CODES = Set.of("0", "1", "2", "3", "4");
    /** The fid_prc_cls_code values. */
    static final Set<String> PRICE_CODES = Set.of("0", "1");

    private FluctuationOrder() {}

    static Comparator<RankedListing> of(String sortCode, String priceCode) {
        boolean againstClose = priceCode.equals("1");
        return switch (sortCode) {
            case "0" -> RankedListing.descending(
                    againstClose ? QuoteSnapshot::changePercent : RankingFigures::riseFromLow);
            case "1" -> RankedListing.ascending(againstClose ? QuoteSnapshot::changePercent : RankingFigures::fromHigh);
            case "2" -> RankedListing.descending(RankingFigures::fromOpen);
            case "3" -> RankedListing.ascending(RankingFigures::fromOpen);
            case "4" -> RankedListing.descending(RankingFigures::dayRange);
            default -> throw new IllegalArgumentException("no fluctuation order " + sortCode);
        };
    }
}
