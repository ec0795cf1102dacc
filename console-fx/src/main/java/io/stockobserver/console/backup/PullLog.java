package io.stockobserver.console.backup;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;

/**
 * The pull log of one server, {@code {root}/{server}/pull-log.jsonl}: one JSON object per line and step
 * ({@code pull_started}, {@code manifest_verified}, {@code file_resumed}, {@code file_restarted},
 * {@code file_verified}, {@code file_mismatch}, {@code file_failed}, {@code ack_sent}, {@code ack_refused},
 * {@code pull_finished}, {@code listing_failed}), each with {@code time} (UTC, ISO-8601), {@code event} and
 * {@code day}. Callers pass facts only — paths, sizes, hashes, reasons; never a credential.
 */
public final class PullLog {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path file;
    private final Clock clock;

    public PullLog(Path file, Clock clock) {
        this.file = Objects.requireNonNull(file, "file");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public Path file() {
        return file;
    }

    /**
     * Appends one line.
     *
     * @param day the day it is about, or null for a step about the server (a failed listing)
     * @param fields strings, numbers and booleans; other values are written as their {@code toString()}, nulls
     *     are left out
     */
    public synchronized void append(String event, LocalDate day, Map<String, ?> fields) throws IOException {
        ObjectNode line = JSON.createObjectNode();
        line.put("time", clock.instant().toString());
        line.put("event", event);
        if (day != null) {
            line.put("day", BackupFolders.token(day));
        }
        fields.forEach((name, value) -> put(line, name, value));
        Files.createDirectories(file.getParent());
        Files.write(
                file,
                (JSON.writeValueAsString(line) + "\n").getBytes(StandardCharsets.UTF_8),
                StandardOpenOption.CREATE,
                StandardOpenOption.APPEND);
    }

    private static void put(ObjectNode line, String name, Object value) {
        if (value instanceof Boolean b) {
            line.put(name, b);
        } else if (value instanceof Integer || value instanceof Long) {
            line.put(name, ((Number) value).longValue());
        } else if (value instanceof Number n) {
            line.put(name, n.doubleValue());
        } else if (value != null) {
            line.put(name, value.toString());
        }
    }
}
