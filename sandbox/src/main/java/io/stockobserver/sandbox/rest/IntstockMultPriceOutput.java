package io.stockobserver.sandbox.rest;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.stockobserver.sandbox.market.MarketKind;
import io.stockobserver.sandbox.market.MarketWarning;
import io.stockobserver.sandbox.market.QuoteSnapshot;
import io.stockobserver.sandbox.market.SymbolInfo;
import io.stockobserver.sandbox.wire.KisFormat;
import io.stockobserver.sandbox.wire.KisJson;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One element of intstock-multprice's {@code output} array: the 29 documented fields in documented order (KIS facts
 * §4.2), every value a string, computed from the same snapshot as inquire-price so both agree at one instant.
 */
final class IntstockMultPriceOutput {

    /** The field names in reply order. */
    static final List<String> FIELDS = List.of(
            "kospi_kosdaq_cls_name",
            "mrkt_trtm_cls_name",
            "hour_cls_code",
            "inter_shrn_iscd",
            "inter_kor_isnm",
            "inter2_prpr",
            "inter2_prdy_vrss",
            "prdy_vrss_sign",
            "prdy_ctrt",
            "acml_vol",
            "inter2_oprc",
            "inter2_hgpr",
            "inter2_lwpr",
            "inter2_llam",
            "inter2_mxpr",
            "inter2_askp",
            "inter2_bidp",
            "seln_rsqn",
            "shnu_rsqn",
            "total_askp_rsqn",
            "total_bidp_rsqn",
            "acml_tr_pbmn",
            "inter2_prdy_clpr",
            "oprc_vrss_hgpr_rate",
            "intr_antc_cntg_vrss",
            "intr_antc_cntg_vrss_sign",
            "intr_antc_cntg_prdy_ctrt",
            "intr_antc_vol",
            "inter2_sdpr");

    /** Fields that are text or codes: blank (not "0") for an unknown code. */
    private static final Set<String> TEXT_FIELDS = Set.of(
            "kospi_kosdaq_cls_name",
            "mrkt_trtm_cls_name",
            "hour_cls_code",
            "inter_kor_isnm",
            "prdy_vrss_sign",
            "intr_antc_cntg_vrss_sign");

    private IntstockMultPriceOutput() {}

    /** Returns the element of a known listing. */
    static ObjectNode of(SymbolInfo info, QuoteSnapshot quote) {
        Map<String, String> values = new HashMap<>();
        values.put("kospi_kosdaq_cls_name", info.market() == MarketKind.KOSPI ? "거래소" : "코스닥");
        values.put("mrkt_trtm_cls_name", treatment(info));
        values.put("hour_cls_code", "0");
        values.put("inter_shrn_iscd", info.code());
        values.put("inter_kor_isnm", info.name());
        long last = quote.lastPrice();
        values.put("inter2_prpr", Long.toString(last));
        values.put("inter2_prdy_vrss", Long.toString(quote.change()));
        values.put(
                "prdy_vrss_sign",
                KisFormat.changeSign(last, quote.basePrice(), quote.upperLimit(), quote.lowerLimit()));
        values.put("prdy_ctrt", KisFormat.twoDecimals(quote.changePercent()));
        values.put("acml_vol", Long.toString(quote.cumulativeVolume()));
        values.put("inter2_oprc", Long.toString(quote.openPrice()));
        values.put("inter2_hgpr", Long.toString(quote.highPrice()));
        values.put("inter2_lwpr", Long.toString(quote.lowPrice()));
        values.put("inter2_llam", Long.toString(quote.lowerLimit()));
        values.put("inter2_mxpr", Long.toString(quote.upperLimit()));
        values.put("inter2_askp", Long.toString(quote.askPrice()));
        values.put("inter2_bidp", Long.toString(quote.bidPrice()));
        values.put("seln_rsqn", Long.toString(quote.askSize()));
        values.put("shnu_rsqn", Long.toString(quote.bidSize()));
        values.put("total_askp_rsqn", Long.toString(quote.totalAskSize()));
        values.put("total_bidp_rsqn", Long.toString(quote.totalBidSize()));
        values.put("acml_tr_pbmn", Long.toString(quote.cumulativeTurnover()));
        values.put("inter2_prdy_clpr", Long.toString(quote.basePrice()));
        values.put(
                "oprc_vrss_hgpr_rate",
                quote.hasTraded()
                        ? KisFormat.percent(quote.highPrice() - quote.openPrice(), quote.openPrice())
                        : "0.00");
        values.put("intr_antc_cntg_vrss", "0");
        values.put("intr_antc_cntg_vrss_sign", KisFormat.SIGN_FLAT);
        values.put("intr_antc_cntg_prdy_ctrt", "0.00");
        values.put("intr_antc_vol", "0");
        values.put("inter2_sdpr", Long.toString(quote.basePrice()));
        return ordered(values);
    }

    /** Returns the element of a code the universe does not have: price "0", numbers "0", texts blank. */
    static ObjectNode unknownSymbol(String code) {
        Map<String, String> values = new HashMap<>();
        FIELDS.forEach(field -> values.put(field, TEXT_FIELDS.contains(field) ? "" : "0"));
        values.put("inter_shrn_iscd", code);
        return ordered(values);
    }

    /** 시장 조치 구분 명: the most severe KRX measure on the listing, blank for none (sandbox choice of texts). */
    private static String treatment(SymbolInfo info) {
        if (info.halted()) {
            return "거래정지";
        }
        if (info.reference().administrativeIssue()) {
            return "관리종목";
        }
        MarketWarning warning = info.reference().marketWarning();
        return switch (warning) {
            case RISK -> "투자위험";
            case WARNING -> "투자경고";
            case CAUTION -> "투자주의";
            case NONE -> "";
        };
    }

    private static ObjectNode ordered(Map<String, String> values) {
        ObjectNode element = KisJson.object();
        for (String field : FIELDS) {
            String value = values.get(field);
            if (value == null) {
                throw new IllegalStateException("intstock-multprice field without a value: " + field);
            }
            element.put(field, value);
        }
        return element;
    }
}
