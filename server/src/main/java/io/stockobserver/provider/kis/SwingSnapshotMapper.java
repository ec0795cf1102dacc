package io.stockobserver.provider.kis;

import com.fasterxml.jackson.databind.JsonNode;
import io.stockobserver.pipeline.Observation;
import io.stockobserver.pipeline.QualityFlag;
import io.stockobserver.pipeline.Track;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Maps KIS quote answers to swing observations: inquire-price (FHKST01010100, one symbol) and intstock-multprice
 * (FHKST11300006, one array element per symbol). Neither carries a quote time, so the event time is the receive
 * time. inquire-price has no previous-close field ({@code base_price} is 기준가); intstock-multprice has both.
 * Venue fields without a normalized name are kept under {@code provider_specific}.
 */
public final class SwingSnapshotMapper {
    private static final Map<String, String> SINGLE = new LinkedHashMap<>();
    private static final Map<String, String> MULTI = new LinkedHashMap<>();

    static {
        SINGLE.put("stck_prpr", "last_price");
        SINGLE.put("stck_oprc", "open");
        SINGLE.put("stck_hgpr", "high");
        SINGLE.put("stck_lwpr", "low");
        SINGLE.put("acml_vol", "volume");
        SINGLE.put("acml_tr_pbmn", "turnover");
        SINGLE.put("stck_sdpr", "base_price");
        SINGLE.put("stck_mxpr", "upper_limit");
        SINGLE.put("stck_llam", "lower_limit");
        SINGLE.put("prdy_vrss", "change");

        MULTI.put("inter2_prpr", "last_price");
        MULTI.put("inter2_oprc", "open");
        MULTI.put("inter2_hgpr", "high");
        MULTI.put("inter2_lwpr", "low");
        MULTI.put("acml_vol", "volume");
        MULTI.put("acml_tr_pbmn", "turnover");
        MULTI.put("inter2_prdy_clpr", "prev_close");
        MULTI.put("inter2_sdpr", "base_price");
        MULTI.put("inter2_mxpr", "upper_limit");
        MULTI.put("inter2_llam", "lower_limit");
        MULTI.put("inter2_prdy_vrss", "change");
        MULTI.put("inter2_askp", "ask_price");
        MULTI.put("inter2_bidp", "bid_price");
    }

    /** The rate field is a decimal in both answers. */
    private static final String RATE = "prdy_ctrt";

    private final String provider;
    private final String market;

    public SwingSnapshotMapper(String provider, String market) {
        this.provider = provider;
        this.market = market;
    }

    /**
     * An inquire-price answer. Throws {@link io.stockobserver.pipeline.FieldValueException} when a normalized field is
     * not a number within its bounds.
     */
    public Observation map(String symbol, String cycleId, Instant cycleTime, KisRestResponse response) {
        return observation(symbol, cycleId, cycleTime, response, response.output(), SINGLE);
    }

    /** The symbol a multi-price element answers for ({@code inter_shrn_iscd}), or null. */
    public static String multiSymbol(JsonNode element) {
        JsonNode v = element.get("inter_shrn_iscd");
        return v == null ? null : v.asText().trim();
    }

    /** One element of an intstock-multprice answer. */
    public Observation mapMulti(
            String symbol, String cycleId, Instant cycleTime, KisRestResponse response, JsonNode element) {
        return observation(symbol, cycleId, cycleTime, response, element, MULTI);
    }

    private Observation observation(
            String symbol,
            String cycleId,
            Instant cycleTime,
            KisRestResponse response,
            JsonNode out,
            Map<String, String> normalized) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("cycle_id", cycleId);
        Map<String, String> specific = new LinkedHashMap<>();
        if (out != null) {
            for (Map.Entry<String, String> e : normalized.entrySet()) {
                fields.put(e.getValue(), KisFields.integer(e.getValue(), text(out, e.getKey())));
            }
            fields.put("change_rate", KisFields.decimal("change_rate", text(out, RATE)));
            Iterator<Map.Entry<String, JsonNode>> it = out.fields();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> e = it.next();
                if (!normalized.containsKey(e.getKey()) && !RATE.equals(e.getKey())) {
                    String v = e.getValue().asText();
                    if (!v.isEmpty()) {
                        specific.put(e.getKey(), v);
                    }
                }
            }
        }
        return new Observation(
                provider,
                market,
                symbol,
                Track.SWING,
                response.receiveTime(),
                cycleTime,
                response.receiveTime(),
                response.receivedAtNanos(),
                response.rawRef(),
                QualityFlag.NORMAL,
                fields,
                specific);
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v.asText().trim();
    }
}
