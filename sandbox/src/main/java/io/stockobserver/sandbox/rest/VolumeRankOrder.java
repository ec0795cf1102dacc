package io.stockobserver.sandbox.rest;

import io.stockobserver.sandbox.market.QuoteSnapshot;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Set;
import java.util.function.ToDoubleFunction;
import java.util.stream.Collectors;

/**
 * How volume-rank sorts, by FID_BLNG_CLS_CODE (KIS facts §4.6), every order largest first, ties by code. The
 * "average" orders average over one day (FID_INPUT_DATE_1 blank), so they rank today's figures.
 */
enum VolumeRankOrder {

    /** 0 평균거래량: today's volume. */
    AVERAGE_VOLUME("0", QuoteSnapshot::cumulativeVolume),
    /** 1 거래증가율: today's volume against the previous day's. */
    VOLUME_INCREASE("1", RankingFigures::volumeRatio),
    /** 2 평균거래회전율: volume against listed shares. */
    AVERAGE_VOLUME_TURNOVER("2", RankingFigures::volumeTurnover),
    /** 3 거래금액순: today's turnover in KRW. */
    TRADING_VALUE("3", QuoteSnapshot::cumulativeTurnover),
    /** 4 평균거래금액회전율: turnover against market value. */
    AVERAGE_VALUE_TURNOVER("4", RankingFigures::valueTurnover);

    /** The FID_BLNG_CLS_CODE values. */
    static final Set<String> CODES =
            Arrays.stream(values()).map(order -> order.code).collect(Collectors.toUnmodifiableSet());

    private final String code;
    private final ToDoubleFunction<QuoteSnapshot> figure;

    VolumeRankOrder(String code, ToDoubleFunction<QuoteSnapshot> figure) {
        this.code = code;
        this.figure = figure;
    }

    static VolumeRankOrder of(String code) {
        return Arrays.stream(values())
                .filter(order -> order.code.equals(code))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no volume-rank order " + code));
    }

    Comparator<RankedListing> comparator() {
        return RankedListing.descending(figure);
    }
}
