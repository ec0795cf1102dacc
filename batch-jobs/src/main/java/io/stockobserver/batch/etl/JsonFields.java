package io.stockobserver.batch.etl;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.format.DateTimeParseException;

/** Reads the fields of one archive line as PostgreSQL input text, with the line's problems as typed failures. */
final class JsonFields {
    /** Numbers stay exact: decimals as BigDecimal, written back in plain notation. */
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private final JsonNode node;

    private JsonFields(JsonNode node) {
        this.node = node;
    }

    static JsonFields parse(byte[] line) throws MalformedLineException {
        try {
            JsonNode n = JSON.readTree(line);
            if (n == null || !n.isObject()) {
                throw new MalformedLineException("not_an_object");
            }
            return new JsonFields(n);
        } catch (JsonProcessingException e) {
            throw new MalformedLineException("not_json");
        } catch (java.io.IOException e) {
            throw new MalformedLineException("unreadable");
        }
    }

    JsonNode node() {
        return node;
    }

    /** The whole object as compact JSON. */
    String json() {
        return node.toString();
    }

    String text(String field, boolean required) throws MalformedLineException {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return missing(field, required);
        }
        if (!v.isTextual() || v.asText().isBlank()) {
            throw new MalformedLineException("not_text:" + field);
        }
        return v.asText();
    }

    /** An instant, checked, as the archive wrote it (ISO-8601 UTC). */
    String time(String field, boolean required) throws MalformedLineException {
        String t = text(field, required);
        if (t != null) {
            try {
                Instant.parse(t);
            } catch (DateTimeParseException e) {
                throw new MalformedLineException("bad_time:" + field);
            }
        }
        return t;
    }

    String number(String field) throws MalformedLineException {
        return number(field, false);
    }

    String number(String field, boolean required) throws MalformedLineException {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return missing(field, required);
        }
        if (!v.isNumber()) {
            throw new MalformedLineException("not_a_number:" + field);
        }
        return v.isBigDecimal() ? v.decimalValue().toPlainString() : v.asText();
    }

    String integer(String field, boolean required) throws MalformedLineException {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return missing(field, required);
        }
        if (!v.canConvertToInt() || !v.isIntegralNumber()) {
            throw new MalformedLineException("not_an_integer:" + field);
        }
        return v.asText();
    }

    /** A nested object as JSON text, or null. */
    String object(String field) throws MalformedLineException {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isObject()) {
            throw new MalformedLineException("not_an_object:" + field);
        }
        return v.toString();
    }

    private static String missing(String field, boolean required) throws MalformedLineException {
        if (required) {
            throw new MalformedLineException("missing:" + field);
        }
        return null;
    }
}
