package io.stockobserver.batch.etl;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The failed-lines file of one {@code etl-day} job instance, {@code etl/failed-lines/etl-day-{instance}.jsonl}
 * under the archive root: one JSON line per skipped archive line with where it is, why it was skipped and its text
 * (cut at 64 KiB). A restarted execution of the same instance appends to the same file; a line skipped again (its
 * chunk was rolled back and read again) stays listed once.
 */
public final class FailedLines {
    static final int MAX_TEXT = 64 * 1024;
    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * Per file, the lines it lists (source and archive_ref), read from the file the first time it is appended to in
     * this process: a chunk that was rolled back (a kill, a failed write) is read again on restart and skips the same
     * lines again, and each must stay listed once — as the count in {@link LineCounts}, which commits with its chunk.
     */
    private static final Map<Path, java.util.Set<String>> LISTED = new java.util.HashMap<>();

    private FailedLines() {}

    public static Path path(Path root, long instanceId) {
        return root.resolve("etl/failed-lines/etl-day-" + instanceId + ".jsonl");
    }

    /** Appends one entry and forces it. */
    public static synchronized void append(Path file, String source, ArchiveLine line, String reason)
            throws IOException {
        java.util.Set<String> listed = LISTED.computeIfAbsent(file, FailedLines::readListed);
        if (!listed.add(source + "|" + line.ref())) {
            return; // listed by an earlier reading of the same chunk
        }
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("source", source);
        e.put("archive_ref", line.ref());
        e.put("offset", line.offset());
        e.put("reason", reason);
        String text = line.text();
        e.put("text", text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT) : text);
        e.put("truncated", text.length() > MAX_TEXT);
        Files.createDirectories(file.getParent());
        byte[] b = (JSON.writeValueAsString(e) + "\n").getBytes(StandardCharsets.UTF_8);
        try (FileChannel ch = FileChannel.open(
                file, StandardOpenOption.CREATE, StandardOpenOption.APPEND, StandardOpenOption.WRITE)) {
            ByteBuffer buf = ByteBuffer.wrap(b);
            while (buf.hasRemaining()) {
                ch.write(buf);
            }
            ch.force(false);
        }
    }

    private static java.util.Set<String> readListed(Path file) {
        java.util.Set<String> out = new java.util.HashSet<>();
        if (!Files.isRegularFile(file)) {
            return out;
        }
        try {
            for (String l : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                try {
                    var n = JSON.readTree(l);
                    out.add(n.path("source").asText() + "|"
                            + n.path("archive_ref").asText());
                } catch (IOException torn) {
                    // a line torn by a crash while it was written: its entry is written again
                }
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("cannot read the failed-lines file " + file, e);
        }
        return out;
    }
}
