package io.stockobserver.provider.upbit;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;

/**
 * A successful Upbit REST answer (2xx with a JSON body that is not an error envelope).
 *
 * @param receiveTime wall-clock receive time
 * @param receivedAtNanos {@code System.nanoTime()} at receipt, for latency
 * @param rawRef where the raw body was journaled (it was, before parsing), or null when no journal is attached
 * @param body the parsed body; numbers are long or {@code BigDecimal}, never double
 * @param status HTTP status
 * @param group the rate-limit group the call was counted in
 */
public record UpbitRestResponse(
        Instant receiveTime, long receivedAtNanos, String rawRef, JsonNode body, int status, UpbitRateGroup group) {}
