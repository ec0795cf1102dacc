package io.stockobserver.health;

import static io.stockobserver.health.TestResponses.data;
import static org.assertj.core.api.Assertions.assertThat;

import io.stockobserver.app.TestServices;
import io.stockobserver.recorder.ArchiveService;
import io.stockobserver.storage.DiskGuardService;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponse.Status;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArchiveReadinessTest {
    @TempDir
    Path dir;

    private TestServices services;

    @BeforeAll
    static void responses() {
        TestResponses.install();
    }

    @AfterEach
    void stop() {
        if (services != null) {
            services.close();
        }
    }

    private ArchiveReadiness probe(ArchiveService archive) {
        ArchiveReadiness p = new ArchiveReadiness();
        p.archive = archive;
        p.disk = new DiskGuardService(); // no reading yet: normal, 0 ‰
        return p;
    }

    @Test
    void shouldBeDownWithAReasonBeforeTheArchiveStarted() {
        HealthCheckResponse r = probe(new ArchiveService()).call();

        assertThat(r.getName()).isEqualTo("archive");
        assertThat(r.getStatus()).isEqualTo(Status.DOWN);
        assertThat(data(r)).containsExactly(java.util.Map.entry("reason", "archive not started"));
    }

    @Test
    void shouldBeUpWithTheWritersCountsAndTheDiskStateWhenWritableAndRunning() throws Exception {
        services = TestServices.start(dir.resolve("data"));
        ArchiveService archive = services.archive();
        assertThat(archive.writer().flush(Duration.ofSeconds(10))).isTrue(); // observer_started is durable

        HealthCheckResponse r = probe(archive).call();

        assertThat(r.getStatus()).isEqualTo(Status.UP);
        assertThat(data(r))
                .containsEntry("data_dir", dir.resolve("data").toString())
                .containsEntry("writable", true)
                .containsEntry("records_durable", archive.writer().recordsDurable())
                .containsEntry("records_failed", 0L)
                .containsEntry("disk", "normal")
                .containsEntry("disk_use_permille", 0L)
                .doesNotContainKey("last_write_failure");
        assertThat((Long) data(r).get("records_durable")).isPositive();
    }

    @Test
    void shouldBeDownWhenTheWriterIsNoLongerRunning() {
        services = TestServices.start(dir);
        services.archive().writer().close();

        HealthCheckResponse r = probe(services.archive()).call();

        assertThat(r.getStatus()).isEqualTo(Status.DOWN);
        assertThat(data(r)).containsEntry("writable", true); // the directory is fine: the writer alone is down
    }

    @Test
    void shouldBeDownWhenTheArchiveRootIsNoLongerADirectory() throws Exception {
        Path root = dir.resolve("data");
        services = TestServices.start(root);
        // a file where the root was: unlike a removed directory, the heartbeat cannot recreate it
        Files.move(root, dir.resolve("moved"));
        Files.writeString(root, "not a directory");

        HealthCheckResponse r = probe(services.archive()).call();

        assertThat(r.getStatus()).isEqualTo(Status.DOWN);
        assertThat(data(r)).containsEntry("writable", false);
    }

    @Test
    void shouldNameTheLastWriteFailureAndStayUpWhileTheWriterRuns() throws Exception {
        services = TestServices.start(dir);
        ArchiveService archive = services.archive();
        Path blocked = Path.of("scalp", "kis", "kr_stocks", "20260724", "10_45_00.jsonl");
        Files.createDirectories(archive.layout().resolve(blocked)); // a directory where the file must go
        archive.writer().append(blocked, "{\"n\":1}".getBytes(java.nio.charset.StandardCharsets.UTF_8), 0);
        archive.writer().flush(Duration.ofSeconds(10));

        HealthCheckResponse r = probe(archive).call();

        // one failed file costs its records, not readiness: the observer keeps collecting
        assertThat(r.getStatus()).isEqualTo(Status.UP);
        assertThat(data(r)).containsEntry("records_failed", 1L);
        assertThat((String) data(r).get("last_write_failure")).contains("10_45_00.jsonl");
    }
}
