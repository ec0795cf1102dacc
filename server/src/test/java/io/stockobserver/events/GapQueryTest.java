package io.stockobserver.events;

import static org.assertj.core.api.Assertions.assertThat;

import io.stockobserver.archive.ArchiveLayout;
import io.stockobserver.archive.ArchiveListener;
import io.stockobserver.archive.ArchiveWriter;
import io.stockobserver.archive.ArchiveWriterConfig;
import io.stockobserver.pipeline.ObserverSession;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GapQueryTest {
    @TempDir
    Path dir;

    @Test
    void shouldReadBackTheDaysGapMarkersOnly() throws Exception {
        Instant now = Instant.parse("2026-07-24T02:00:00Z"); // 11:00 KST
        Clock clock = Clock.fixed(now, ZoneOffset.UTC);
        ArchiveLayout layout = ArchiveLayout.krx(dir);
        try (ArchiveWriter writer = ArchiveWriter.start(layout, ArchiveWriterConfig.defaults(), ArchiveListener.NONE)) {
            SystemEventLog events = new SystemEventLog(
                    layout, writer, new ObserverSession(now, layout.marketZone()), "kis", clock, Duration.ofSeconds(1));
            GapRecorder gaps = new GapRecorder(events);
            gaps.record(now.minusSeconds(45), now, "scalp", GapRecorder.Reason.WS_DISCONNECT);
            events.record("observer_started", Map.of());
            gaps.record(now.minusSeconds(3), now, "swing", GapRecorder.Reason.RATE_LIMIT, Map.of("symbol", "005930"));
            writer.flush(Duration.ofSeconds(5));
        }
        Files.writeString(
                dir.resolve("system/events/kis/20260724.jsonl"), "{torn\n", java.nio.file.StandardOpenOption.APPEND);

        var found = new GapQuery(layout, "kis").gaps(LocalDate.of(2026, 7, 24));

        assertThat(found).hasSize(2);
        assertThat(found.get(0)).containsEntry("reason", "ws_disconnect").containsEntry("gap_seconds", 45);
        assertThat(found.get(1)).containsEntry("symbol", "005930").containsEntry("scope", "swing");
        assertThat(new GapQuery(layout, "kis").gaps(LocalDate.of(2026, 7, 25))).isEmpty();
    }
}
