package io.stockobserver.collect;

import com.fasterxml.jackson.databind.JsonNode;
import io.stockobserver.pipeline.Observation;
import io.stockobserver.pipeline.QualityFlag;
import io.stockobserver.pipeline.Track;
import io.stockobserver.provider.kis.KisRestResponse;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Maps an inquire-price (FHKST01010100) answer to a swing observation. inquire-price carries no quote time, so the
 * event time is the receive time; {@code base_price} is 기준가 (stck_sdpr) — the venue gives no previous close field.
 */
public final class SwingSnapshotMapper {
    private static final Map<String, String> NORMALIZED = new LinkedHashMap<>();

    static {
        NORMALIZED.put("stck_prpr", "last_price");
        NORMALIZED.put("stck_oprc", "open");
        NORMALIZED.put("stck_hgpr", "high");
        NORMALIZED.put("stck_lwpr", "low");
        NORMALIZED.put("acml_vol", "volume");
        NORMALIZED.put("acml_tr_pbmn", "turnover");
        NORMALIZED.put("stck_sdpr", "base_price");
        NORMALIZED.put("stck_mxpr", "upper_limit");
        NORMALIZED.put("stck_llam", "lower_limit");
        NORMALIZED.put("prdy_vrss", "change");
    }

    private static final Set<String> DECIMALS = Set.of("prdy_ctrt");

    private final String provider;
    private final String market;

    public SwingSnapshotMapper(String provider, String market) {
        this.provider = provider;
        this.market = market;
    }

    /** Throws {@link NumberFormatException} when a normalized field is not numeric. */
    public Observation map(String symbol, String cycleId, Instant cycleTime, KisRestResponse response) {
        JsonNode out = response.output();
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("cycle_id", cycleId);
        Map<String, String> specific = new LinkedHashMap<>();
        if (out != null) {
            for (Map.Entry<String, String> e : NORMALIZED.entrySet()) {
                fields.put(e.getValue(), KisFields.integer(text(out, e.getKey())));
            }
            fields.put("change_rate", KisFields.decimal(text(out, "prdy_ctrt")));
            Iterator<Map.Entry<String, JsonNode>> it = out.fields();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> e = it.next();
                if (!NORMALIZED.containsKey(e.getKey()) && !DECIMALS.contains(e.getKey())) {
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
        return v == null || v.isNull() ? null : v.asText();
    }
}
