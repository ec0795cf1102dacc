package io.stockobserver.health;

import static io.stockobserver.health.TestResponses.data;
import static org.assertj.core.api.Assertions.assertThat;

import io.stockobserver.app.TestServices;
import io.stockobserver.collect.LatestQuoteBook;
import io.stockobserver.collect.ReconnectBackoff;
import io.stockobserver.collect.ScalpCollector;
import io.stockobserver.collect.ScalpStream;
import io.stockobserver.provider.kis.KisStreamSource;
import io.stockobserver.recorder.ArchiveService;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponse.Status;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ObserverStartupTest {
    @TempDir
    Path dir;

    private TestServices services;
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();

    @BeforeAll
    static void responses() {
        TestResponses.install();
    }

    @AfterEach
    void stop() {
        if (services != null) {
            services.close();
        }
        scheduler.shutdownNow();
    }

    /** A collector past its start-up: it has a stream (never started; the start-up probe does not need a session). */
    private CollectorState scheduledCollector(ArchiveService archive) {
        CollectorState c = new CollectorState();
        c.stream = new ScalpStream(
                new KisStreamSource(URI.create("ws://127.0.0.1:9/unused"), null, java.time.Clock.systemUTC()),
                archive.rawJournal(),
                new LatestQuoteBook(),
                archive.events(),
                archive.gaps(),
                archive.session(),
                List.of(),
                archive.clock(),
                scheduler,
                new ReconnectBackoff(1.0),
                "kis");
        return c;
    }

    private static HealthCheckResponse call(ArchiveService archive, ScalpCollector scalp) {
        ObserverStartup p = new ObserverStartup();
        p.archive = archive;
        p.scalp = scalp;
        return p.call();
    }

    @Test
    void shouldBeDownWithoutDataBeforeTheArchiveStarted() {
        HealthCheckResponse r = call(new ArchiveService(), new ScalpCollector());

        assertThat(r.getName()).isEqualTo("observer-startup");
        assertThat(r.getStatus()).isEqualTo(Status.DOWN);
        assertThat(data(r)).isEmpty();
    }

    @Test
    void shouldBeDownWhileTheCollectorsAreNotScheduledYet() {
        services = TestServices.start(dir);

        HealthCheckResponse r = call(services.archive(), new ScalpCollector());

        assertThat(r.getStatus()).isEqualTo(Status.DOWN);
        assertThat(data(r))
                .containsEntry("session_id", services.archive().session().id());
    }

    @Test
    void shouldBeUpOnceRepairRanTheWriterRunsAndTheCollectorIsScheduledAndCountTheRepairs() throws Exception {
        // a crash left a torn last line: start-up repair moves it to quarantine before anything is written
        Path torn = dir.resolve("scalp/kis/kr_stocks/20260724/10_45_00.jsonl");
        Files.createDirectories(torn.getParent());
        Files.writeString(torn, "{\"n\":1}\n{\"n\":", StandardCharsets.UTF_8);
        services = TestServices.start(dir);
        ArchiveService archive = services.archive();

        HealthCheckResponse r = call(archive, scheduledCollector(archive));

        assertThat(r.getStatus()).isEqualTo(Status.UP);
        assertThat(data(r)).containsEntry("session_id", archive.session().id()).containsEntry("files_repaired", 1L);
    }

    @Test
    void shouldBeDownWhenTheWriterStoppedAfterStart() {
        services = TestServices.start(dir);
        ArchiveService archive = services.archive();
        CollectorState scalp = scheduledCollector(archive);
        archive.writer().close();

        HealthCheckResponse r = call(archive, scalp);

        assertThat(r.getStatus()).isEqualTo(Status.DOWN);
        assertThat(data(r)).containsEntry("files_repaired", 0L);
    }
}
