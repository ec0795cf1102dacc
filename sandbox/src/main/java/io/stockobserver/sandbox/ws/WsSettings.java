package io.stockobserver.sandbox.ws;

import java.time.Duration;
import java.util.Objects;

/**
 * The WebSocket side's behaviour.
 *
 * @param maxRegistrations registrations allowed per session across all TRs (KIS: 41)
 * @param pingInterval time between PINGPONG messages to each session
 * @param orderbookFieldCount fields per H0STASP0 record, 59 or 62
 * @param outboxCapacity messages a session may have queued before its oldest data frames are dropped
 * @param emissionInterval time between emission ticks of the realistic feed
 * @param floodRecordsPerSecond 0 for the realistic feed, else the benchmark flood rate in records per second
 * @param recordsPerFloodFrame records per H0STCNT0 frame in flood mode, 1..999
 */
public record WsSettings(
        int maxRegistrations,
        Duration pingInterval,
        int orderbookFieldCount,
        int outboxCapacity,
        Duration emissionInterval,
        int floodRecordsPerSecond,
        int recordsPerFloodFrame) {

    /** Checks the ranges. */
    public WsSettings {
        Objects.requireNonNull(pingInterval, "pingInterval");
        Objects.requireNonNull(emissionInterval, "emissionInterval");
        if (maxRegistrations < 1 || outboxCapacity < 1 || floodRecordsPerSecond < 0) {
            throw new IllegalArgumentException("maxRegistrations and outboxCapacity must be >= 1, flood rate >= 0");
        }
        if (pingInterval.isNegative() || pingInterval.isZero()) {
            throw new IllegalArgumentException("pingInterval must be positive: " + pingInterval);
        }
        if (emissionInterval.isNegative() || emissionInterval.isZero()) {
            throw new IllegalArgumentException("emissionInterval must be positive: " + emissionInterval);
        }
        if (recordsPerFloodFrame < 1 || recordsPerFloodFrame > Frames.MAX_RECORDS) {
            throw new IllegalArgumentException("recordsPerFloodFrame must be 1..999: " + recordsPerFloodFrame);
        }
        if (orderbookFieldCount != OrderBookRecordEncoder.DOCUMENTED_FIELDS
                && orderbookFieldCount != OrderBookRecordEncoder.OBSERVED_FIELDS) {
            throw new IllegalArgumentException("orderbookFieldCount must be 59 or 62: " + orderbookFieldCount);
        }
    }
}
