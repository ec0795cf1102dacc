package io.stockobserver.health;

import io.stockobserver.loop.LoopHealth;
import io.stockobserver.loop.LoopService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * DOWN while any periodic loop has a problem: stopped, hung or starved (as for liveness) or failing run after run —
 * the observer is then not collecting what it says it collects.
 */
@Readiness
@ApplicationScoped
public class LoopReadiness implements HealthCheck {
    @Inject
    LoopService loops;

    @Override
    public HealthCheckResponse call() {
        return LoopLiveness.verdict("loops", loops.health(), LoopHealth::problem);
    }
}
