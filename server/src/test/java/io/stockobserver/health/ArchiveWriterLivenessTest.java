package io.stockobserver.health;

import static io.stockobserver.health.TestResponses.data;
import static org.assertj.core.api.Assertions.assertThat;

import io.stockobserver.app.TestServices;
import io.stockobserver.recorder.ArchiveService;
import java.nio.file.Path;
import java.util.Map;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponse.Status;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The stuck-queue case (an entry older than 30 s) is not covered: it would need a 30 s wait. */
class ArchiveWriterLivenessTest {
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

    private static ArchiveWriterLiveness probe(ArchiveService archive) {
        ArchiveWriterLiveness p = new ArchiveWriterLiveness();
        p.archive = archive;
        return p;
    }

    @Test
    void shouldBeDownWithAReasonBeforeTheArchiveStarted() {
        HealthCheckResponse r = probe(new ArchiveService()).call();

        assertThat(r.getName()).isEqualTo("archive-writer");
        assertThat(r.getStatus()).isEqualTo(Status.DOWN);
        assertThat(data(r)).containsExactly(Map.entry("reason", "archive not started"));
    }

    @Test
    void shouldBeUpWhileTheWriterThreadRunsAndItsQueueMoves() throws Exception {
        services = TestServices.start(dir);
        services.archive().writer().flush(java.time.Duration.ofSeconds(10));

        HealthCheckResponse r = probe(services.archive()).call();

        assertThat(r.getStatus()).isEqualTo(Status.UP);
        assertThat(data(r)).containsEntry("thread_alive", true).containsKeys("queue_depth", "oldest_queued_ms");
        assertThat((Long) data(r).get("oldest_queued_ms")).isLessThan(ArchiveWriterLiveness.STUCK.toMillis());
    }

    @Test
    void shouldBeDownOnceTheWriterThreadEnded() {
        services = TestServices.start(dir);
        services.archive().writer().close();

        HealthCheckResponse r = probe(services.archive()).call();

        assertThat(r.getStatus()).isEqualTo(Status.DOWN);
        assertThat(data(r))
                .containsEntry("thread_alive", false)
                .containsEntry("queue_depth", 0L)
                .containsEntry("oldest_queued_ms", 0L);
    }
}
