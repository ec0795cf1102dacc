package io.stockobserver.provider.kis;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;

/** The one Jackson mapper of the adapter, and small helpers for KIS's all-strings JSON. */
final class KisJson {
    static final ObjectMapper MAPPER = new ObjectMapper();

    private KisJson() {}

    static JsonNode parse(String text) throws IOException {
        return MAPPER.readTree(text);
    }

    static String text(JsonNode node, String field) {
        JsonNode v = node == null ? null : node.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }
}
