package io.stockobserver.collect;

import static org.assertj.core.api.Assertions.assertThat;

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
import io.stockobserver.provider.kis.KisDataFrame;
import io.stockobserver.provider.kis.KisFrameParser;
import io.stockobserver.provider.kis.KisStreamAdapter;
import io.stockobserver.provider.kis.KisStreamSource;
import io.stockobserver.provider.kis.KisTradeLayout;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** A real-format H0STCNT0 frame with one absurd number: that record is refused, counted and evidenced; the rest flow. */
class ScalpStreamValueBoundsTest {
    @TempDir
    Path dir;

    private ArchiveWriter writer;
    private ScheduledExecutorService scheduler;
    private ScalpStream stream;
    private final LatestQuoteBook book = new LatestQuoteBook();

    @BeforeEach
    void start() {
        ArchiveLayout layout = ArchiveLayout.krx(dir);
        writer = ArchiveWriter.start(layout, ArchiveWriterConfig.defaults(), ArchiveListener.NONE);
        Clock clock = Clock.systemUTC();
        ObserverSession session = new ObserverSession(clock.instant(), layout.marketZone());
        SystemEventLog events = new SystemEventLog(layout, writer, session, "kis", clock, Duration.ofSeconds(1));
        scheduler = Executors.newSingleThreadScheduledExecutor();
        stream = new ScalpStream(
                new KisStreamSource(URI.create("ws://127.0.0.1:9/never-connected"), null, java.time.Clock.systemUTC()),
                new RawJournal(layout, writer),
                book,
                events,
                new GapRecorder(events),
                session,
                List.of("005930", "000660"),
                clock,
                scheduler,
                new ReconnectBackoff(1.0),
                "kis");
    }

    @AfterEach
    void stop() {
        scheduler.shutdownNow();
        writer.close();
    }

    @Test
    @Timeout(10)
    void shouldRefuseTheRecordWithAHugeExponentAndKeepTheOthers() throws Exception {
        String[] records = KisVectors.twoTradeRecords();
        String[] bad = records[0].split("\\^", -1);
        bad[KisTradeLayout.CHANGE_RATE] = "1E+999999999";
        String[] good = records[1].split("\\^", -1);
        good[KisTradeLayout.SYMBOL] = "000660";
        String frame = "0|H0STCNT0|002|" + String.join("^", bad) + "^" + String.join("^", good);

        KisDataFrame parsed = (KisDataFrame) new KisFrameParser().parse(frame);
        String ref = stream.onRaw(frame, Instant.now(), System.nanoTime());
        new KisStreamAdapter(stream).onData(parsed, ref, Instant.now(), System.nanoTime());

        assertThat(stream.valueRejectedRecords()).isEqualTo(1);
        assertThat(stream.recordsReceived()).isEqualTo(1);
        assertThat(book.takeSnapshot("005930")).isEmpty();
        assertThat(book.takeSnapshot("000660")).isPresent();
        JsonNode event = events().stream()
                .filter(e -> e.get("event_type").asText().equals("frame_value_rejected"))
                .findFirst()
                .orElseThrow();
        assertThat(event.get("field").asText()).isEqualTo("change_rate");
        assertThat(event.get("problem").asText()).isEqualTo("too_large");
        assertThat(event.get("value").asText()).isEqualTo("1E+999999999");
        assertThat(event.get("raw_ref").asText()).startsWith("raw/kis/");
    }

    @Test
    void shouldIgnoreRecordsOfSymbolsItNeverRegistered() throws Exception {
        String[] r = KisVectors.twoTradeRecords()[0].split("\\^", -1);
        r[KisTradeLayout.SYMBOL] = "123456";
        KisDataFrame parsed = (KisDataFrame) new KisFrameParser().parse("0|H0STCNT0|001|" + String.join("^", r));
        new KisStreamAdapter(stream).onData(parsed, null, Instant.now(), System.nanoTime());
        assertThat(stream.unsolicitedRecords()).isEqualTo(1);
        assertThat(book.symbols()).isEmpty();
    }

    @Test
    void shouldRecordARegistrationReplyThatNamesNoSymbolAsAControlError() throws Exception {
        String reply = "{\"header\":{\"tr_id\":\"H0STCNT0\",\"encrypt\":\"N\"},\"body\":{\"rt_cd\":\"0\","
                + "\"msg_cd\":\"OPSP0000\",\"msg1\":\"SUBSCRIBE SUCCESS\"}}";

        new KisStreamAdapter(stream)
                .onControl((io.stockobserver.provider.kis.KisControlMessage) new KisFrameParser().parse(reply));

        assertThat(stream.subscribedSymbols()).isEmpty();
        assertThat(stream.controlReplies()).containsEntry("OPSP0000", 1L);
        JsonNode event = events().stream()
                .filter(e -> e.get("event_type").asText().equals("ws_control_error"))
                .findFirst()
                .orElseThrow();
        assertThat(event.get("msg_cd").asText()).isEqualTo("OPSP0000");
        assertThat(event.has("tr_key") && !event.get("tr_key").isNull())
                .as("tr_key named")
                .isFalse();
    }

    private List<JsonNode> events() throws Exception {
        writer.flush(Duration.ofSeconds(5));
        List<JsonNode> out = new ArrayList<>();
        ObjectMapper json = new ObjectMapper();
        try (var files = Files.walk(dir.resolve("system/events"))) {
            for (Path p : files.filter(Files::isRegularFile).toList()) {
                for (String line : Files.readAllLines(p)) {
                    out.add(json.readTree(line));
                }
            }
        }
        return out;
    }
}
