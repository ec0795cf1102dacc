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
 * (cut at 64 KiB). A restarted execution of the same instance appends to the same file.
 */
public final class FailedLines {
    static final int MAX_TEXT = 64 * 1024;
    private static final ObjectMapper JSON = new ObjectMapper();

    private FailedLines() {}

    public static Path path(Path root, long instanceId) {
        return root.resolve("etl/failed-lines/etl-day-" + instanceId + ".jsonl");
    }

    /** Appends one entry and forces it. */
    public static synchronized void append(Path file, String source, ArchiveLine line, String reason)
            throws IOException {
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
}
