package io.stockobserver.health;

import static org.assertj.core.api.Assertions.assertThat;

import io.stockobserver.loop.LoopHealth;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.junit.jupiter.api.Test;

class LoopProbesTest {
    @Test
    void shouldGoDownOnADeadLoopAndNameItWhileReadinessAlsoMindsFailingOnes() {
        Map<String, LoopHealth> health = new LinkedHashMap<>();
        health.put("scalp-sampler", LoopHealth.OK);
        health.put("disk-guard", LoopHealth.FAILING);
        health.put("metrics-refresh", LoopHealth.ENDED);

        HealthCheckResponse live = LoopLiveness.verdict("loops", health, LoopHealth::dead);
        assertThat(live.getStatus()).isEqualTo(HealthCheckResponse.Status.UP);
        HealthCheckResponse ready = LoopLiveness.verdict("loops", health, LoopHealth::problem);
        assertThat(ready.getStatus()).isEqualTo(HealthCheckResponse.Status.DOWN);
        assertThat(ready.getData().orElseThrow()).containsEntry("down", "disk-guard");

        health.put("scalp-stream-watch", LoopHealth.STOPPED);
        live = LoopLiveness.verdict("loops", health, LoopHealth::dead);
        assertThat(live.getStatus()).isEqualTo(HealthCheckResponse.Status.DOWN);
        assertThat(live.getData().orElseThrow())
                .containsEntry("down", "scalp-stream-watch")
                .containsEntry("scalp-sampler", "ok")
                .containsEntry("scalp-stream-watch", "stopped");
    }
}
