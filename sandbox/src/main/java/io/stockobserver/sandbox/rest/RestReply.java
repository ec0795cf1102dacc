package io.stockobserver.sandbox.rest;

import com.fasterxml.jackson.databind.JsonNode;
import io.stockobserver.sandbox.wire.KisJson;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A REST reply: status, headers in order, and a body — UTF-8 JSON for KIS replies, other bytes for master files and
 * failure pages.
 *
 * @param status HTTP status code
 * @param headers response headers, written in this order (the JDK server capitalises the first letter of each name)
 * @param body the body bytes; empty for no body
 */
public record RestReply(int status, Map<String, String> headers, byte[] body) {

    /** The content type of every KIS reply. */
    public static final String JSON_CONTENT_TYPE = "application/json; charset=utf-8";

    /** Copies the headers and body. */
    public RestReply {
        headers = Collections.unmodifiableMap(new LinkedHashMap<>(headers));
        body = body.clone();
    }

    /** Returns a JSON reply with only a content-type header. */
    public static RestReply json(int status, JsonNode body) {
        return json(status, body, Map.of());
    }

    /** Returns a JSON reply with content-type first, then the given headers. */
    public static RestReply json(int status, JsonNode body, Map<String, String> extraHeaders) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("content-type", JSON_CONTENT_TYPE);
        headers.putAll(extraHeaders);
        return new RestReply(status, headers, KisJson.bytes(body));
    }

    /** Returns a reply of any content type with only a content-type header. */
    public static RestReply of(int status, String contentType, byte[] body) {
        return of(status, contentType, body, Map.of());
    }

    /** Returns a reply of any content type with content-type first, then the given headers. */
    public static RestReply of(int status, String contentType, byte[] body, Map<String, String> extraHeaders) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("content-type", contentType);
        headers.putAll(extraHeaders);
        return new RestReply(status, headers, body);
    }

    @Override
    public byte[] body() {
        return body.clone();
    }
}
