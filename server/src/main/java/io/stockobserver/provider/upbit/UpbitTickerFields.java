package io.stockobserver.provider.upbit;

import com.fasterxml.jackson.databind.JsonNode;
import io.stockobserver.pipeline.FieldBounds;
import io.stockobserver.pipeline.FieldValueException;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The normalized fields of an Upbit ticker, shared by the REST ticker and the stream ticker (both use the same
 * DEFAULT names). Day figures are those of the UTC day (Upbit's {@code acc_trade_*} reset at 00:00 UTC); the rolling
 * 24-hour figures stay provider-specific.
 */
final class UpbitTickerFields {
    /** Venue name → normalized name, in archive order. */
    private static final Map<String, String> NORMALIZED = new LinkedHashMap<>();

    static {
        NORMALIZED.put("trade_price", "last_price");
        NORMALIZED.put("trade_volume", "last_size");
        NORMALIZED.put("acc_trade_volume", "volume");
        NORMALIZED.put("acc_trade_price", "turnover");
        NORMALIZED.put("opening_price", "open");
        NORMALIZED.put("high_price", "high");
        NORMALIZED.put("low_price", "low");
        NORMALIZED.put("prev_closing_price", "prev_close");
        NORMALIZED.put("signed_change_price", "change");
    }

    static final String RATE = "signed_change_rate";
    /** The stream's structural keys: the record says them in its own fields ({@code symbol}, the type). */
    private static final Set<String> STRUCTURAL = Set.of("type", "code", "market");

    /** The longest number text read; {@link FieldBounds} uses the same limit. */
    private static final int MAX_TEXT = 40;

    private UpbitTickerFields() {}

    /**
     * Normalized fields and the provider-specific rest of one ticker; {@code withLastSize} false leaves
     * {@code trade_volume} provider-specific (swing records have no last trade size). Throws {@link
     * FieldValueException} for a value that is not a number within its field's bounds.
     */
    static Normalized normalize(JsonNode t, boolean withLastSize) {
        Map<String, Object> fields = new LinkedHashMap<>();
        Set<String> consumed = new HashSet<>(STRUCTURAL);
        for (Map.Entry<String, String> e : NORMALIZED.entrySet()) {
            if (!withLastSize && e.getValue().equals("last_size")) {
                continue;
            }
            consumed.add(e.getKey());
            putIfPresent(fields, e.getValue(), UpbitJson.decimal(t, e.getKey(), e.getValue()));
        }
        consumed.add(RATE);
        putIfPresent(fields, "change_rate", percent(UpbitJson.numberText(t, RATE, "change_rate")));
        return new Normalized(fields, UpbitJson.remainder(t, consumed));
    }

    /**
     * A signed fraction such as {@code 0.0211834320} as the percent {@code 2.11834320}: the decimal point moves two
     * places, which is exact and lowers the scale by two. The fraction itself may carry 10 decimals, more than any
     * normalized field allows, so it is read here and only the percent is checked against {@link FieldBounds}.
     */
    static BigDecimal percent(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String t = text.trim();
        if (t.length() > MAX_TEXT) {
            throw new FieldValueException("change_rate", text, "too_long");
        }
        if (!t.matches("[+-]?[0-9.]+([eE][+-]?[0-9]{1,4})?")) { // ASCII only, and an exponent that cannot overflow
            throw new FieldValueException("change_rate", text, "not_a_number");
        }
        BigDecimal fraction;
        try {
            fraction = new BigDecimal(t);
        } catch (NumberFormatException e) {
            throw new FieldValueException("change_rate", text, "not_a_number");
        }
        BigDecimal pct = fraction.movePointRight(2);
        String problem = FieldBounds.violation("change_rate", pct);
        if (problem != null) {
            throw new FieldValueException("change_rate", text, problem);
        }
        return pct;
    }

    static void putIfPresent(Map<String, Object> fields, String name, Object value) {
        if (value != null) {
            fields.put(name, value);
        }
    }

    /** A record's normalized fields and its provider-specific remainder. */
    record Normalized(Map<String, Object> fields, Map<String, String> providerSpecific) {}
}
