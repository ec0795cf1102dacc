package io.stockobserver.sandbox.wire;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * The one JSON mapper of the sandbox. Replies are built as {@link ObjectNode}s so keys keep the order KIS uses.
 */
public final class KisJson {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private KisJson() {}

    /** Returns a new empty object. */
    public static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    /** Returns a new empty array. */
    public static ArrayNode array() {
        return MAPPER.createArrayNode();
    }

    /** Parses text; throws {@link IOException} for anything that is not JSON. */
    public static JsonNode parse(String text) throws IOException {
        return MAPPER.readTree(text);
    }

    /** Parses UTF-8 bytes; throws {@link IOException} for anything that is not JSON. */
    public static JsonNode parse(byte[] utf8) throws IOException {
        return MAPPER.readTree(utf8);
    }

    /** Returns compact UTF-8 JSON. */
    public static byte[] bytes(JsonNode node) {
        return node.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Returns a text field of an object, or {@code null} when absent or not text. */
    public static String text(JsonNode node, String field) {
        JsonNode value = node == null ? null : node.get(field);
        return value != null && value.isTextual() ? value.asText() : null;
    }
}
