package io.stockobserver.anomaly;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AnomalyEvaluatorTest {
    static final ObjectMapper JSON = new ObjectMapper();
    final AnomalyEvaluator evaluator = new AnomalyEvaluator(AnomalyRules.defaults());

    static JsonNode event(String json) {
        try {
            return JSON.readTree(json);
        } catch (Exception e) {
            throw new IllegalArgumentException(e);
        }
    }

    static List<JsonNode> times(int n, String json) {
        List<JsonNode> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(event(json));
        }
        return out;
    }

    @Test
    void shouldFindANormalDayNormal() {
        List<JsonNode> events = new ArrayList<>(times(19, "{\"event_type\":\"reconnection_event\"}"));
        events.add(event("{\"event_type\":\"gap_marker\",\"gap_seconds\":120,\"reason\":\"ws_disconnect\"}"));
        events.add(event(
                "{\"event_type\":\"gap_marker\",\"gap_seconds\":300,\"reason\":\"api_error\",\"symbol\":\"005930\"}"));
        DayVerdict v = evaluator.evaluate(events);
        assertThat(v.anomalous()).isFalse();
        assertThat(v.figures()).containsEntry("reconnects", 19L).containsEntry("long_gaps", 1L);
    }

    @Test
    void shouldFireEachRuleAtItsThreshold() {
        assertThat(evaluator
                        .evaluate(times(20, "{\"event_type\":\"reconnection_event\"}"))
                        .reasons())
                .containsExactly("reconnects");
        assertThat(evaluator
                        .evaluate(
                                times(2, "{\"event_type\":\"gap_marker\",\"gap_seconds\":300,\"reason\":\"ws_stale\"}"))
                        .reasons())
                .containsExactly("disconnected", "log_gaps");
        assertThat(evaluator
                        .evaluate(times(
                                2, "{\"event_type\":\"gap_marker\",\"gap_seconds\":60,\"reason\":\"process_restart\"}"))
                        .reasons())
                .containsExactly("log_gaps");
        assertThat(evaluator
                        .evaluate(List.of(
                                event("{\"event_type\":\"scalp_rate_low\"}"),
                                event("{\"event_type\":\"cpu_high_sustained\"}"),
                                event("{\"event_type\":\"disk_space_warning\"}"),
                                event("{\"event_type\":\"etl_failed\"}"),
                                event("{\"event_type\":\"backup_failed\"}")))
                        .reasons())
                .containsExactly("scalp_rate", "cpu", "disk", "etl_failed", "backup_failed");
    }

    @Test
    void shouldKeepReasonsMarkedElsewhereWithoutRepeatingThem() {
        DayVerdict v = evaluator.evaluate(List.of(
                event("{\"event_type\":\"day_marked_anomalous\",\"reason\":\"ws_outage_over_5_min\"}"),
                event("{\"event_type\":\"day_marked_anomalous\",\"reason\":\"ws_outage_over_5_min\"}"),
                event("{\"event_type\":\"day_marked_anomalous\",\"reason\":\"backup_failed\"}"),
                event("{\"event_type\":\"backup_failed\"}")));
        assertThat(v.reasons()).containsExactly("backup_failed", "ws_outage_over_5_min");
        assertThat(v.anomalous()).isTrue();
    }
}
