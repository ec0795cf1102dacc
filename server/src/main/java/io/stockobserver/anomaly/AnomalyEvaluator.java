package io.stockobserver.anomaly;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Judges a day from its system events (pure; the live monitors turn metrics into events: {@code scalp_rate_low},
 * {@code cpu_high_sustained}, {@code disk_space_warning}). Reads: {@code reconnection_event}, {@code gap_marker}
 * ({@code gap_seconds}, {@code reason}), those monitor events, {@code etl_failed}, {@code backup_failed} and
 * {@code day_marked_anomalous}.
 */
public final class AnomalyEvaluator {
    private final AnomalyRules rules;

    public AnomalyEvaluator(AnomalyRules rules) {
        this.rules = Objects.requireNonNull(rules, "rules");
    }

    public DayVerdict evaluate(List<JsonNode> events) {
        long reconnects = 0;
        long disconnectedSeconds = 0;
        long longGaps = 0;
        boolean scalpLow = false;
        boolean cpuHigh = false;
        boolean diskHigh = false;
        boolean etlFailed = false;
        boolean backupFailed = false;
        List<String> marked = new ArrayList<>();
        for (JsonNode e : events) {
            switch (e.path("event_type").asText()) {
                case "reconnection_event" -> reconnects++;
                case "gap_marker" -> {
                    long s = e.path("gap_seconds").asLong();
                    String reason = e.path("reason").asText();
                    if (reason.equals("ws_disconnect") || reason.equals("ws_stale")) {
                        disconnectedSeconds += s;
                    }
                    if (s >= rules.longGap().toSeconds() && !e.has("symbol")) { // one missed swing symbol is no log gap
                        longGaps++;
                    }
                }
                case "scalp_rate_low" -> scalpLow = true;
                case "cpu_high_sustained" -> cpuHigh = true;
                case "disk_space_warning" -> diskHigh = true;
                case "etl_failed" -> etlFailed = true;
                case "backup_failed" -> backupFailed = true;
                case "day_marked_anomalous" -> {
                    String reason = e.path("reason").asText("unspecified");
                    if (!marked.contains(reason)) {
                        marked.add(reason);
                    }
                }
                default -> {}
            }
        }
        List<String> reasons = new ArrayList<>();
        add(reasons, reconnects >= rules.maxReconnects(), "reconnects");
        add(reasons, disconnectedSeconds >= rules.maxDisconnected().toSeconds(), "disconnected");
        add(reasons, longGaps >= rules.maxLongGaps(), "log_gaps");
        add(reasons, scalpLow, "scalp_rate");
        add(reasons, cpuHigh, "cpu");
        add(reasons, diskHigh, "disk");
        add(reasons, etlFailed, "etl_failed");
        add(reasons, backupFailed, "backup_failed");
        for (String m : marked) {
            add(reasons, true, m);
        }
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("reconnects", reconnects);
        figures.put("disconnected_seconds", disconnectedSeconds);
        figures.put("long_gaps", longGaps);
        figures.put("scalp_rate_low", scalpLow);
        figures.put("cpu_high_sustained", cpuHigh);
        figures.put("disk_high", diskHigh);
        figures.put("etl_failed", etlFailed);
        figures.put("backup_failed", backupFailed);
        return new DayVerdict(reasons, figures);
    }

    private static void add(List<String> reasons, boolean fired, String reason) {
        if (fired && !reasons.contains(reason)) {
            reasons.add(reason);
        }
    }
}
