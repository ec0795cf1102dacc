package io.stockobserver.sandbox.upbit.rest;

import io.stockobserver.sandbox.upbit.limit.RefusalEscalation;
import java.util.Objects;

/**
 * The REST side's rate limits.
 *
 * @param requestsPerSecond calls admitted per IP and rate-limit group in any one-second window (Upbit: 10)
 * @param escalation when repeated 429s turn into a 418 block
 */
public record RestLimits(int requestsPerSecond, RefusalEscalation.Policy escalation) {

    /** Checks the ranges. */
    public RestLimits {
        Objects.requireNonNull(escalation, "escalation");
        if (requestsPerSecond < 1) {
            throw new IllegalArgumentException("requestsPerSecond must be >= 1: " + requestsPerSecond);
        }
    }
}
