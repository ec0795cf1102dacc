package io.stockobserver.batch.backup;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;

/**
 * The manifest of a day's backup package (docs/operations.md): fields in a fixed order, files sorted by path, no
 * timestamps of its own, so building it twice over the same files gives the same bytes. {@code manifest_sha256} is
 * the SHA-256 of the compact JSON of every other field in order — what a client recomputes (parse keeping field
 * order, remove {@code manifest_sha256}, serialize compactly) and sends back with its acknowledgement.
 */
public final class Manifests {
    public static final String FORMAT = "stock-observer-backup/1";
    public static final String HASH_FIELD = "manifest_sha256";
    private static final ObjectMapper JSON = new ObjectMapper();

    private Manifests() {}

    public static ObjectNode build(LocalDate day, List<FileEntry> files, DayEvidence evidence) {
        List<FileEntry> sorted = new ArrayList<>(files);
        sorted.sort(Comparator.comparing(FileEntry::path));
        ObjectNode m = JSON.createObjectNode();
        m.put("format", FORMAT);
        m.put("day", DayFiles.token(day));
        m.put("file_count", sorted.size());
        m.put("total_bytes", sorted.stream().mapToLong(FileEntry::size).sum());
        m.put("total_records", sorted.stream().mapToLong(FileEntry::records).sum());
        ArrayNode fs = m.putArray("files");
        for (FileEntry e : sorted) {
            fs.add(entry(e));
        }
        m.put("gap_count", evidence.gaps().size());
        m.put("gap_seconds", evidence.gapSeconds());
        ArrayNode gaps = m.putArray("gaps");
        evidence.gaps().forEach(gaps::add);
        ObjectNode anomaly = m.putObject("anomaly");
        anomaly.put("anomalous", !evidence.anomalyReasons().isEmpty());
        ArrayNode reasons = anomaly.putArray("reasons");
        evidence.anomalyReasons().forEach(reasons::add);
        m.put(HASH_FIELD, hash(m));
        return m;
    }

    /** SHA-256 (hex) of the compact JSON of {@code manifest} without {@value #HASH_FIELD}. */
    public static String hash(ObjectNode manifest) {
        ObjectNode copy = manifest.deepCopy();
        copy.remove(HASH_FIELD);
        try {
            byte[] bytes = JSON.writeValueAsString(copy).getBytes(StandardCharsets.UTF_8);
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("hashing a manifest in memory cannot fail", e);
        }
    }

    static ObjectNode entry(FileEntry e) {
        ObjectNode n = JSON.createObjectNode();
        n.put("path", e.path());
        n.put("size", e.size());
        n.put("sha256", e.sha256());
        n.put("records", e.records());
        if (e.firstEventTime() != null) {
            n.put("first_event_time", e.firstEventTime());
            n.put("last_event_time", e.lastEventTime());
        }
        if (e.snapshotOf() != null) {
            n.put("snapshot_of", e.snapshotOf());
        }
        return n;
    }

    static FileEntry entry(JsonNode n) {
        return new FileEntry(
                n.path("path").asText(),
                n.path("size").asLong(),
                n.path("sha256").asText(),
                n.path("records").asLong(),
                n.hasNonNull("first_event_time") ? n.get("first_event_time").asText() : null,
                n.hasNonNull("last_event_time") ? n.get("last_event_time").asText() : null,
                n.hasNonNull("snapshot_of") ? n.get("snapshot_of").asText() : null);
    }
}
