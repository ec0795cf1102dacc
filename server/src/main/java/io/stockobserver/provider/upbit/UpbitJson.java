package io.stockobserver.provider.upbit;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.stockobserver.pipeline.FieldBounds;
import io.stockobserver.pipeline.FieldValueException;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The one Jackson mapper of the adapter and the number readers every Upbit value goes through.
 *
 * <p>Design note: Upbit writes prices and sizes as JSON numbers ({@code 8450000.00000000}, {@code 1.16539E8},
 * {@code 7.9276E-4}). The mapper keeps every non-integer as a {@code BigDecimal} made from the text, trailing zeros
 * included, and integers as long, so no value ever passes through a double; the text is then checked by
 * {@link FieldBounds}, which refuses hostile values such as {@code 1E+999999999} without expanding them.
 */
final class UpbitJson {
    static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .build();

    private UpbitJson() {}

    /** The parsed text; throws for anything that is not one complete JSON value (empty text included). */
    static JsonNode parse(String text) throws IOException {
        JsonNode node = MAPPER.readTree(text);
        if (node == null || node.isMissingNode()) {
            throw new IOException("empty body");
        }
        return node;
    }

    /** A field's text, or null when absent or JSON null (numbers as written, modulo exponent spelling). */
    static String text(JsonNode node, String field) {
        JsonNode v = node == null ? null : node.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        return v.isContainerNode() ? v.toString() : v.asText();
    }

    /**
     * The value of {@code venueField} as a decimal within the bounds of the normalized {@code field}; null when
     * absent. Objects, arrays and booleans are refused as not a number rather than read as absent.
     */
    static BigDecimal decimal(JsonNode node, String venueField, String field) {
        return FieldBounds.parseDecimal(field, numberText(node, venueField, field));
    }

    /** Like {@link #decimal} for integer values (epoch milliseconds, sequence numbers). */
    static Long integer(JsonNode node, String venueField, String field) {
        return FieldBounds.parseInteger(field, numberText(node, venueField, field));
    }

    /** Epoch milliseconds in {@code venueField} as an instant, or null when absent (bounded to 18 digits). */
    static Instant epochMillis(JsonNode node, String venueField, String field) {
        Long ms = integer(node, venueField, field);
        return ms == null ? null : Instant.ofEpochMilli(ms);
    }

    /**
     * Every field of {@code node} not in {@code consumed}, as text keyed by the venue's name (the provider-specific
     * remainder of a record); JSON nulls and empty strings are left out, as RECORDS.md wants missing values omitted.
     * Numbers keep the venue's digits; an exponent is spelled {@code E+8}, never expanded.
     */
    static Map<String, String> remainder(JsonNode node, Set<String> consumed) {
        Map<String, String> out = new LinkedHashMap<>();
        Iterator<Map.Entry<String, JsonNode>> it = node.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            if (consumed.contains(e.getKey())) {
                continue;
            }
            String v = text(node, e.getKey());
            if (v != null && !v.isEmpty()) {
                out.put(e.getKey(), v);
            }
        }
        return out;
    }

    /** The text of a number field for {@link FieldBounds}; null when absent, refused when not a number. */
    static String numberText(JsonNode node, String venueField, String field) {
        JsonNode v = node == null ? null : node.get(venueField);
        if (v == null || v.isNull()) {
            return null;
        }
        if (v.isContainerNode() || v.isBoolean()) {
            throw new FieldValueException(field, v.toString(), "not_a_number");
        }
        if (v.isFloatingPointNumber() && !v.isBigDecimal()) {
            // a node parsed through a double has already lost the venue's digits: refuse it rather than archive it
            throw new FieldValueException(field, v.asText(), "binary_float");
        }
        return v.asText();
    }
}
