package io.stockobserver.sandbox.upbit.ws;

import java.time.Duration;
import java.util.Objects;

/**
 * The WebSocket side's behaviour.
 *
 * @param connectsPerSecond upgrades admitted per IP in any one-second window (Upbit: 5)
 * @param messagesPerSecond requests admitted per connection in any one-second window (Upbit: 5)
 * @param messagesPerMinute requests admitted per connection in any one-minute window (Upbit: 100)
 * @param idleTimeout a connection with no data either way for this long is dropped (Upbit: about 120 s)
 * @param statusInterval time between {@code {"status":"UP"}} frames after a text PING (Upbit: 10 s)
 * @param errorCloseDelay time between an error frame and the close 1000 (observed: about 150 ms)
 * @param emissionInterval time between feed ticks
 * @param outboxCapacity messages a connection may have queued before its oldest data frames are dropped
 */
public record UpbitWsSettings(
        int connectsPerSecond,
        int messagesPerSecond,
        int messagesPerMinute,
        Duration idleTimeout,
        Duration statusInterval,
        Duration errorCloseDelay,
        Duration emissionInterval,
        int outboxCapacity) {

    /** Checks the ranges. */
    public UpbitWsSettings {
        if (connectsPerSecond < 1 || messagesPerSecond < 1 || messagesPerMinute < 1 || outboxCapacity < 1) {
            throw new IllegalArgumentException("WebSocket limits and outbox capacity must be >= 1");
        }
        for (Duration duration : new Duration[] {idleTimeout, statusInterval, emissionInterval}) {
            if (Objects.requireNonNull(duration, "duration").isNegative() || duration.isZero()) {
                throw new IllegalArgumentException("WebSocket intervals must be positive: " + duration);
            }
        }
        if (Objects.requireNonNull(errorCloseDelay, "errorCloseDelay").isNegative()) {
            throw new IllegalArgumentException("errorCloseDelay must not be negative: " + errorCloseDelay);
        }
    }
}
