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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The scalp stream's session handling against the sandbox: registrations, raw journal, loss and reconnection. */
class ScalpStreamAgainstSandboxTest {
    private static final List<String> SYMBOLS = List.of("005930", "000660", "035720");

    @TempDir
    Path dir;

    private KisSandbox sandbox;
    private ArchiveWriter writer;
    private ArchiveLayout layout;
    private ScheduledExecutorService scheduler;
    private ScalpStream stream;
    private final LatestQuoteBook book = new LatestQuoteBook();
    private Clock clock;
    private ObserverSession session;
    private SystemEventLog events;
    private KisSettings settings;

    @BeforeEach
    void start() throws Exception {
        sandbox = KisSandbox.start(SandboxOptions.builder().tradeIntensity(20).build());
        layout = ArchiveLayout.krx(dir);
        writer = ArchiveWriter.start(layout, ArchiveWriterConfig.defaults(), ArchiveListener.NONE);
        clock = Clock.systemUTC();
        session = new ObserverSession(clock.instant(), layout.marketZone());
        events = new SystemEventLog(layout, writer, session, "kis", clock, Duration.ofSeconds(1));
        settings = KisSettings.withDefaults(
                KisEnvironment.SANDBOX,
                sandbox.restBaseUrl(),
                sandbox.wsUrl(),
                new KisCredentials("TEST0000-0000-4000-8000-000000000002", "test-secret-".repeat(15)));
        scheduler = Executors.newSingleThreadScheduledExecutor();
        stream = stream(1.0);
    }

    private ScalpStream stream(double backoffScale) {
        return new ScalpStream(
                new KisStreamSource(
                        settings.wsUrl(),
                        new ApprovalKeyClient(settings, HttpClient.newHttpClient()),
                        java.time.Clock.systemUTC()),
                new RawJournal(layout, writer),
                book,
                events,
                new GapRecorder(events),
                session,
                SYMBOLS,
                clock,
                scheduler,
                new ReconnectBackoff(backoffScale),
                "kis");
    }

    @AfterEach
    void stop() {
        stream.stop();
        scheduler.shutdownNow();
        writer.close();
        sandbox.close();
    }

    private List<JsonNode> events() throws Exception {
        writer.flush(Duration.ofSeconds(5));
        List<JsonNode> out = new ArrayList<>();
        try (var files = Files.walk(dir.resolve("system/events"))) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                for (String line : Files.readAllLines(f)) {
                    out.add(new ObjectMapper().readTree(line));
                }
            }
        }
        return out;
    }

    @Test
    void shouldRegisterEverySymbolAndJournalEachMessageBeforeApplyingIt() throws Exception {
        stream.start();
        await().atMost(Duration.ofSeconds(20))
                .until(() -> stream.subscribedSymbols().containsAll(SYMBOLS) && stream.recordsReceived() > 0);

        var snapshot = book.takeSnapshot(book.symbols().iterator().next()).orElseThrow();
        String[] ref = snapshot.rawRef().split(":");
        writer.flush(Duration.ofSeconds(5));
        String rawLine = Files.readAllLines(dir.resolve(ref[0])).get(Integer.parseInt(ref[1]) - 1);
        JsonNode raw = new ObjectMapper().readTree(rawLine);
        assertThat(raw.get("channel").asText()).isEqualTo("ws");
        assertThat(raw.get("payload").asText()).startsWith("0|H0STCNT0|").contains(snapshot.symbol());
        assertThat(stream.controlReplies()).containsEntry("OPSP0000", 3L);
    }

    @Test
    void shouldReconnectAfterTheVenueDropsTheSessionAndLeaveGapEvidence() throws Exception {
        stream.start();
        await().atMost(Duration.ofSeconds(20))
                .until(() -> stream.subscribedSymbols().containsAll(SYMBOLS));

        assertThat(sandbox.dropWebSocketSessions()).isEqualTo(1);

        await().atMost(Duration.ofSeconds(20))
                .until(() -> stream.reconnectAttempts() >= 1
                        && stream.isConnected()
                        && stream.subscribedSymbols().containsAll(SYMBOLS));
        await().atMost(Duration.ofSeconds(10)).until(() -> events().stream()
                .anyMatch(e -> e.get("event_type").asText().equals("gap_marker")));
        List<JsonNode> events = events();
        assertThat(events)
                .anySatisfy(e -> assertThat(e.get("event_type").asText()).isEqualTo("ws_disconnected"));
        JsonNode reconnect = events.stream()
                .filter(e -> e.get("event_type").asText().equals("reconnection_event"))
                .findFirst()
                .orElseThrow();
        assertThat(reconnect.get("attempt_no").asInt()).isEqualTo(1);
        assertThat(reconnect.get("backoff_seconds").asInt()).isEqualTo(1);
        assertThat(reconnect.get("result").asText()).isEqualTo("SUCCESS");
        assertThat(reconnect.get("recovered_slot_list")).hasSize(3);
        JsonNode gap = events.stream()
                .filter(e -> e.get("event_type").asText().equals("gap_marker"))
                .findFirst()
                .orElseThrow();
        assertThat(gap.get("scope").asText()).isEqualTo("scalp");
        assertThat(gap.get("reason").asText()).isEqualTo("ws_disconnect");
        assertThat(gap.get("gap_seconds").asInt()).isBetween(1, 10);
    }

    @Test
    void shouldKeepOneChainOfAttemptsWhenTheLossIsReportedTwice() throws Exception {
        stream = stream(0.1); // 100, 200, 500, 1000, 2000 ms: the shape of the schedule, ten times faster
        stream.start();
        await().atMost(Duration.ofSeconds(20))
                .until(() -> stream.subscribedSymbols().containsAll(SYMBOLS));
        sandbox.wsFaults().refuseConnections(Duration.ofMillis(1_500));

        assertThat(sandbox.dropWebSocketSessions()).isEqualTo(1);
        // Tyrus reports an abrupt loss as an error and then as a close; a second report must not start a second chain
        stream.onClosed("error: reported a second time by the test");

        await().atMost(Duration.ofSeconds(20)).until(() -> events().stream()
                .anyMatch(e -> e.get("event_type").asText().equals("reconnection_event")
                        && e.get("result").asText().equals("SUCCESS")));
        List<JsonNode> attempts = events().stream()
                .filter(e -> e.get("event_type").asText().equals("reconnection_event"))
                .toList();
        List<Integer> numbers =
                attempts.stream().map(e -> e.get("attempt_no").asInt()).toList();
        assertThat(numbers)
                .as("attempt numbers")
                .isEqualTo(java.util.stream.IntStream.rangeClosed(1, numbers.size())
                        .boxed()
                        .toList());
        assertThat(attempts.get(attempts.size() - 1).get("result").asText()).isEqualTo("SUCCESS");
        assertThat(attempts.subList(0, attempts.size() - 1))
                .allSatisfy(a -> assertThat(a.get("result").asText()).isEqualTo("FAIL"));
        for (int i = 1; i < attempts.size(); i++) {
            Duration waited = Duration.between(
                    java.time.Instant.parse(attempts.get(i - 1).get("timestamp").asText()),
                    java.time.Instant.parse(attempts.get(i).get("timestamp").asText()));
            assertThat(waited)
                    .as("wait before attempt " + (i + 1))
                    .isGreaterThanOrEqualTo(ReconnectBackoff.nominal(i + 1).dividedBy(10));
        }
        assertThat(stream.reconnectAttempts()).isEqualTo(attempts.size());
        await().atMost(Duration.ofSeconds(10))
                .until(() -> stream.isConnected() && stream.subscribedSymbols().containsAll(SYMBOLS));
    }

    @Test
    void shouldMoveTheRegistrationsToANewSlotSetAndRegisterItAgainAfterAReconnect() throws Exception {
        stream.start();
        await().atMost(Duration.ofSeconds(20))
                .until(() -> stream.subscribedSymbols().containsAll(SYMBOLS));
        List<String> next = List.of("005930", "005380", "051910");

        stream.updateSymbols(next);

        await().atMost(Duration.ofSeconds(10))
                .until(() -> stream.subscribedSymbols().equals(java.util.Set.copyOf(next)));
        assertThat(stream.symbols()).containsExactlyElementsOf(next);
        assertThat(stream.controlReplies()).containsEntry("OPSP0001", 2L).containsEntry("OPSP0000", 5L);
        assertThat(sandbox.stats().registrations()).isEqualTo(3); // the venue holds exactly the new set

        assertThat(sandbox.dropWebSocketSessions()).isEqualTo(1);
        await().atMost(Duration.ofSeconds(20))
                .until(() -> stream.reconnectAttempts() >= 1
                        && stream.isConnected()
                        && stream.subscribedSymbols().equals(java.util.Set.copyOf(next)));
        await().atMost(Duration.ofSeconds(10)).until(() -> events().stream()
                .anyMatch(e -> e.get("event_type").asText().equals("reconnection_event")));
        JsonNode reconnect = events().stream()
                .filter(e -> e.get("event_type").asText().equals("reconnection_event"))
                .findFirst()
                .orElseThrow();
        List<String> recovered = new ArrayList<>();
        reconnect.get("recovered_slot_list").forEach(n -> recovered.add(n.asText()));
        assertThat(recovered).containsExactlyElementsOf(next);
    }
}
