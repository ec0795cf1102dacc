package io.stockobserver.archive;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.Optional;

/**
 * The process heartbeat behind {@code process_restart} gaps: {@code system/state/heartbeat.json} holds
 * {@code {"last_alive":"…Z","session_id":"…","clean_shutdown":false}}, rewritten atomically (temporary file, force,
 * atomic rename, directory fsync) on every {@link #beat}, so after a crash it says when the observer was last alive.
 * At start-up {@link #previousRun} turns the previous run's heartbeat into a {@link Downtime}.
 *
 * <p>The previous heartbeat is read once and remembered before this run first overwrites it, so the order of
 * {@code beat} and {@code previousRun} calls does not matter, and an unreadable one never stops this run's beats.
 * Calls are serialized; one instance per process.
 */
public final class LivenessJournal {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path file;
    private final String sessionId;
    private Optional<Heartbeat> previous;
    /** Why the previous heartbeat could not be read; reported by previousRun, never in the way of a beat. */
    private IOException previousUnreadable;

    /**
     * @param layout where the heartbeat lives ({@link ArchiveLayout#heartbeatFile()})
     * @param sessionId this run's {@code sess_YYYYMMDD_HHMMSS}
     */
    public LivenessJournal(ArchiveLayout layout, String sessionId) {
        this.file = layout.resolve(layout.heartbeatFile());
        if (!SessionIds.isValid(sessionId)) {
            throw new IllegalArgumentException("not a session id (sess_YYYYMMDD_HHMMSS): '" + sessionId + "'");
        }
        this.sessionId = sessionId;
    }

    /** Records that this run is alive at {@code now}. */
    public synchronized void beat(Instant now) throws IOException {
        write(now, false);
    }

    /** Records an orderly stop at {@code now}; the next start-up sees {@code cleanShutdown == true}. */
    public synchronized void markCleanShutdown(Instant now) throws IOException {
        write(now, true);
    }

    /**
     * The downtime since the previous run's last heartbeat, if there was a previous run.
     *
     * @throws CorruptHeartbeatException if the heartbeat file cannot be understood
     * @throws IOException if it could not be read
     */
    public synchronized Optional<Downtime> previousRun(Instant now) throws IOException {
        Objects.requireNonNull(now, "now");
        readPrevious();
        if (previousUnreadable != null) {
            throw previousUnreadable;
        }
        return previous.map(h -> new Downtime(h.lastAlive, now, h.cleanShutdown, h.sessionId));
    }

    private void write(Instant now, boolean cleanShutdown) throws IOException {
        readPrevious();
        StringBuilder json = new StringBuilder(128).append("{\"last_alive\":\"");
        json.append(UtcTimestamps.format(now)).append("\",\"session_id\":");
        JsonStrings.appendQuoted(json, sessionId).append(",\"clean_shutdown\":").append(cleanShutdown);
        json.append("}\n");
        DurableFiles.replaceAtomically(file, json.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** Reads the previous run's heartbeat once, before this run first overwrites it. */
    private void readPrevious() {
        if (previous != null || previousUnreadable != null) {
            return;
        }
        try {
            previous = read();
        } catch (IOException e) {
            previousUnreadable = e;
        }
    }

    private Optional<Heartbeat> read() throws IOException {
        String content;
        try {
            content = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException none) {
            return Optional.empty();
        }
        JsonNode node;
        try {
            node = JSON.readTree(content);
        } catch (JsonProcessingException e) {
            throw new CorruptHeartbeatException(file, content, e);
        }
        JsonNode lastAlive = node == null ? null : node.get("last_alive");
        JsonNode session = node == null ? null : node.get("session_id");
        JsonNode clean = node == null ? null : node.get("clean_shutdown");
        if (lastAlive == null
                || !lastAlive.isTextual()
                || session == null
                || !session.isTextual()
                || clean == null
                || !clean.isBoolean()) {
            throw new CorruptHeartbeatException(file, content, null);
        }
        try {
            Instant at = UtcTimestamps.parse(lastAlive.textValue());
            return Optional.of(new Heartbeat(at, session.textValue(), clean.booleanValue()));
        } catch (DateTimeParseException e) {
            throw new CorruptHeartbeatException(file, content, e);
        }
    }

    private record Heartbeat(Instant lastAlive, String sessionId, boolean cleanShutdown) {}
}
