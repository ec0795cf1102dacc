package io.stockobserver.health;

import io.stockobserver.loop.LoopHealth;
import io.stockobserver.loop.LoopService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/**
 * DOWN when any periodic loop no longer does its work — its schedule ended, one run hangs, or no run came for
 * several periods (docs/operations.md, "Loops"): the process is alive but deaf, and a restart is the remedy. The data
 * names every loop with its state.
 */
@Liveness
@ApplicationScoped
public class LoopLiveness implements HealthCheck {
    @Inject
    LoopService loops;

    @Override
    public HealthCheckResponse call() {
        return verdict("loops", loops.health(), LoopHealth::dead);
    }

    /** UP unless a loop's health matches {@code bad}; every loop's state is in the data. */
    static HealthCheckResponse verdict(
            String name, Map<String, LoopHealth> health, java.util.function.Predicate<LoopHealth> bad) {
        Map<String, Object> data = new java.util.LinkedHashMap<>();
        StringBuilder down = new StringBuilder();
        for (Map.Entry<String, LoopHealth> e : health.entrySet()) {
            data.put(e.getKey(), e.getValue().wireName());
            if (bad.test(e.getValue())) {
                down.append(down.length() == 0 ? "" : ",").append(e.getKey());
            }
        }
        if (down.length() > 0) {
            data.put("down", down.toString());
        }
        var status = down.length() == 0 ? HealthCheckResponse.Status.UP : HealthCheckResponse.Status.DOWN;
        return new HealthCheckResponse(name, status, java.util.Optional.of(data));
    }
}
