package io.stockobserver.sandbox.rest;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.stockobserver.sandbox.market.QuoteSnapshot;
import io.stockobserver.sandbox.wire.KisFormat;
import io.stockobserver.sandbox.wire.KisJson;

/**
 * One row of volume-rank's {@code output} array: the 19 documented fields in documented order (KIS facts §4.6), all
 * strings. With FID_INPUT_DATE_1 blank the "average" and "N-day" fields cover one day, so they repeat today's
 * figures (avrg_vol = acml_vol, nday_vol_tnrt = vol_tnrt, …), as a third-party example response shows.
 */
final class VolumeRankOutput {

    private VolumeRankOutput() {}

    static ObjectNode of(int rank, RankedListing row) {
        QuoteSnapshot q = row.quote();
        String changeRate = KisFormat.twoDecimals(q.changePercent());
        String volumeTurnover = KisFormat.twoDecimals(RankingFigures.volumeTurnover(q));
        String valueTurnover = KisFormat.twoDecimals(RankingFigures.valueTurnover(q));
        return KisJson.object()
                .put("hts_kor_isnm", row.info().name())
                .put("mksc_shrn_iscd", row.info().code())
                .put("data_rank", Integer.toString(rank))
                .put("stck_prpr", Long.toString(q.lastPrice()))
                .put(
                        "prdy_vrss_sign",
                        KisFormat.changeSign(q.lastPrice(), q.basePrice(), q.upperLimit(), q.lowerLimit()))
                .put("prdy_vrss", Long.toString(q.change()))
                .put("prdy_ctrt", changeRate)
                .put("acml_vol", Long.toString(q.cumulativeVolume()))
                .put("prdy_vol", Long.toString(q.previousVolume()))
                .put("lstn_stcn", Long.toString(q.listedShares()))
                .put("avrg_vol", Long.toString(q.cumulativeVolume()))
                .put("n_befr_clpr_vrss_prpr_rate", changeRate)
                .put("vol_inrt", KisFormat.twoDecimals(RankingFigures.volumeRatio(q)))
                .put("vol_tnrt", volumeTurnover)
                .put("nday_vol_tnrt", volumeTurnover)
                .put("avrg_tr_pbmn", Long.toString(q.cumulativeTurnover()))
                .put("tr_pbmn_tnrt", valueTurnover)
                .put("nday_tr_pbmn_tnrt", valueTurnover)
                .put("acml_tr_pbmn", Long.toString(q.cumulativeTurnover()));
    }
}
