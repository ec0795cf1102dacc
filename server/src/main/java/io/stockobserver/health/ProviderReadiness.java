package io.stockobserver.health;

import io.stockobserver.collect.ScalpCollector;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * DOWN while the scalp window is open but the venue's real-time session is not connected; UP outside the window
 * (nothing to collect then), with the state in the data.
 */
@Readiness
@ApplicationScoped
public class ProviderReadiness implements HealthCheck {
    @Inject
    ScalpCollector scalp;

    @Override
    public HealthCheckResponse call() {
        var b = HealthCheckResponse.named("kis-session");
        if (scalp.stream() == null) {
            return b.down().withData("reason", "collector not started").build();
        }
        boolean connected = scalp.stream().isConnected();
        b.withData("window", scalp.window().toString())
                .withData("collecting", scalp.isStreaming())
                .withData("connected", connected)
                .withData("subscribed", scalp.stream().subscribedSymbols().size())
                .withData("refused", scalp.stream().refusedSymbols().size());
        return b.status(!scalp.isStreaming() || connected).build();
    }
}
