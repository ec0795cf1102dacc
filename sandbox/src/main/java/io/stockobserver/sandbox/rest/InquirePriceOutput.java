package io.stockobserver.sandbox.rest;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.stockobserver.sandbox.market.KoreanTime;
import io.stockobserver.sandbox.market.KrxTickGrid;
import io.stockobserver.sandbox.market.MarketKind;
import io.stockobserver.sandbox.market.MarketWarning;
import io.stockobserver.sandbox.market.QuoteSnapshot;
import io.stockobserver.sandbox.market.ReferenceData;
import io.stockobserver.sandbox.market.SymbolInfo;
import io.stockobserver.sandbox.wire.KisFormat;
import io.stockobserver.sandbox.wire.KisJson;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The {@code output} object of inquire-price: the 80 fields a real 2025 response carried, in documented order
 * (the 82 documented minus new_hgpr_lwpr_cls_code and apprch_rate, KIS facts §4.1). Every value is a string.
 * Prices, volumes and limits come from the model; fundamentals and ranges from the listing's reference data;
 * fields the model has no notion of (program/foreign net buying, loan balance, VI) are plausible constants.
 */
final class InquirePriceOutput {

    /** The field names in reply order. */
    static final List<String> FIELDS = List.of(
            "iscd_stat_cls_code",
            "marg_rate",
            "rprs_mrkt_kor_name",
            "bstp_kor_isnm",
            "temp_stop_yn",
            "oprc_rang_cont_yn",
            "clpr_rang_cont_yn",
            "crdt_able_yn",
            "grmn_rate_cls_code",
            "elw_pblc_yn",
            "stck_prpr",
            "prdy_vrss",
            "prdy_vrss_sign",
            "prdy_ctrt",
            "acml_tr_pbmn",
            "acml_vol",
            "prdy_vrss_vol_rate",
            "stck_oprc",
            "stck_hgpr",
            "stck_lwpr",
            "stck_mxpr",
            "stck_llam",
            "stck_sdpr",
            "wghn_avrg_stck_prc",
            "hts_frgn_ehrt",
            "frgn_ntby_qty",
            "pgtr_ntby_qty",
            "pvt_scnd_dmrs_prc",
            "pvt_frst_dmrs_prc",
            "pvt_pont_val",
            "pvt_frst_dmsp_prc",
            "pvt_scnd_dmsp_prc",
            "dmrs_val",
            "dmsp_val",
            "cpfn",
            "rstc_wdth_prc",
            "stck_fcam",
            "stck_sspr",
            "aspr_unit",
            "hts_deal_qty_unit_val",
            "lstn_stcn",
            "hts_avls",
            "per",
            "pbr",
            "stac_month",
            "vol_tnrt",
            "eps",
            "bps",
            "d250_hgpr",
            "d250_hgpr_date",
            "d250_hgpr_vrss_prpr_rate",
            "d250_lwpr",
            "d250_lwpr_date",
            "d250_lwpr_vrss_prpr_rate",
            "stck_dryy_hgpr",
            "dryy_hgpr_vrss_prpr_rate",
            "dryy_hgpr_date",
            "stck_dryy_lwpr",
            "dryy_lwpr_vrss_prpr_rate",
            "dryy_lwpr_date",
            "w52_hgpr",
            "w52_hgpr_vrss_prpr_ctrt",
            "w52_hgpr_date",
            "w52_lwpr",
            "w52_lwpr_vrss_prpr_ctrt",
            "w52_lwpr_date",
            "whol_loan_rmnd_rate",
            "ssts_yn",
            "stck_shrn_iscd",
            "fcam_cnnm",
            "cpfn_cnnm",
            "frgn_hldn_qty",
            "vi_cls_code",
            "ovtm_vi_cls_code",
            "last_ssts_cntg_qty",
            "invt_caful_yn",
            "mrkt_warn_cls_code",
            "short_over_yn",
            "sltr_yn",
            "mang_issu_cls_code");

    /** Fields that are text, flags or dates: blank (not "0") in the unknown-symbol reply. */
    private static final Set<String> TEXT_FIELDS = Set.of(
            "iscd_stat_cls_code",
            "rprs_mrkt_kor_name",
            "bstp_kor_isnm",
            "temp_stop_yn",
            "oprc_rang_cont_yn",
            "clpr_rang_cont_yn",
            "crdt_able_yn",
            "grmn_rate_cls_code",
            "elw_pblc_yn",
            "prdy_vrss_sign",
            "stac_month",
            "d250_hgpr_date",
            "d250_lwpr_date",
            "dryy_hgpr_date",
            "dryy_lwpr_date",
            "w52_hgpr_date",
            "w52_lwpr_date",
            "ssts_yn",
            "stck_shrn_iscd",
            "fcam_cnnm",
            "cpfn_cnnm",
            "vi_cls_code",
            "ovtm_vi_cls_code",
            "invt_caful_yn",
            "mrkt_warn_cls_code",
            "short_over_yn",
            "sltr_yn",
            "mang_issu_cls_code");

    private static final long HUNDRED_MILLION = 100_000_000L;
    private static final double LARGE_CAP = 2e12;

    private InquirePriceOutput() {}

    /** Returns the output of a known listing. */
    static ObjectNode of(SymbolInfo info, QuoteSnapshot quote) {
        Map<String, String> values = new HashMap<>();
        status(values, info, quote);
        prices(values, quote);
        pivots(values, quote);
        fundamentals(values, info, quote);
        ranges(values, info.reference(), quote);
        return ordered(values);
    }

    /** Returns the output for a code the universe does not have: every number "0", every text blank. */
    static ObjectNode unknownSymbol() {
        Map<String, String> values = new HashMap<>();
        FIELDS.forEach(field -> values.put(field, TEXT_FIELDS.contains(field) ? "" : "0"));
        return ordered(values);
    }

    private static void status(Map<String, String> values, SymbolInfo info, QuoteSnapshot quote) {
        ReferenceData reference = info.reference();
        double marketCap = (double) quote.lastPrice() * info.listedShares();
        values.put("iscd_stat_cls_code", statusCode(info));
        values.put("marg_rate", KisFormat.twoDecimals(reference.marginRatePercent()));
        values.put("rprs_mrkt_kor_name", representativeMarket(info.market(), marketCap));
        values.put("bstp_kor_isnm", info.sector());
        values.put("temp_stop_yn", info.halted() ? "Y" : "N");
        values.put("oprc_rang_cont_yn", "N");
        values.put("clpr_rang_cont_yn", "N");
        values.put("crdt_able_yn", reference.creditAllowed() ? "Y" : "N");
        values.put("grmn_rate_cls_code", String.valueOf(reference.marginRatePercent()));
        values.put("elw_pblc_yn", marketCap >= LARGE_CAP ? "Y" : "N");
        values.put("ssts_yn", "Y");
        values.put("stck_shrn_iscd", info.code());
        values.put("vi_cls_code", "N");
        values.put("ovtm_vi_cls_code", "N");
        values.put("invt_caful_yn", reference.marketWarning() == MarketWarning.CAUTION ? "Y" : "N");
        values.put("mrkt_warn_cls_code", reference.marketWarning().code());
        values.put("short_over_yn", "N");
        values.put("sltr_yn", "N");
        values.put("mang_issu_cls_code", reference.administrativeIssue() ? "Y" : "N");
    }

    /**
     * 종목 상태 구분 코드, the most severe that applies: 58 거래정지, 51 관리종목, 52 투자위험, 53 투자경고, 54 투자주의,
     * then 55 신용가능 or 57 증거금 100%.
     */
    private static String statusCode(SymbolInfo info) {
        ReferenceData reference = info.reference();
        if (info.halted()) {
            return "58";
        }
        if (reference.administrativeIssue()) {
            return "51";
        }
        return switch (reference.marketWarning()) {
            case RISK -> "52";
            case WARNING -> "53";
            case CAUTION -> "54";
            case NONE -> reference.creditAllowed() ? "55" : "57";
        };
    }

    private static void prices(Map<String, String> values, QuoteSnapshot quote) {
        long last = quote.lastPrice();
        values.put("stck_prpr", Long.toString(last));
        values.put("prdy_vrss", Long.toString(quote.change()));
        values.put(
                "prdy_vrss_sign",
                KisFormat.changeSign(last, quote.basePrice(), quote.upperLimit(), quote.lowerLimit()));
        values.put("prdy_ctrt", KisFormat.twoDecimals(quote.changePercent()));
        values.put("acml_tr_pbmn", Long.toString(quote.cumulativeTurnover()));
        values.put("acml_vol", Long.toString(quote.cumulativeVolume()));
        values.put("prdy_vrss_vol_rate", KisFormat.percent(quote.cumulativeVolume(), quote.previousVolume()));
        values.put("stck_oprc", Long.toString(quote.openPrice()));
        values.put("stck_hgpr", Long.toString(quote.highPrice()));
        values.put("stck_lwpr", Long.toString(quote.lowPrice()));
        values.put("stck_mxpr", Long.toString(quote.upperLimit()));
        values.put("stck_llam", Long.toString(quote.lowerLimit()));
        values.put("stck_sdpr", Long.toString(quote.basePrice()));
        values.put("wghn_avrg_stck_prc", KisFormat.twoDecimals(quote.averagePrice()));
        values.put("rstc_wdth_prc", Long.toString(quote.upperLimit() - quote.basePrice()));
        values.put("stck_sspr", Long.toString(KrxTickGrid.floor(Math.max(1, quote.basePrice() * 8 / 10))));
        values.put("aspr_unit", Long.toString(quote.tickSize()));
        values.put("hts_deal_qty_unit_val", "1");
        values.put("vol_tnrt", KisFormat.percent(quote.cumulativeVolume(), quote.listedShares()));
        values.put("frgn_ntby_qty", "0");
        values.put("pgtr_ntby_qty", "0");
        values.put("whol_loan_rmnd_rate", "0.10");
        values.put("last_ssts_cntg_qty", "0");
    }

    /** Classic floor-trader pivots and DeMark levels from the previous day's high, low and close. */
    private static void pivots(Map<String, String> values, QuoteSnapshot quote) {
        long high = quote.previousHigh();
        long low = quote.previousLow();
        long close = quote.basePrice();
        long pivot = (high + low + close) / 3;
        values.put("pvt_scnd_dmrs_prc", Long.toString(pivot + (high - low)));
        values.put("pvt_frst_dmrs_prc", Long.toString(2 * pivot - low));
        values.put("pvt_pont_val", Long.toString(pivot));
        values.put("pvt_frst_dmsp_prc", Long.toString(2 * pivot - high));
        values.put("pvt_scnd_dmsp_prc", Long.toString(pivot - (high - low)));
        long demark = high + low + 2 * close;
        values.put("dmrs_val", Long.toString(demark / 2 - low));
        values.put("dmsp_val", Long.toString(demark / 2 - high));
    }

    private static void fundamentals(Map<String, String> values, SymbolInfo info, QuoteSnapshot quote) {
        ReferenceData reference = info.reference();
        long capitalHundredMillions = Math.max(1, info.listedShares() * info.parValue() / HUNDRED_MILLION);
        values.put("cpfn", Long.toString(capitalHundredMillions));
        values.put("cpfn_cnnm", String.format("%,d 억", capitalHundredMillions));
        values.put("stck_fcam", Long.toString(info.parValue()));
        values.put("fcam_cnnm", Long.toString(info.parValue()));
        values.put("lstn_stcn", Long.toString(info.listedShares()));
        values.put("hts_avls", Long.toString(Math.round((double) quote.lastPrice() * info.listedShares() / 1e8)));
        values.put("per", KisFormat.twoDecimals((double) quote.lastPrice() / reference.earningsPerShare()));
        values.put("pbr", KisFormat.twoDecimals((double) quote.lastPrice() / reference.bookValuePerShare()));
        values.put("eps", KisFormat.twoDecimals(reference.earningsPerShare()));
        values.put("bps", KisFormat.twoDecimals(reference.bookValuePerShare()));
        values.put("stac_month", "12");
        values.put("hts_frgn_ehrt", KisFormat.twoDecimals(reference.foreignOwnershipPercent()));
        values.put(
                "frgn_hldn_qty",
                Long.toString(Math.round(info.listedShares() * reference.foreignOwnershipPercent() / 100)));
    }

    /** 250-day, year and 52-week ranges: the reference range, widened by today's high and low. */
    private static void ranges(Map<String, String> values, ReferenceData reference, QuoteSnapshot quote) {
        LocalDate today = quote.businessDate();
        boolean newHigh = quote.hasTraded() && quote.highPrice() > reference.week52High();
        boolean newLow = quote.hasTraded() && quote.lowPrice() < reference.week52Low();
        long high = newHigh ? quote.highPrice() : reference.week52High();
        long low = newLow ? quote.lowPrice() : reference.week52Low();
        String highDate = KoreanTime.yyyymmdd(newHigh ? today : today.minusDays(reference.week52HighDaysAgo()));
        String lowDate = KoreanTime.yyyymmdd(newLow ? today : today.minusDays(reference.week52LowDaysAgo()));
        String fromHigh = KisFormat.percent(quote.lastPrice() - high, high);
        String fromLow = KisFormat.percent(quote.lastPrice() - low, low);
        for (String prefix : List.of("d250_", "w52_")) {
            values.put(prefix + "hgpr", Long.toString(high));
            values.put(prefix + "hgpr_date", highDate);
            values.put(prefix + "lwpr", Long.toString(low));
            values.put(prefix + "lwpr_date", lowDate);
        }
        values.put("d250_hgpr_vrss_prpr_rate", fromHigh);
        values.put("d250_lwpr_vrss_prpr_rate", fromLow);
        values.put("w52_hgpr_vrss_prpr_ctrt", fromHigh);
        values.put("w52_lwpr_vrss_prpr_ctrt", fromLow);
        values.put("stck_dryy_hgpr", Long.toString(high));
        values.put("dryy_hgpr_vrss_prpr_rate", fromHigh);
        values.put("dryy_hgpr_date", highDate);
        values.put("stck_dryy_lwpr", Long.toString(low));
        values.put("dryy_lwpr_vrss_prpr_rate", fromLow);
        values.put("dryy_lwpr_date", lowDate);
    }

    private static String representativeMarket(MarketKind market, double marketCap) {
        if (market == MarketKind.KOSPI) {
            return marketCap >= LARGE_CAP ? "KOSPI200" : "KOSPI";
        }
        return marketCap >= LARGE_CAP / 2 ? "KSQ150" : "KOSDAQ";
    }

    private static ObjectNode ordered(Map<String, String> values) {
        ObjectNode output = KisJson.object();
        for (String field : FIELDS) {
            String value = values.get(field);
            if (value == null) {
                throw new IllegalStateException("inquire-price field without a value: " + field);
            }
            output.put(field, value);
        }
        return output;
    }
}
