package io.stockobserver.sandbox.rest;

import io.stockobserver.sandbox.market.QuoteSnapshot;

/**
 * The ratios the ranking TRs sort by and report, in percent, from one snapshot. Rates against the day's open, high
 * or low are 0 before the day's first trade. The formulas of the volume-rank ratios match a third-party example
 * response (e.g. vol_inrt 72.63 = 8,958,147 ÷ 12,334,657 × 100); the others are sandbox choices.
 */
final class RankingFigures {

    private static final double PERCENT = 100.0;

    private RankingFigures() {}

    /** 거래량증가율 (vol_inrt): today's volume against the previous day's. */
    static double volumeRatio(QuoteSnapshot quote) {
        return ratio(quote.cumulativeVolume(), quote.previousVolume());
    }

    /** 거래량회전율 (vol_tnrt): today's volume against the listed shares. */
    static double volumeTurnover(QuoteSnapshot quote) {
        return ratio(quote.cumulativeVolume(), quote.listedShares());
    }

    /** 거래대금회전율 (tr_pbmn_tnrt): today's turnover against the market value at the base price. */
    static double valueTurnover(QuoteSnapshot quote) {
        return ratio(quote.cumulativeTurnover(), (double) quote.listedShares() * quote.basePrice());
    }

    /** 저가 대비 현재가 비율: how far the last price is above the day's low. */
    static double riseFromLow(QuoteSnapshot quote) {
        return quote.hasTraded() ? ratio(quote.lastPrice() - quote.lowPrice(), quote.lowPrice()) : 0.0;
    }

    /** 고가 대비 현재가 비율: how far the last price is below the day's high (0 or negative). */
    static double fromHigh(QuoteSnapshot quote) {
        return quote.hasTraded() ? ratio(quote.lastPrice() - quote.highPrice(), quote.highPrice()) : 0.0;
    }

    /** 시가 대비 현재가 비율: the last price against the day's open. */
    static double fromOpen(QuoteSnapshot quote) {
        return quote.hasTraded() ? ratio(quote.lastPrice() - quote.openPrice(), quote.openPrice()) : 0.0;
    }

    /** 변동율 (sandbox choice): the day's range, high against low. */
    static double dayRange(QuoteSnapshot quote) {
        return quote.hasTraded() ? ratio(quote.highPrice() - quote.lowPrice(), quote.lowPrice()) : 0.0;
    }

    private static double ratio(double part, double whole) {
        return whole == 0 ? 0.0 : part * PERCENT / whole;
    }
}
