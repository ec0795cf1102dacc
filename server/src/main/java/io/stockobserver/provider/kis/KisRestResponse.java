package io.stockobserver.provider.kis;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;

/**
 * A successful KIS REST answer ({@code rt_cd} "0").
 *
 * @param body the body exactly as received (it was journaled before parsing)
 * @param json the parsed body
 * @param receiveTime wall-clock receive time
 * @param receivedAtNanos {@code System.nanoTime()} at receipt, for latency
 * @param rawRef where the raw body was journaled, or null when no journal is attached
 */
public record KisRestResponse(String body, JsonNode json, Instant receiveTime, long receivedAtNanos, String rawRef) {
    /** The {@code output} object (single-object endpoints such as inquire-price). */
    public JsonNode output() {
        return json.get("output");
    }
}
