package io.stockobserver.health;

import io.stockobserver.recorder.ArchiveService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/**
 * DOWN when the archive writer thread died or its queue is stuck (an entry waiting longer than {@link #STUCK}):
 * a restart is then the right remedy.
 */
@Liveness
@ApplicationScoped
public class ArchiveWriterLiveness implements HealthCheck {
    static final Duration STUCK = Duration.ofSeconds(30);

    @Inject
    ArchiveService archive;

    @Override
    public HealthCheckResponse call() {
        var b = HealthCheckResponse.named("archive-writer");
        if (!archive.isStarted()) {
            return b.down().withData("reason", "archive not started").build();
        }
        var writer = archive.writer();
        long oldestMs = writer.oldestQueuedAgeNanos() / 1_000_000;
        b.withData("thread_alive", writer.isAlive())
                .withData("queue_depth", writer.queueDepth())
                .withData("oldest_queued_ms", oldestMs);
        return b.status(writer.isAlive() && oldestMs < STUCK.toMillis()).build();
    }
}
