package io.stockobserver.batch.backup;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code backup/{YYYYMMDD}/manifest.partial.jsonl}: the file entries summarized so far, one JSON line each with the
 * source file's size and modification time. It is what makes the job resumable: a chunk's lines are forced before
 * its checkpoint, a restarted step truncates to the checkpoint, and a new run after a killed one keeps every entry
 * whose file is unchanged (same size and mtime) and summarizes only the rest.
 */
public final class PartialManifest {
    static final String NAME = "manifest.partial.jsonl";
    private static final ObjectMapper JSON = new ObjectMapper();

    private PartialManifest() {}

    public static Path path(Path root, String dayToken) {
        return root.resolve("backup").resolve(dayToken).resolve(NAME);
    }

    /** One line: the entry plus {@code source_size} and {@code source_mtime_ms} of the file it describes. */
    public static String line(FileEntry e, long sourceSize, long sourceMtimeMillis) {
        ObjectNode n = Manifests.entry(e);
        n.put("source_size", sourceSize);
        n.put("source_mtime_ms", sourceMtimeMillis);
        return n.toString();
    }

    /** Entries by source path (the archive file, also for snapshots), with their source size and mtime. */
    public static Map<String, Stored> read(Path file) throws IOException {
        Map<String, Stored> out = new LinkedHashMap<>();
        if (!Files.exists(file)) {
            return out;
        }
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                continue;
            }
            Stored st;
            try {
                st = parse(line);
            } catch (IOException torn) {
                continue; // a torn last line of a killed run: that file is summarized again
            }
            out.put(st.source(), st);
        }
        return out;
    }

    /** One line back as an entry. */
    public static Stored parse(String line) throws IOException {
        JsonNode n = JSON.readTree(line);
        return new Stored(
                Manifests.entry(n),
                n.path("source_size").asLong(-1),
                n.path("source_mtime_ms").asLong(-1));
    }

    /** Cuts the file to {@code length} bytes, or to its last complete line when {@code length} is negative. */
    public static long truncate(Path file, long length) throws IOException {
        if (!Files.exists(file)) {
            return 0;
        }
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE, StandardOpenOption.READ)) {
            long keep = length >= 0 ? Math.min(length, ch.size()) : lastNewline(ch) + 1;
            ch.truncate(keep);
            ch.force(true);
            return keep;
        }
    }

    /** Appends lines and forces them; returns the new length. */
    public static long append(Path file, List<String> lines) throws IOException {
        Files.createDirectories(file.getParent());
        try (FileChannel ch = FileChannel.open(
                file, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.APPEND)) {
            StringBuilder b = new StringBuilder();
            for (String l : lines) {
                b.append(l).append('\n');
            }
            ByteBuffer buf = ByteBuffer.wrap(b.toString().getBytes(StandardCharsets.UTF_8));
            while (buf.hasRemaining()) {
                ch.write(buf);
            }
            ch.force(true);
            return ch.size();
        }
    }

    private static long lastNewline(FileChannel ch) throws IOException {
        long pos = ch.size() - 1;
        ByteBuffer one = ByteBuffer.allocate(1);
        while (pos >= 0) {
            one.clear();
            ch.read(one, pos);
            if (one.get(0) == '\n') {
                return pos;
            }
            pos--;
        }
        return -1;
    }

    /** An entry from an earlier run and the state of its source file then. */
    public record Stored(FileEntry entry, long sourceSize, long sourceMtimeMillis) {
        /** The archive file the entry describes (for a snapshot, the file it copies). */
        public String source() {
            return entry.snapshotOf() != null ? entry.snapshotOf() : entry.path();
        }
    }
}
