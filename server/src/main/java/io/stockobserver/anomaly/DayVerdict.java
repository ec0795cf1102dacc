package io.stockobserver.anomaly;

import java.util.List;
import java.util.Map;

/**
 * A day's anomaly verdict.
 *
 * @param reasons the rules that fired, in rule order ({@code reconnects}, {@code disconnected}, {@code log_gaps},
 *     {@code scalp_rate}, {@code cpu}, {@code disk}, {@code etl_failed}, {@code backup_failed}), plus the reasons of
 *     any {@code day_marked_anomalous} event that is not one of them (e.g. {@code ws_outage_over_pause})
 * @param figures the measured values behind the rules
 */
public record DayVerdict(List<String> reasons, Map<String, Object> figures) {
    public DayVerdict {
        reasons = List.copyOf(reasons);
        figures = Map.copyOf(figures);
    }

    public boolean anomalous() {
        return !reasons.isEmpty();
    }
}
