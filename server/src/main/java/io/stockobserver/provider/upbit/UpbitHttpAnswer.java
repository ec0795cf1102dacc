package io.stockobserver.provider.upbit;

import java.time.Instant;

/**
 * One HTTP answer as the rate limiter needs to see it, whatever its status; the body was already journaled.
 *
 * @param status HTTP status
 * @param remainingReq the {@code Remaining-Req} header, or null when absent
 * @param retryAfter the {@code Retry-After} header, or null (Upbit does not document one; honoured when present)
 * @param body the body exactly as received
 * @param receiveTime wall-clock receive time
 * @param receivedAtNanos {@code System.nanoTime()} at receipt, for latency
 * @param rawRef where the body was journaled, or null when no journal is attached
 */
public record UpbitHttpAnswer(
        int status,
        String remainingReq,
        String retryAfter,
        String body,
        Instant receiveTime,
        long receivedAtNanos,
        String rawRef) {}
