package io.stockobserver.batch.backup;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BackupPackagerTest {
    static final LocalDate DAY = LocalDate.of(2026, 7, 24);
    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path root;

    final List<String> events = new ArrayList<>();
    final Set<String> open = new java.util.HashSet<>();
    ArchiveAccess access;

    @BeforeEach
    void archive() throws Exception {
        access = new ArchiveAccess() {
            public Path root() {
                return root;
            }

            public LocalDate today() {
                return DAY;
            }

            public boolean isOpen(String relativePath) {
                return open.contains(relativePath);
            }

            public void flush() {}

            public void event(String type, Map<String, ?> fields) {
                events.add(type + " " + fields);
            }
        };
        write(
                "swing/kis/kr_stocks/20260724/10_00.jsonl",
                "{\"event_time\":\"2026-07-24T01:00:02.000000Z\",\"symbol\":\"005930\"}\n"
                        + "{\"event_time\":\"2026-07-24T01:00:01.000000Z\",\"symbol\":\"000660\"}\n");
        write("scalp/kis/kr_stocks/20260724/10_00_00.jsonl", "{\"event_time\":\"2026-07-24T01:00:00.500000Z\"}\n");
        write(
                "raw/kis/20260724/10_00_00.raw",
                "{\"receive_time\":\"2026-07-24T01:00:00.100000Z\",\"payload\":\"x\"}\n");
        write(
                "system/events/kis/20260724.jsonl",
                "{\"event_type\":\"gap_marker\",\"gap_start_ts\":\"2026-07-24T01:10:00.000000Z\","
                        + "\"gap_end_ts\":\"2026-07-24T01:10:09.000000Z\",\"gap_seconds\":9,\"scope\":\"scalp\","
                        + "\"reason\":\"ws_disconnect\",\"event_time\":\"2026-07-24T01:10:09.000000Z\"}\n"
                        + "{\"event_type\":\"day_marked_anomalous\",\"reason\":\"ws_outage_over_pause\","
                        + "\"event_time\":\"2026-07-24T02:00:00.000000Z\"}\n");
        write("system/overflow/kis/20260724_overflow.jsonl", "{\"timestamp\":\"2026-07-24T01:00:05.000000Z\"}\n");
        write("universe/kis/kr_stocks/20260724.json", "{\"day\":\"2026-07-24\",\"members\":[]}");
        write("quarantine/scalp/kis/kr_stocks/20260724/10_00_00.jsonl.1753318800000.torn", "{\"event_ti");
        // not the day's
        write("swing/kis/kr_stocks/20260723/10_00.jsonl", "{}\n");
        write("system/state/heartbeat.json", "{}");
        write("backup/20260723/manifest.json", "{}");
    }

    void write(String rel, String text) throws Exception {
        Path p = root.resolve(rel);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text, StandardCharsets.UTF_8);
    }

    ObjectNode packageDay() throws Exception {
        BackupPackager packager = new BackupPackager(access);
        List<String> lines = new ArrayList<>();
        for (String rel : DayFiles.list(root, DAY)) {
            lines.add(packager.summarize(DAY, rel));
        }
        PartialManifest.append(PartialManifest.path(root, "20260724"), lines);
        return packager.assemble(DAY);
    }

    static String sha(byte[] b) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b));
    }

    @Test
    void shouldListEveryFileOfTheDayWithItsChecksumRecordsAndTimes() throws Exception {
        ObjectNode m = packageDay();
        List<String> paths = new ArrayList<>();
        m.get("files").forEach(f -> paths.add(f.get("path").asText()));
        assertThat(paths)
                .containsExactly(
                        "quarantine/scalp/kis/kr_stocks/20260724/10_00_00.jsonl.1753318800000.torn",
                        "raw/kis/20260724/10_00_00.raw",
                        "scalp/kis/kr_stocks/20260724/10_00_00.jsonl",
                        "swing/kis/kr_stocks/20260724/10_00.jsonl",
                        "system/events/kis/20260724.jsonl",
                        "system/overflow/kis/20260724_overflow.jsonl",
                        "universe/kis/kr_stocks/20260724.json");
        for (JsonNode f : m.get("files")) {
            byte[] bytes = Files.readAllBytes(root.resolve(f.get("path").asText()));
            assertThat(f.get("sha256").asText()).isEqualTo(sha(bytes));
            assertThat(f.get("size").asLong()).isEqualTo(bytes.length);
        }
        JsonNode swing = m.get("files").get(3);
        assertThat(swing.get("records").asLong()).isEqualTo(2);
        assertThat(swing.get("first_event_time").asText()).isEqualTo("2026-07-24T01:00:01.000000Z");
        assertThat(swing.get("last_event_time").asText()).isEqualTo("2026-07-24T01:00:02.000000Z");
        assertThat(m.get("files").get(0).get("records").asLong()).isZero(); // a torn tail is no record
        assertThat(m.get("files").get(6).get("records").asLong()).isEqualTo(1);
        assertThat(m.get("gap_count").asInt()).isEqualTo(1);
        assertThat(m.get("gap_seconds").asLong()).isEqualTo(9);
        assertThat(m.at("/anomaly/anomalous").asBoolean()).isTrue();
        assertThat(m.at("/anomaly/reasons/0").asText()).isEqualTo("ws_outage_over_pause");
        assertThat(Files.exists(PartialManifest.path(root, "20260724"))).isFalse();
    }

    @Test
    void shouldCarryAHashAClientCanRecomputeAndGiveTheSameBytesWhenRunAgain() throws Exception {
        packageDay();
        byte[] first = Files.readAllBytes(BackupPackager.dir(root, DAY).resolve("manifest.json"));
        packageDay();
        byte[] second = Files.readAllBytes(BackupPackager.dir(root, DAY).resolve("manifest.json"));
        assertThat(second).isEqualTo(first);

        ObjectNode parsed = (ObjectNode) JSON.readTree(first);
        String hash = parsed.remove(Manifests.HASH_FIELD).asText();
        assertThat(sha(JSON.writeValueAsBytes(parsed))).isEqualTo(hash);
    }

    @Test
    void shouldPackageAnImmutableSnapshotOfAFileTheWriterStillAppendsTo() throws Exception {
        write(
                "system/events/kis/20260724.jsonl",
                "{\"event_type\":\"x\",\"event_time\":\"2026-07-24T03:00:00Z\"}\n{\"ev");
        open.add("system/events/kis/20260724.jsonl");
        ObjectNode m = packageDay();
        JsonNode snap = null;
        for (JsonNode f : m.get("files")) {
            if (f.has("snapshot_of")) {
                snap = f;
            }
        }
        assertThat(snap).isNotNull();
        assertThat(snap.get("snapshot_of").asText()).isEqualTo("system/events/kis/20260724.jsonl");
        assertThat(snap.get("path").asText()).isEqualTo("backup/20260724/snapshot/system/events/kis/20260724.jsonl");
        byte[] copy = Files.readAllBytes(root.resolve(snap.get("path").asText()));
        assertThat(new String(copy, StandardCharsets.UTF_8)).endsWith("}\n"); // complete lines only
        assertThat(snap.get("records").asLong()).isEqualTo(1);
        assertThat(snap.get("sha256").asText()).isEqualTo(sha(copy));
    }

    @Test
    void shouldKeepUnchangedEntriesOfAKilledRunAndDropItsTornLastLine() throws Exception {
        BackupPackager packager = new BackupPackager(access);
        Path partial = PartialManifest.path(root, "20260724");
        String line = packager.summarize(DAY, "raw/kis/20260724/10_00_00.raw");
        Files.createDirectories(partial.getParent());
        Files.writeString(partial, line + "\n{\"path\":\"swing/kis/kr_st");
        assertThat(PartialManifest.truncate(partial, -1)).isEqualTo(line.length() + 1);
        assertThat(PartialManifest.read(partial)).containsOnlyKeys("raw/kis/20260724/10_00_00.raw");
        ObjectNode m = packager.assemble(DAY); // summarizes what the killed run had not reached
        assertThat(m.get("file_count").asInt()).isEqualTo(7);
    }

    @Test
    void shouldNotFollowSymbolicLinksOutOfTheArchive() throws Exception {
        Path outside = Files.createTempFile("secret", ".txt");
        Files.createSymbolicLink(root.resolve("swing/kis/kr_stocks/20260724/11_00.jsonl"), outside);
        assertThat(DayFiles.list(root, DAY)).doesNotContain("swing/kis/kr_stocks/20260724/11_00.jsonl");
        Files.delete(root.resolve("swing/kis/kr_stocks/20260724/11_00.jsonl"));
        Files.delete(outside);
    }
}
