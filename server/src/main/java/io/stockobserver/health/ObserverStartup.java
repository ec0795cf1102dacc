package io.stockobserver.health;

import io.stockobserver.collect.ScalpCollector;
import io.stockobserver.recorder.ArchiveService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Startup;

/** UP once start-up repair ran, the writer runs and the collectors are scheduled. */
@Startup
@ApplicationScoped
public class ObserverStartup implements HealthCheck {
    @Inject
    ArchiveService archive;

    @Inject
    ScalpCollector scalp;

    @Override
    public HealthCheckResponse call() {
        boolean up = archive.isStarted() && archive.writer().isAlive() && scalp.stream() != null;
        var b = HealthCheckResponse.named("observer-startup").status(up);
        if (archive.isStarted()) {
            b.withData("session_id", archive.session().id())
                    .withData(
                            "files_repaired", archive.repairReport().repaired().size());
        }
        return b.build();
    }
}
