package io.stockobserver.sandbox.rest;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.stockobserver.sandbox.market.KoreanTime;
import io.stockobserver.sandbox.market.QuoteSnapshot;
import io.stockobserver.sandbox.wire.KisFormat;
import io.stockobserver.sandbox.wire.KisJson;
import java.time.Instant;

/**
 * One row of the fluctuation ranking's {@code output} array: the 24 documented fields in documented order (KIS facts
 * §4.7), all strings. The period is today (fid_input_cnt_1 is not simulated): the high/low are the day's, their dates
 * the business date, the period change is the change against the previous close, and the consecutive up/down day
 * counts are 1 or 0 from today's direction alone (the model keeps no history of earlier days).
 */
final class FluctuationOutput {

    private static final String NO_TIME = "000000";

    private FluctuationOutput() {}

    static ObjectNode of(int rank, RankedListing row) {
        QuoteSnapshot q = row.quote();
        String changeRate = KisFormat.twoDecimals(q.changePercent());
        String date = KoreanTime.yyyymmdd(q.businessDate());
        long fromOpen = q.hasTraded() ? q.lastPrice() - q.openPrice() : 0;
        return KisJson.object()
                .put("stck_shrn_iscd", row.info().code())
                .put("data_rank", Integer.toString(rank))
                .put("hts_kor_isnm", row.info().name())
                .put("stck_prpr", Long.toString(q.lastPrice()))
                .put("prdy_vrss", Long.toString(q.change()))
                .put(
                        "prdy_vrss_sign",
                        KisFormat.changeSign(q.lastPrice(), q.basePrice(), q.upperLimit(), q.lowerLimit()))
                .put("prdy_ctrt", changeRate)
                .put("acml_vol", Long.toString(q.cumulativeVolume()))
                .put("stck_hgpr", Long.toString(q.highPrice()))
                .put("hgpr_hour", time(q.highTime()))
                .put("acml_hgpr_date", date)
                .put("stck_lwpr", Long.toString(q.lowPrice()))
                .put("lwpr_hour", time(q.lowTime()))
                .put("acml_lwpr_date", date)
                .put("lwpr_vrss_prpr_rate", KisFormat.twoDecimals(RankingFigures.riseFromLow(q)))
                .put("dsgt_date_clpr_vrss_prpr_rate", changeRate)
                .put("cnnt_ascn_dynu", q.change() > 0 ? "1" : "0")
                .put("hgpr_vrss_prpr_rate", KisFormat.twoDecimals(RankingFigures.fromHigh(q)))
                .put("cnnt_down_dynu", q.change() < 0 ? "1" : "0")
                .put("oprc_vrss_prpr_sign", KisFormat.sign(fromOpen))
                .put("oprc_vrss_prpr", Long.toString(fromOpen))
                .put("oprc_vrss_prpr_rate", KisFormat.twoDecimals(RankingFigures.fromOpen(q)))
                .put("prd_rsfl", Long.toString(q.change()))
                .put("prd_rsfl_rate", changeRate);
    }

    private static String time(Instant time) {
        return time == null ? NO_TIME : KoreanTime.hhmmss(time);
    }
}
