package io.stockobserver.provider.upbit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.stockobserver.archive.ArchiveLayout;
import io.stockobserver.archive.ArchiveListener;
import io.stockobserver.archive.ArchiveWriter;
import io.stockobserver.archive.ArchiveWriterConfig;
import io.stockobserver.archive.RawJournal;
import io.stockobserver.collect.LatestQuoteBook;
import io.stockobserver.collect.ReconnectBackoff;
import io.stockobserver.collect.ScalpStream;
import io.stockobserver.collect.StreamWatchdog;
import io.stockobserver.events.GapRecorder;
import io.stockobserver.events.SystemEventLog;
import io.stockobserver.pipeline.ObserverSession;
import io.stockobserver.sandbox.upbit.UpbitSandbox;
import io.stockobserver.sandbox.upbit.UpbitSandboxOptions;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Track B's venue-neutral stream on Upbit: the production ScalpStream over UpbitStreamSource against the Upbit sandbox —
 * one subscribe array, binary SNAPSHOT then REALTIME frames, a dropped socket leaving a gap and the same codes again.
 */
class UpbitStreamAgainstSandboxTest {
    private static final List<String> CODES = List.of("KRW-BTC", "KRW-ETH", "KRW-XRP");

    @TempDir
    Path dir;

    private UpbitSandbox sandbox;
    private ArchiveWriter writer;
    private ScheduledExecutorService scheduler;
    private ScalpStream stream;
    private final LatestQuoteBook book = new LatestQuoteBook();

    private SystemEventLog events;

    @BeforeEach
    void start() throws Exception {
        start(UpbitSandboxOptions.defaults(), settings -> settings);
    }

    /** The production stream on a sandbox with {@code options}, the client's settings changed by {@code tune}. */
    private void start(UpbitSandboxOptions options, java.util.function.UnaryOperator<UpbitSettings> tune)
            throws Exception {
        if (sandbox != null) {
            stop();
        }
        sandbox = UpbitSandbox.start(options);
        ArchiveLayout layout = ArchiveLayout.krx(dir);
        writer = ArchiveWriter.start(layout, ArchiveWriterConfig.defaults(), ArchiveListener.NONE);
        Clock clock = Clock.systemUTC();
        ObserverSession session = new ObserverSession(clock.instant(), layout.marketZone());
        events = new SystemEventLog(layout, writer, session, "upbit", clock, Duration.ofSeconds(1));
        scheduler = Executors.newSingleThreadScheduledExecutor();
        UpbitSettings settings = tune.apply(UpbitSettings.withDefaults(sandbox.restBaseUrl(), sandbox.wsUrl()));
        stream = new ScalpStream(
                new UpbitStreamSource(settings, clock, UpbitVenueProfile.DEFAULT_REGISTRATIONS),
                new RawJournal(layout, writer),
                book,
                events,
                new GapRecorder(events),
                session,
                List.of(),
                clock,
                scheduler,
                new ReconnectBackoff(1.0),
                "upbit");
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
        if (!Files.isDirectory(dir.resolve("system/events"))) {
            return out;
        }
        try (var files = Files.walk(dir.resolve("system/events"))) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                for (String line : Files.readAllLines(f)) {
                    out.add(new ObjectMapper().readTree(line));
                }
            }
        }
        return out;
    }

    /** Starts the stream, subscribes {@link #CODES} and waits for each one's first frame in the book. */
    private void connectAndSubscribe() {
        stream.start();
        await().atMost(Duration.ofSeconds(20)).until(stream::isConnected);
        stream.updateSymbols(CODES);
        await().atMost(Duration.ofSeconds(20))
                .until(() -> stream.subscribedSymbols().containsAll(CODES)
                        && CODES.stream().allMatch(c -> book.lastUpdate(c).isPresent()));
    }

    @Test
    void shouldSubscribeTheCodesAndFillTheBookWithExactDecimals() throws Exception {
        connectAndSubscribe();
        var btc = book.takeSnapshot("KRW-BTC").orElseThrow();
        assertThat(btc.fields().get("last_price")).isInstanceOf(BigDecimal.class);
        assertThat(btc.fields()).containsKeys("volume", "turnover", "last_size");
        assertThat(stream.malformedFrames()).isZero();
        assertThat(stream.valueRejectedRecords()).isZero();
        // the raw journal holds the frames as received (binary frames as their UTF-8 text)
        String[] ref = btc.rawRef().split(":");
        writer.flush(Duration.ofSeconds(5));
        String raw = Files.readAllLines(dir.resolve(ref[0])).get(Integer.parseInt(ref[1]) - 1);
        assertThat(new ObjectMapper().readTree(raw).get("payload").asText()).contains("\"code\":\"KRW-BTC\"");
    }

    @Test
    void shouldReconnectAfterADroppedSocketWithAGapAndTheSameCodes() throws Exception {
        stream.start();
        await().atMost(Duration.ofSeconds(20)).until(stream::isConnected);
        stream.updateSymbols(CODES);
        await().atMost(Duration.ofSeconds(20))
                .until(() -> stream.subscribedSymbols().containsAll(CODES));

        assertThat(sandbox.dropWebSocketSessions()).isEqualTo(1);

        await().atMost(Duration.ofSeconds(30))
                .until(() -> stream.reconnectAttempts() >= 1
                        && stream.isConnected()
                        && stream.subscribedSymbols().containsAll(CODES));
        await().atMost(Duration.ofSeconds(10)).until(() -> events().stream()
                .anyMatch(e -> e.get("event_type").asText().equals("gap_marker")));
        JsonNode gap = events().stream()
                .filter(e -> e.get("event_type").asText().equals("gap_marker"))
                .findFirst()
                .orElseThrow();
        assertThat(gap.get("scope").asText()).isEqualTo("scalp");
        assertThat(gap.get("reason").asText()).isEqualTo("ws_disconnect");
        JsonNode reconnect = events().stream()
                .filter(e -> e.get("event_type").asText().equals("reconnection_event"))
                .findFirst()
                .orElseThrow();
        assertThat(reconnect.get("result").asText()).isEqualTo("SUCCESS");
        assertThat(reconnect.get("recovered_slot_list")).hasSize(3);
    }

    @Test
    void shouldNotTakeAQuietMarketForAStaleSessionWhileTheVenueAnswersItsKeepAlive() throws Exception {
        // no trades at all, and a client that pings every second: the venue answers {"status":"UP"} each time
        start(UpbitSandboxOptions.defaults().toBuilder().tradeIntensity(0).build(), s -> pingingEverySecond(s));
        StreamWatchdog watchdog =
                new StreamWatchdog(stream, events, Duration.ofSeconds(3), Duration.ofMinutes(5), ZoneOffset.UTC);
        connectAndSubscribe();
        var snapshots =
                CODES.stream().map(c -> book.lastUpdate(c).orElseThrow()).toList();

        await().during(Duration.ofSeconds(8)).atMost(Duration.ofSeconds(15)).until(() -> {
            watchdog.check(Clock.systemUTC().instant(), true);
            return stream.isConnected() && stream.reconnectAttempts() == 0;
        });

        assertThat(stream.dataSilence(Clock.systemUTC().instant())).isLessThan(Duration.ofSeconds(3));
        assertThat(events().stream().map(e -> e.get("event_type").asText()))
                .doesNotContain("ws_stale_detected", "gap_marker");
        // quiet indeed: nothing arrived for the codes after their SNAPSHOT frames
        assertThat(CODES.stream().map(c -> book.lastUpdate(c).orElseThrow()).toList())
                .isEqualTo(snapshots);

        // the same silence with the keep-alive gone too is an outage: stale, a gap, a new session
        sandbox.wsFaults().stall(Duration.ofSeconds(30));
        await().atMost(Duration.ofSeconds(20)).until(() -> {
            watchdog.check(Clock.systemUTC().instant(), true);
            return events().stream().anyMatch(e -> e.get("event_type").asText().equals("ws_stale_detected"));
        });
    }

    private static UpbitSettings pingingEverySecond(UpbitSettings s) {
        return new UpbitSettings(
                s.restUrl(),
                s.wsUrl(),
                s.requestsPerGroup(),
                s.rateWindow(),
                s.tickerChunkSize(),
                s.httpTimeout(),
                s.maxRetries(),
                s.backoffInitial(),
                s.backoffMax(),
                s.blockFallback(),
                Duration.ofSeconds(1),
                Duration.ofSeconds(10));
    }
}
