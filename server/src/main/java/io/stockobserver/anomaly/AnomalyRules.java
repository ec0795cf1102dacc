package io.stockobserver.anomaly;

import java.time.Duration;

/**
 * When a market day is anomalous (seed 003 §2.8): too many reconnections, too long disconnected, repeated long log
 * gaps, a low scalp record rate or high CPU sustained, a full-ish disk, a failed ETL or backup. Defaults in
 * {@link #defaults()}; docs/operations.md.
 *
 * @param maxReconnects reconnection attempts per day at which the day is anomalous (20)
 * @param maxDisconnected real-time outage per day (ws_disconnect and ws_stale gaps) at which it is (10 min)
 * @param longGap a gap at least this long is a long log gap (60 s)
 * @param maxLongGaps long log gaps per day at which it is (2)
 * @param minScalpRate scalp records / expected below this … (0.97)
 * @param scalpRateFor … for this long make it anomalous (5 min)
 * @param cpuHigh system CPU at or above this … (0.85)
 * @param cpuHighFor … for this long make it anomalous (10 min)
 * @param diskHigh disk use above this makes it anomalous (0.80)
 */
public record AnomalyRules(
        int maxReconnects,
        Duration maxDisconnected,
        Duration longGap,
        int maxLongGaps,
        double minScalpRate,
        Duration scalpRateFor,
        double cpuHigh,
        Duration cpuHighFor,
        double diskHigh) {

    public static AnomalyRules defaults() {
        return new AnomalyRules(
                20,
                Duration.ofMinutes(10),
                Duration.ofSeconds(60),
                2,
                0.97,
                Duration.ofMinutes(5),
                0.85,
                Duration.ofMinutes(10),
                0.80);
    }
}
