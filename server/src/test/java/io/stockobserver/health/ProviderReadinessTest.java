package io.stockobserver.health;

import static io.stockobserver.health.TestResponses.data;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.stockobserver.archive.ArchiveLayout;
import io.stockobserver.archive.ArchiveListener;
import io.stockobserver.archive.ArchiveWriter;
import io.stockobserver.archive.ArchiveWriterConfig;
import io.stockobserver.archive.RawJournal;
import io.stockobserver.calendar.CollectionWindow;
import io.stockobserver.collect.LatestQuoteBook;
import io.stockobserver.collect.ReconnectBackoff;
import io.stockobserver.collect.ScalpCollector;
import io.stockobserver.collect.ScalpStream;
import io.stockobserver.events.GapRecorder;
import io.stockobserver.events.SystemEventLog;
import io.stockobserver.pipeline.ObserverSession;
import io.stockobserver.provider.kis.ApprovalKeyClient;
import io.stockobserver.provider.kis.KisCredentials;
import io.stockobserver.provider.kis.KisEnvironment;
import io.stockobserver.provider.kis.KisSettings;
import io.stockobserver.provider.kis.KisStreamSource;
import io.stockobserver.sandbox.KisSandbox;
import io.stockobserver.sandbox.SandboxOptions;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponse.Status;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The venue-session probe against a real scalp stream, connected to the sandbox or never started. */
class ProviderReadinessTest {
    private static final List<String> SYMBOLS = List.of("005930", "000660");

    @TempDir
    Path dir;

    private KisSandbox sandbox;
    private ArchiveWriter writer;
    private ScheduledExecutorService scheduler;
    private final CollectorState collector = new CollectorState();

    @BeforeAll
    static void responses() {
        TestResponses.install();
    }

    @BeforeEach
    void start() throws Exception {
        sandbox = KisSandbox.start(SandboxOptions.builder().build());
        ArchiveLayout layout = ArchiveLayout.krx(dir);
        writer = ArchiveWriter.start(layout, ArchiveWriterConfig.defaults(), ArchiveListener.NONE);
        Clock clock = Clock.systemUTC();
        ObserverSession session = new ObserverSession(clock.instant(), layout.marketZone());
        SystemEventLog events = new SystemEventLog(layout, writer, session, "kis", clock, Duration.ofSeconds(1));
        KisSettings settings = KisSettings.withDefaults(
                KisEnvironment.SANDBOX,
                sandbox.restBaseUrl(),
                sandbox.wsUrl(),
                new KisCredentials("TEST0000-0000-4000-8000-000000000002", "test-secret-".repeat(15)));
        scheduler = Executors.newSingleThreadScheduledExecutor();
        collector.stream = new ScalpStream(
                new KisStreamSource(
                        settings.wsUrl(),
                        new ApprovalKeyClient(settings, HttpClient.newHttpClient()),
                        java.time.Clock.systemUTC()),
                new RawJournal(layout, writer),
                new LatestQuoteBook(),
                events,
                new GapRecorder(events),
                session,
                SYMBOLS,
                clock,
                scheduler,
                new ReconnectBackoff(1.0),
                "kis");
        collector.window = new CollectionWindow(
                CollectionWindow.Mode.EXCHANGE, ArchiveLayout.KRX_ZONE, LocalTime.of(9, 30), LocalTime.of(15, 0));
    }

    @AfterEach
    void stop() {
        collector.stream.stop();
        scheduler.shutdownNow();
        writer.close();
        sandbox.close();
    }

    private static HealthCheckResponse call(ScalpCollector scalp) {
        ProviderReadiness p = new ProviderReadiness();
        p.scalp = scalp;
        return p.call();
    }

    @Test
    void shouldBeDownWithAReasonBeforeTheCollectorStarted() {
        HealthCheckResponse r = call(new ScalpCollector()); // a collector whose start-up has not run has no stream

        assertThat(r.getName()).isEqualTo("kis-session");
        assertThat(r.getStatus()).isEqualTo(Status.DOWN);
        assertThat(data(r)).containsExactly(Map.entry("reason", "collector not started"));
    }

    @Test
    void shouldBeUpOutsideTheWindowThoughNotConnected() {
        collector.streaming = false;

        HealthCheckResponse r = call(collector);

        // nothing to collect outside the window: a closed session is expected, not a problem
        assertThat(r.getStatus()).isEqualTo(Status.UP);
        assertThat(data(r))
                .containsEntry("window", "09:30-15:00 Asia/Seoul")
                .containsEntry("collecting", false)
                .containsEntry("connected", false)
                .containsEntry("subscribed", 0L)
                .containsEntry("refused", 0L);
    }

    @Test
    void shouldBeDownWhileCollectingWithoutASession() {
        collector.streaming = true;

        HealthCheckResponse r = call(collector);

        assertThat(r.getStatus()).isEqualTo(Status.DOWN);
        assertThat(data(r)).containsEntry("collecting", true).containsEntry("connected", false);
    }

    @Test
    void shouldBeUpWhileCollectingOnAConnectedSessionAndCountItsRegistrations() {
        collector.streaming = true;
        collector.stream.start();
        await().atMost(Duration.ofSeconds(20))
                .until(() -> collector.stream.isConnected()
                        && collector.stream.subscribedSymbols().containsAll(SYMBOLS));

        HealthCheckResponse r = call(collector);

        assertThat(r.getStatus()).isEqualTo(Status.UP);
        assertThat(data(r))
                .containsEntry("connected", true)
                .containsEntry("subscribed", 2L)
                .containsEntry("refused", 0L);
    }
}
