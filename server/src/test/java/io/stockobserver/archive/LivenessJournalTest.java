package io.stockobserver.archive;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LivenessJournalTest {

    private static final Instant T0 = Instant.parse("2026-07-24T00:00:00Z");

    @TempDir
    Path root;

    private ArchiveLayout layout() {
        return ArchiveLayout.krx(root);
    }

    private Path heartbeat() {
        return root.resolve("system/state/heartbeat.json");
    }

    @Test
    void shouldWriteTheHeartbeatFile() throws Exception {
        LivenessJournal journal = new LivenessJournal(layout(), "sess_20260724_090000");

        journal.beat(T0.plusMillis(1500));

        JsonNode heartbeat = new ObjectMapper().readTree(Files.readString(heartbeat(), UTF_8));
        assertThat(heartbeat.get("last_alive").textValue()).isEqualTo("2026-07-24T00:00:01.500000Z");
        assertThat(heartbeat.get("session_id").textValue()).isEqualTo("sess_20260724_090000");
        assertThat(heartbeat.get("clean_shutdown").booleanValue()).isFalse();
    }

    @Test
    void shouldRewriteTheHeartbeatAtomicallyLeavingNoTemporaryFile() throws Exception {
        LivenessJournal journal = new LivenessJournal(layout(), "sess_20260724_090000");

        for (int i = 0; i < 5; i++) {
            journal.beat(T0.plusSeconds(i));
        }

        try (Stream<Path> files = Files.list(heartbeat().getParent())) {
            assertThat(files).containsExactly(heartbeat());
        }
        assertThat(Files.readString(heartbeat(), UTF_8)).contains("2026-07-24T00:00:04.000000Z");
    }

    @Test
    void shouldReportNoPreviousRunOnTheFirstStart() throws Exception {
        LivenessJournal journal = new LivenessJournal(layout(), "sess_20260724_090000");

        assertThat(journal.previousRun(T0)).isEmpty();
    }

    @Test
    void shouldReportTheDowntimeOfACrashedPreviousRun() throws Exception {
        new LivenessJournal(layout(), "sess_20260724_090000").beat(T0);

        LivenessJournal next = new LivenessJournal(layout(), "sess_20260724_091500");
        Downtime downtime = next.previousRun(T0.plusSeconds(45)).orElseThrow();

        assertThat(downtime).isEqualTo(new Downtime(T0, T0.plusSeconds(45), false, "sess_20260724_090000"));
        assertThat(downtime.duration()).isEqualTo(Duration.ofSeconds(45));
    }

    @Test
    void shouldReportACleanShutdown() throws Exception {
        LivenessJournal previous = new LivenessJournal(layout(), "sess_20260724_090000");
        previous.beat(T0);
        previous.markCleanShutdown(T0.plusSeconds(10));

        Downtime downtime = new LivenessJournal(layout(), "sess_20260724_091500")
                .previousRun(T0.plusSeconds(60))
                .orElseThrow();

        assertThat(downtime.cleanShutdown()).isTrue();
        assertThat(downtime.lastAlive()).isEqualTo(T0.plusSeconds(10));
    }

    @Test
    void shouldRememberThePreviousRunEvenAfterThisRunsFirstBeat() throws Exception {
        new LivenessJournal(layout(), "sess_20260724_090000").beat(T0);
        LivenessJournal next = new LivenessJournal(layout(), "sess_20260724_091500");

        next.beat(T0.plusSeconds(100));

        assertThat(next.previousRun(T0.plusSeconds(100)).orElseThrow().previousSessionId())
                .isEqualTo("sess_20260724_090000");
    }

    @Test
    void shouldReportADamagedHeartbeatAsCorrupt() throws Exception {
        Files.createDirectories(heartbeat().getParent());
        Files.writeString(heartbeat(), "{\"last_alive\":\"yesterday\",\"session_id\":\"x\",\"clean_shutdown\":false}");

        LivenessJournal journal = new LivenessJournal(layout(), "sess_20260724_091500");

        assertThatThrownBy(() -> journal.previousRun(T0)).isInstanceOf(CorruptHeartbeatException.class);
    }

    @Test
    void shouldReportAHeartbeatWithMissingFieldsAsCorrupt() throws Exception {
        Files.createDirectories(heartbeat().getParent());
        Files.writeString(heartbeat(), "{\"session_id\":\"sess_20260724_090000\"}");

        assertThatThrownBy(() -> new LivenessJournal(layout(), "sess_20260724_091500").previousRun(T0))
                .isInstanceOf(CorruptHeartbeatException.class);
    }

    @Test
    void shouldKeepBeatingWhenThePreviousHeartbeatIsDamaged() throws Exception {
        Files.createDirectories(heartbeat().getParent());
        Files.writeString(heartbeat(), "{\"last_al");
        LivenessJournal journal = new LivenessJournal(layout(), "sess_20260724_091500");

        journal.beat(T0);

        assertThat(Files.readString(heartbeat(), UTF_8)).contains("sess_20260724_091500");
        assertThatThrownBy(() -> journal.previousRun(T0)).isInstanceOf(CorruptHeartbeatException.class);
    }

    @Test
    void shouldRejectASessionIdOfTheWrongShape() {
        assertThatThrownBy(() -> new LivenessJournal(layout(), "session-1"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shouldNeverReportANegativeDowntime() {
        Downtime backwards = new Downtime(T0, T0.minusSeconds(5), false, "sess_20260724_090000");

        assertThat(backwards.duration()).isEqualTo(Duration.ZERO);
    }
}
