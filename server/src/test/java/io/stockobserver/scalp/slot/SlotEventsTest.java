package io.stockobserver.scalp.slot;

import static io.stockobserver.scalp.slot.Candidates.T0;
import static io.stockobserver.scalp.slot.Candidates.sym;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.stockobserver.archive.ArchiveLayout;
import io.stockobserver.archive.ArchiveListener;
import io.stockobserver.archive.ArchiveWriter;
import io.stockobserver.archive.ArchiveWriterConfig;
import io.stockobserver.events.SystemEventLog;
import io.stockobserver.pipeline.ObserverSession;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SlotEventsTest {
    private static final Duration WAIT = Duration.ofSeconds(5);
    private static final Instant NOW = T0.plus(Duration.ofMinutes(3));
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path root;

    private ArchiveWriter writer;
    private SystemEventLog log;

    @BeforeEach
    void start() {
        ArchiveLayout layout = ArchiveLayout.krx(root);
        writer = ArchiveWriter.start(layout, ArchiveWriterConfig.defaults(), ArchiveListener.NONE);
        ObserverSession session = new ObserverSession(T0, ArchiveLayout.KRX_ZONE);
        log = new SystemEventLog(layout, writer, session, "kis", Clock.fixed(NOW, ZoneOffset.UTC), WAIT);
    }

    @AfterEach
    void stop() {
        writer.close();
    }

    private List<JsonNode> events() throws Exception {
        assertThat(writer.flush(WAIT)).isTrue();
        Path file = root.resolve(Path.of("system", "events", "kis", "20260724.jsonl"));
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
    void recordsReleasesThenAllocationsThenRefusedPinsWithTheFieldsThatExplainThem() throws Exception {
        SlotAllocator twoSlots = new SlotAllocator(SlotPolicy.defaults().withRegistrations(2, 1));
        List<Slot> current = Candidates.slots(1, 1, 0.7, T0);
        SlotDecision d = twoSlots.decide(NOW, List.of(), Set.of(sym(101), sym(102), sym(103)), current);

        new SlotEvents(log).record(d);

        List<JsonNode> events = events();
        assertThat(events)
                .extracting(e -> e.get("event_type").asText())
                .containsExactly("slot_released", "slot_allocated", "slot_allocated", "pin_refused");
        JsonNode released = events.get(0);
        assertThat(fieldNames(released).subList(0, 6))
                .containsExactly("event_type", "symbol", "trigger", "score", "reason", "held_seconds");
        assertThat(released.get("symbol").asText()).isEqualTo(sym(1));
        assertThat(released.get("trigger").asText()).isEqualTo("volume_surge");
        assertThat(released.get("score").decimalValue()).isEqualByComparingTo("0.7");
        assertThat(released.get("reason").asText()).isEqualTo("no_longer_triggered");
        assertThat(released.get("held_seconds").asLong()).isEqualTo(180);
        JsonNode allocated = events.get(1);
        assertThat(fieldNames(allocated).subList(0, 5))
                .containsExactly("event_type", "symbol", "trigger", "score", "reason");
        assertThat(allocated.has("held_seconds")).isFalse();
        assertThat(allocated.get("symbol").asText()).isEqualTo(sym(101));
        assertThat(allocated.get("trigger").asText()).isEqualTo("manual_override");
        assertThat(allocated.get("score").decimalValue()).isEqualByComparingTo("1.0");
        assertThat(allocated.get("reason").asText()).isEqualTo("pinned");
        JsonNode refused = events.get(3);
        assertThat(refused.get("symbol").asText()).isEqualTo(sym(103));
        assertThat(refused.get("reason").asText()).isEqualTo("no_free_slot");
        assertThat(events).allSatisfy(e -> {
            assertThat(e.get("session_id").asText()).isEqualTo("sess_20260724_100000");
            assertThat(e.get("provider").asText()).isEqualTo("kis");
        });
        assertThat(log.writtenByType())
                .containsEntry("slot_released", 1L)
                .containsEntry("slot_allocated", 2L)
                .containsEntry("pin_refused", 1L);
    }

    @Test
    void saysARefusedPinOnceUntilItIsNoLongerRefused() {
        SlotAllocator twoSlots = new SlotAllocator(SlotPolicy.defaults().withRegistrations(2, 1));
        SlotEvents events = new SlotEvents(log);
        Set<String> threePins = Set.of(sym(101), sym(102), sym(103));
        SlotDecision first = twoSlots.decide(NOW, List.of(), threePins, List.of());
        events.record(first);
        events.record(twoSlots.decide(NOW.plusSeconds(15), List.of(), threePins, first.slots()));
        assertThat(log.writtenByType()).containsEntry("pin_refused", 1L);

        SlotDecision twoPins =
                twoSlots.decide(NOW.plusSeconds(30), List.of(), Set.of(sym(101), sym(102)), first.slots());
        events.record(twoPins);
        events.record(twoSlots.decide(NOW.plusSeconds(45), List.of(), threePins, twoPins.slots()));
        assertThat(log.writtenByType()).containsEntry("pin_refused", 2L); // refused again after a break: said again
    }

    @Test
    void anUnchangedDecisionRecordsNothing() {
        SlotDecision unchanged = new SlotAllocator(SlotPolicy.defaults()).decide(NOW, List.of(), Set.of(), List.of());

        new SlotEvents(log).record(unchanged);

        assertThat(log.writtenByType()).isEmpty();
    }
}
