package io.stockobserver.sandbox.fault;

import java.time.Duration;
import java.util.Objects;

/**
 * The WebSocket faults in force at one moment.
 *
 * @param stallRemaining how much longer the stalled sessions get nothing; zero when no stall is in force
 * @param malformedFrames the next this many data frames are malformed (count field, then a missing field, in turn)
 * @param truncatedFrames the next this many data frames (after the malformed ones) are cut in a record
 * @param refuseConnectionsRemaining how much longer new connections are refused; zero when they are accepted
 */
public record WsFaultSettings(
        Duration stallRemaining, int malformedFrames, int truncatedFrames, Duration refuseConnectionsRemaining) {

    /** No fault at all. */
    public static final WsFaultSettings NONE = new WsFaultSettings(Duration.ZERO, 0, 0, Duration.ZERO);

    /** Checks nothing is negative. */
    public WsFaultSettings {
        Objects.requireNonNull(stallRemaining, "stallRemaining");
        Objects.requireNonNull(refuseConnectionsRemaining, "refuseConnectionsRemaining");
        if (stallRemaining.isNegative()
                || refuseConnectionsRemaining.isNegative()
                || malformedFrames < 0
                || truncatedFrames < 0) {
            throw new IllegalArgumentException("WebSocket fault settings must not be negative");
        }
    }
}
