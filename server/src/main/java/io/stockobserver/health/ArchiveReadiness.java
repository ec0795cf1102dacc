package io.stockobserver.health;

import io.stockobserver.recorder.ArchiveService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Files;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * DOWN when the archive directory is not writable or the writer is not running; carries the disk guard's state
 * ({@code normal}, {@code warning}, {@code critical}) and use as a warning.
 */
@Readiness
@ApplicationScoped
public class ArchiveReadiness implements HealthCheck {
    @Inject
    ArchiveService archive;

    @Inject
    io.stockobserver.storage.DiskGuardService disk;

    @Override
    public HealthCheckResponse call() {
        var b = HealthCheckResponse.named("archive");
        if (!archive.isStarted()) {
            return b.down().withData("reason", "archive not started").build();
        }
        var root = archive.layout().root();
        boolean writable = Files.isDirectory(root) && Files.isWritable(root);
        boolean alive = archive.writer().isAlive();
        b.withData("data_dir", root.toString())
                .withData("writable", writable)
                .withData("records_durable", archive.writer().recordsDurable())
                .withData("records_failed", archive.writer().recordsFailed());
        // a full-ish disk is a warning on readiness, not DOWN: the observer keeps collecting (docs/operations.md)
        b.withData("disk", disk.state().name().toLowerCase(java.util.Locale.ROOT))
                .withData("disk_use_permille", Math.round(disk.use() * 1000));
        String lastFailure = archive.metrics().lastFailure();
        if (lastFailure != null) {
            b.withData("last_write_failure", lastFailure);
        }
        return b.status(writable && alive).build();
    }
}
