package io.stockobserver.collect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.stockobserver.archive.ArchiveLayout;
import io.stockobserver.archive.ArchiveListener;
import io.stockobserver.archive.ArchiveWriter;
import io.stockobserver.archive.ArchiveWriterConfig;
import io.stockobserver.archive.RawJournal;
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
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The stream watchdog against the sandbox: a silent session is an outage; a long outage pauses recording. */
class StreamWatchdogAgainstSandboxTest {
    @TempDir
    Path dir;

    private KisSandbox sandbox;
    private ArchiveWriter writer;
    private ScheduledExecutorService scheduler;
    private ScalpStream stream;
    private SystemEventLog events;

    @AfterEach
    void stop() {
        if (stream != null) {
            stream.stop();
        }
        scheduler.shutdownNow();
        writer.close();
        sandbox.close();
    }

    private void start(SandboxOptions options) throws Exception {
        sandbox = KisSandbox.start(options);
        ArchiveLayout layout = ArchiveLayout.krx(dir);
        writer = ArchiveWriter.start(layout, ArchiveWriterConfig.defaults(), ArchiveListener.NONE);
        Clock clock = Clock.systemUTC();
        ObserverSession session = new ObserverSession(clock.instant(), layout.marketZone());
        events = new SystemEventLog(layout, writer, session, "kis", clock, Duration.ofSeconds(1));
        KisSettings settings = KisSettings.withDefaults(
                KisEnvironment.SANDBOX,
                sandbox.restBaseUrl(),
                sandbox.wsUrl(),
                new KisCredentials("TEST0000-0000-4000-8000-000000000005", "test-secret-".repeat(15)));
        scheduler = Executors.newSingleThreadScheduledExecutor();
        stream = new ScalpStream(
                new KisStreamSource(
                        settings.wsUrl(),
                        new ApprovalKeyClient(settings, HttpClient.newHttpClient()),
                        java.time.Clock.systemUTC()),
                new RawJournal(layout, writer),
                new LatestQuoteBook(),
                events,
                new GapRecorder(events),
                session,
                List.of("005930", "000660"),
                clock,
                scheduler,
                new ReconnectBackoff(0.02),
                "kis");
    }

    private List<JsonNode> events(String type) throws Exception {
        writer.flush(Duration.ofSeconds(5));
        List<JsonNode> out = new ArrayList<>();
        if (!Files.exists(dir.resolve("system/events"))) {
            return out;
        }
        try (var files = Files.walk(dir.resolve("system/events"))) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                for (String line : Files.readAllLines(f)) {
                    JsonNode e = new ObjectMapper().readTree(line);
                    if (e.get("event_type").asText().equals(type)) {
                        out.add(e);
                    }
                }
            }
        }
        return out;
    }

    @Test
    void shouldTreatAConnectedButSilentStreamAsAnOutageAndReconnect() throws Exception {
        start(SandboxOptions.builder().tradeIntensity(0).build()); // a frozen market: registrations, no data
        StreamWatchdog watchdog = new StreamWatchdog(
                stream, events, Duration.ofMillis(400), Duration.ofMinutes(5), ArchiveLayout.KRX_ZONE);
        stream.start();
        await().atMost(Duration.ofSeconds(10))
                .until(() -> stream.subscribedSymbols().size() == 2);

        await().atMost(Duration.ofSeconds(15)).until(() -> {
            watchdog.check(Clock.systemUTC().instant(), true);
            return !events("ws_stale_detected").isEmpty()
                    && stream.reconnectAttempts() >= 1
                    && !events("gap_marker").isEmpty();
        });
        JsonNode gap = events("gap_marker").get(0);
        assertThat(gap.get("reason").asText()).isEqualTo("ws_stale");
        assertThat(gap.get("scope").asText()).isEqualTo("scalp");
        // the shrunken back-off can hit the venue's one-approval-key-per-second limit first; it gets back all the same
        await().atMost(Duration.ofSeconds(10)).until(() -> events("reconnection_event").stream()
                .anyMatch(e -> e.get("result").asText().equals("SUCCESS")));
        assertThat(watchdog.paused()).isFalse();
    }

    @Test
    void shouldPauseRecordingAfterALongOutageMarkTheDayAndResumeWhenBack() throws Exception {
        start(SandboxOptions.defaults());
        StreamWatchdog watchdog = new StreamWatchdog(
                stream, events, Duration.ofMinutes(1), Duration.ofMillis(600), ArchiveLayout.KRX_ZONE);
        stream.start();
        await().atMost(Duration.ofSeconds(10)).until(stream::isConnected);
        int restPort = sandbox.restBaseUrl().getPort();
        int wsPort = sandbox.wsUrl().getPort();

        sandbox.close(); // the venue is gone: every reconnection attempt fails

        await().atMost(Duration.ofSeconds(10)).until(() -> {
            watchdog.check(Clock.systemUTC().instant(), true);
            return watchdog.paused();
        });
        assertThat(events("scalp_paused")).hasSize(1);
        assertThat(events("day_marked_anomalous").get(0).get("reason").asText()).startsWith("ws_outage_over_");
        assertThat(events("reconnection_event"))
                .allSatisfy(e -> assertThat(e.get("result").asText()).isEqualTo("FAIL"));

        sandbox = KisSandbox.start(
                SandboxOptions.builder().restPort(restPort).wsPort(wsPort).build());

        await().atMost(Duration.ofSeconds(20)).until(() -> {
            watchdog.check(Clock.systemUTC().instant(), true);
            return !watchdog.paused();
        });
        assertThat(events("scalp_resumed")).hasSize(1);
        assertThat(events("gap_marker"))
                .anySatisfy(g -> assertThat(g.get("reason").asText()).isEqualTo("ws_disconnect"));
    }
}
