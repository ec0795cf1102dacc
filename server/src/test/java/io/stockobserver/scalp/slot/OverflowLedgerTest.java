package io.stockobserver.scalp.slot;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.stockobserver.archive.ArchiveLayout;
import io.stockobserver.archive.ArchiveListener;
import io.stockobserver.archive.ArchiveWriter;
import io.stockobserver.archive.ArchiveWriterConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OverflowLedgerTest {
    private static final Duration WAIT = Duration.ofSeconds(5);
    private static final String SESSION = "sess_20260724_083000";
    /** 00:30 KST on 24 July, still 23 July in UTC: the file must carry the KST date. */
    private static final Instant AFTER_KST_MIDNIGHT = Instant.parse("2026-07-23T15:30:00.123456789Z");

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path root;

    private ArchiveLayout layout;
    private ArchiveWriter writer;
    private int mitigationLevel = 1;
    private final List<LogRecord> logged = new ArrayList<>();
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            logged.add(record);
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
    };
    private final Logger ledgerLogger = Logger.getLogger(OverflowLedger.class.getName());

    @BeforeEach
    void start() {
        layout = ArchiveLayout.krx(root);
        writer = ArchiveWriter.start(layout, ArchiveWriterConfig.defaults(), ArchiveListener.NONE);
        ledgerLogger.addHandler(capture);
        ledgerLogger.setUseParentHandlers(false); // the SEVERE line is expected here, not worth a console line
    }

    @AfterEach
    void stop() {
        writer.close();
        ledgerLogger.removeHandler(capture);
        ledgerLogger.setUseParentHandlers(true);
    }

    private OverflowLedger ledger() {
        return new OverflowLedger(layout, writer, "kis", SESSION, () -> mitigationLevel, WAIT);
    }

    private List<JsonNode> ledgerLines(String day) throws Exception {
        assertThat(writer.flush(WAIT)).isTrue();
        Path file = root.resolve(Path.of("system", "overflow", "kis", day + "_overflow.jsonl"));
        List<JsonNode> out = new ArrayList<>();
        for (String line : Files.readAllLines(file, UTF_8)) {
            out.add(JSON.readTree(line));
        }
        return out;
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            names.add(it.next());
        }
        return names;
    }

    @Test
    void writesExactlyTheEightSeedFieldsInOrderToTheKstDaysLedgerFile() throws Exception {
        OverflowLedger ledger = ledger();
        OverflowEntry entry = new OverflowEntry(AFTER_KST_MIDNIGHT, "005930", 0.87, 41, OverflowReason.SLOT_FULL);

        assertThat(ledger.write(List.of(entry))).isEqualTo(1);

        List<JsonNode> lines = ledgerLines("20260724");
        assertThat(lines).hasSize(1);
        JsonNode line = lines.get(0);
        assertThat(fieldNames(line))
                .containsExactly(
                        "timestamp",
                        "provider",
                        "symbol",
                        "candidate_score",
                        "cutoff_rank",
                        "mitigation_level",
                        "decision_reason",
                        "session_id");
        assertThat(line.get("timestamp").asText()).isEqualTo("2026-07-23T15:30:00.123456Z");
        assertThat(line.get("provider").asText()).isEqualTo("kis");
        assertThat(line.get("symbol").asText()).isEqualTo("005930");
        assertThat(line.get("candidate_score").isNumber()).isTrue();
        assertThat(line.get("candidate_score").decimalValue()).isEqualByComparingTo("0.87");
        assertThat(line.get("cutoff_rank").isInt()).isTrue();
        assertThat(line.get("cutoff_rank").asInt()).isEqualTo(41);
        assertThat(line.get("mitigation_level").asInt()).isEqualTo(1);
        assertThat(line.get("decision_reason").asText()).isEqualTo("slot_full");
        assertThat(line.get("session_id").asText()).isEqualTo(SESSION);
        assertThat(ledger.writtenCount()).isEqualTo(1);
        assertThat(ledger.failedCount()).isZero();
    }

    @Test
    void writesTheWholeOverflowOfADecisionWithRoundedScoresAndTheCurrentMitigationLevel() throws Exception {
        SlotDecision d = new SlotAllocator(SlotPolicy.defaults().withMinScore(0.45))
                .decide(AFTER_KST_MIDNIGHT, Candidates.ranked(1, 60), Set.of(), List.of());
        mitigationLevel = 2;

        assertThat(ledger().write(d.overflow())).isEqualTo(19);

        List<JsonNode> lines = ledgerLines("20260724");
        assertThat(lines).hasSize(19);
        assertThat(lines.get(0).get("symbol").asText()).isEqualTo("000042");
        assertThat(lines.get(0).get("candidate_score").decimalValue()).isEqualByComparingTo("0.58");
        assertThat(lines.get(0).get("decision_reason").asText()).isEqualTo("slot_full");
        assertThat(lines.get(18).get("symbol").asText()).isEqualTo("000060");
        assertThat(lines.get(18).get("decision_reason").asText()).isEqualTo("low_score");
        assertThat(lines).allSatisfy(l -> {
            assertThat(l.get("mitigation_level").asInt()).isEqualTo(2);
            assertThat(l.get("cutoff_rank").asInt()).isEqualTo(41);
            assertThat(l.get("candidate_score").decimalValue().scale()).isLessThanOrEqualTo(4);
        });
    }

    @Test
    void roundsTheCandidateScoreToFourDecimalsAsAJsonNumber() {
        OverflowLedger ledger = ledger();
        String line = new String(
                ledger.encode(
                        new OverflowEntry(AFTER_KST_MIDNIGHT, "005930", 0.876543, 41, OverflowReason.LOW_SCORE), 0),
                UTF_8);

        assertThat(line)
                .isEqualTo("{\"timestamp\":\"2026-07-23T15:30:00.123456Z\",\"provider\":\"kis\",\"symbol\":\"005930\","
                        + "\"candidate_score\":0.8765,\"cutoff_rank\":41,\"mitigation_level\":0,"
                        + "\"decision_reason\":\"low_score\",\"session_id\":\"sess_20260724_083000\"}");
    }

    @Test
    void aLineTheWriterRefusesIsCountedAndLoggedAtSevereWithItsContent() {
        OverflowLedger ledger = ledger();
        writer.close();

        boolean queued =
                ledger.write(new OverflowEntry(AFTER_KST_MIDNIGHT, "000660", 0.5, 41, OverflowReason.SLOT_FULL));

        assertThat(queued).isFalse();
        assertThat(ledger.failedCount()).isEqualTo(1);
        assertThat(ledger.writtenCount()).isZero();
        assertThat(logged).singleElement().satisfies(r -> {
            assertThat(r.getLevel()).isEqualTo(Level.SEVERE);
            assertThat(r.getMessage()).contains("\"symbol\":\"000660\"").contains("\"decision_reason\":\"slot_full\"");
        });
    }

    @Test
    void refusesABadProviderSessionOrMitigationLevel() {
        assertThatThrownBy(() -> new OverflowLedger(layout, writer, "KIS", SESSION, () -> 0, WAIT))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new OverflowLedger(layout, writer, "kis", "session-1", () -> 0, WAIT))
                .isInstanceOf(IllegalArgumentException.class);
        OverflowLedger ledger = new OverflowLedger(layout, writer, "kis", SESSION, () -> 3, WAIT);
        assertThatThrownBy(() -> ledger.write(
                        new OverflowEntry(AFTER_KST_MIDNIGHT, "000660", 0.5, 41, OverflowReason.SLOT_FULL)))
                .isInstanceOf(IllegalStateException.class);
    }
}
