package io.stockobserver.it;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;

/** The scalp sampling grid as the tests check it: 500 ms at level 0, 1 s at level 1, 2 s at level 2. */
final class ScalpWindow {
    private ScalpWindow() {}

    static Instant alignDown(Instant t) {
        long ms = t.toEpochMilli();
        return Instant.ofEpochMilli(ms - Math.floorMod(ms, 500));
    }

    /**
     * How many samples one slot symbol should have in [from, to): every 500 ms grid instant that lies on the grid of
     * the mitigation level in force then (from the {@code mitigation_changed} events, level 0 before the first).
     */
    static long expectedSamples(Instant from, Instant to, List<JsonNode> mitigationChanges) {
        long n = 0;
        for (Instant t = from; t.isBefore(to); t = t.plusMillis(500)) {
            int level = 0;
            for (JsonNode e : mitigationChanges) {
                if (!Instant.parse(e.get("event_time").asText()).isAfter(t)) {
                    level = e.get("to_level").asInt();
                }
            }
            long period = level == 0 ? 500 : level == 1 ? 1000 : 2000;
            if (t.toEpochMilli() % period == 0) {
                n++;
            }
        }
        return n;
    }
}
