package io.stockobserver.console.backup;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A day's manifest whose {@code manifest_sha256} has been recomputed and matched, and whose file list has been
 * checked: paths safe, sizes and hashes well-formed, {@code file_count} and {@code total_bytes} consistent. Only a
 * manifest that passes is ever written to disk or acted on.
 *
 * <p>The hash recipe is the server's (batch-jobs {@code Manifests.hash}): parse keeping field order, remove
 * {@code manifest_sha256}, serialize compactly with Jackson's defaults, SHA-256 over the UTF-8 bytes.
 */
public final class BackupManifest {
    public static final String HASH_FIELD = "manifest_sha256";
    // Duplicate keys would make "the manifest" ambiguous, so they are refused rather than silently merged.
    private static final ObjectMapper STRICT = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();
    private static final ObjectMapper COMPACT = new ObjectMapper();
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    private final byte[] raw;
    private final LocalDate day;
    private final String sha256;
    private final List<ManifestFile> files;
    private final long totalBytes;
    private final int gapCount;
    private final boolean anomalous;

    private BackupManifest(
            byte[] raw,
            LocalDate day,
            String sha256,
            List<ManifestFile> files,
            long totalBytes,
            int gapCount,
            boolean anomalous) {
        this.raw = raw;
        this.day = day;
        this.sha256 = sha256;
        this.files = List.copyOf(files);
        this.totalBytes = totalBytes;
        this.gapCount = gapCount;
        this.anomalous = anomalous;
    }

    /**
     * Parses and checks the manifest the server sent for {@code expectedDay}.
     *
     * @throws ManifestRejectedException naming what is wrong
     */
    public static BackupManifest verify(byte[] raw, LocalDate expectedDay) throws ManifestRejectedException {
        ObjectNode m = parse(raw);
        JsonNode stated = m.get(HASH_FIELD);
        if (stated == null || !stated.isTextual()) {
            throw new ManifestRejectedException("the manifest has no " + HASH_FIELD);
        }
        String computed = hash(m);
        if (!computed.equals(stated.asText())) {
            throw new ManifestRejectedException(HASH_FIELD + " " + stated.asText()
                    + " does not match the manifest's content (SHA-256 " + computed + ")");
        }
        String token = BackupFolders.token(expectedDay);
        if (!token.equals(m.path("day").asText())) {
            throw new ManifestRejectedException(
                    "the manifest is for day '" + m.path("day").asText() + "', not " + token);
        }
        List<ManifestFile> files = files(m);
        long total = files.stream().mapToLong(ManifestFile::size).sum();
        if (m.path("file_count").asLong(-1) != files.size()
                || m.path("total_bytes").asLong(-1) != total) {
            throw new ManifestRejectedException(
                    "file_count/total_bytes do not match the " + files.size() + " files (" + total + " bytes) listed");
        }
        int gaps =
                m.has("gap_count") ? m.get("gap_count").asInt() : m.path("gaps").size();
        boolean anomalous = m.path("anomaly").path("anomalous").asBoolean(false);
        return new BackupManifest(raw.clone(), expectedDay, computed, files, total, gaps, anomalous);
    }

    /** SHA-256 (hex) of the compact JSON of {@code manifest} without {@value #HASH_FIELD}, fields in order. */
    public static String hash(ObjectNode manifest) {
        ObjectNode copy = manifest.deepCopy();
        copy.remove(HASH_FIELD);
        try {
            return FileDigests.sha256(COMPACT.writeValueAsString(copy).getBytes(StandardCharsets.UTF_8));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("serializing a parsed tree in memory cannot fail", e);
        }
    }

    private static ObjectNode parse(byte[] raw) throws ManifestRejectedException {
        JsonNode tree;
        try {
            tree = STRICT.readTree(raw);
        } catch (JsonProcessingException e) {
            throw new ManifestRejectedException("the manifest is not valid JSON: " + e.getOriginalMessage());
        } catch (IOException e) { // reading from memory: only here to satisfy the signature
            throw new ManifestRejectedException("the manifest could not be read: " + e.getMessage());
        }
        if (!(tree instanceof ObjectNode)) {
            throw new ManifestRejectedException("the manifest is not a JSON object");
        }
        return (ObjectNode) tree;
    }

    private static List<ManifestFile> files(ObjectNode m) throws ManifestRejectedException {
        JsonNode list = m.get("files");
        if (list == null || !list.isArray()) {
            throw new ManifestRejectedException("the manifest has no files array");
        }
        List<ManifestFile> files = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (JsonNode f : list) {
            ManifestFile file = file(f);
            if (!seen.add(file.path())) {
                throw new ManifestRejectedException("the manifest lists '" + file.path() + "' twice");
            }
            files.add(file);
        }
        return files;
    }

    private static ManifestFile file(JsonNode f) throws ManifestRejectedException {
        JsonNode path = f.get("path");
        JsonNode size = f.get("size");
        JsonNode sha = f.get("sha256");
        if (path == null || !path.isTextual()) {
            throw new ManifestRejectedException("a manifest file entry has no path: " + f);
        }
        String p = path.asText();
        String unsafe = ManifestPaths.unsafeReason(p);
        if (unsafe != null) {
            throw new ManifestRejectedException(
                    "unsafe file path '" + ManifestPaths.printable(p) + "' (" + unsafe + ")");
        }
        if (size == null || !size.isIntegralNumber() || !size.canConvertToLong() || size.asLong() < 0) {
            throw new ManifestRejectedException("'" + p + "' has no valid size");
        }
        if (sha == null || !sha.isTextual() || !SHA256.matcher(sha.asText()).matches()) {
            throw new ManifestRejectedException("'" + p + "' has no valid sha256");
        }
        return new ManifestFile(p, size.asLong(), sha.asText());
    }

    /** The bytes exactly as the server sent them (what is written to {@code manifest.json}). */
    byte[] raw() {
        return raw.clone();
    }

    public LocalDate day() {
        return day;
    }

    /** The verified {@code manifest_sha256}: what the acknowledgement must name. */
    public String sha256() {
        return sha256;
    }

    /** The files, in the manifest's order (sorted by path). */
    public List<ManifestFile> files() {
        return files;
    }

    public long totalBytes() {
        return totalBytes;
    }

    public int gapCount() {
        return gapCount;
    }

    public boolean anomalous() {
        return anomalous;
    }
}
