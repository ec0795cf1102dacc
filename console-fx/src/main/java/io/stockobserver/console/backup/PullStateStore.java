package io.stockobserver.console.backup;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.logging.Logger;

/**
 * The last pull result per server and day, kept in {@code {root}/pull-state.json} across restarts: every change is
 * written to a temporary file, forced and moved over the old one, so a crash leaves the old or the new state, never
 * half of one. It is what the console's table shows and what the scheduler asks to skip acknowledged days.
 *
 * <p>Design note: an unreadable state file is moved aside ({@code pull-state.json.unreadable-…}) and the store starts
 * empty rather than keeping the console from starting — losing it only means days are pulled again, which finds
 * their files already verified and acknowledges them once more.
 */
public final class PullStateStore {
    /** Format tag of the state file. */
    public static final String FORMAT = "stock-observer-pull-state/1";

    private static final Logger LOG = Logger.getLogger(PullStateStore.class.getName());
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Comparator<Key> NEWEST_FIRST =
            Comparator.comparing(Key::day).reversed().thenComparing(Key::server);

    private record Key(String server, LocalDate day) {}

    private final Path file;
    private final Map<Key, PullResult> results = new HashMap<>();

    /** Opens the store at {@code file}, loading what an earlier run saved there. */
    public PullStateStore(Path file) throws IOException {
        this.file = Objects.requireNonNull(file, "file").toAbsolutePath();
        load();
    }

    public Path file() {
        return file;
    }

    /** Saves {@code result} as the latest for its server and day; on disk before this returns. */
    public synchronized void record(PullResult result) throws IOException {
        Map<Key, PullResult> next = new HashMap<>(results);
        next.put(new Key(result.server(), result.day()), result);
        DurableFiles.replaceAtomically(file, serialize(next));
        results.put(new Key(result.server(), result.day()), result); // memory follows the disk, not the reverse
    }

    /** The latest result of {@code server} for {@code day}. */
    public synchronized Optional<PullResult> result(String server, LocalDate day) {
        return Optional.ofNullable(results.get(new Key(server, day)));
    }

    /** For the console's table: per day, newest first, the latest result of each server (sorted by name). */
    public synchronized NavigableMap<LocalDate, SortedMap<String, PullResult>> results() {
        NavigableMap<LocalDate, SortedMap<String, PullResult>> table = new TreeMap<>(Comparator.reverseOrder());
        results.forEach((key, r) ->
                table.computeIfAbsent(key.day(), d -> new TreeMap<>()).put(key.server(), r));
        table.replaceAll((day, row) -> Collections.unmodifiableSortedMap(row));
        return Collections.unmodifiableNavigableMap(table);
    }

    private void load() throws IOException {
        if (!Files.exists(file)) {
            return;
        }
        try {
            JsonNode root = JSON.readTree(Files.readAllBytes(file));
            if (root == null || !FORMAT.equals(root.path("format").asText())) {
                throw new IllegalArgumentException("format is not " + FORMAT);
            }
            for (JsonNode n : root.path("results")) {
                PullResult r = fromJson(n);
                results.put(new Key(r.server(), r.day()), r);
            }
        } catch (JsonProcessingException | IllegalArgumentException | DateTimeException e) {
            results.clear();
            Path aside = file.resolveSibling(file.getFileName() + ".unreadable-" + System.currentTimeMillis());
            Files.move(file, aside, StandardCopyOption.ATOMIC_MOVE);
            LOG.warning("pull state " + file + " is unreadable (" + e.getMessage() + "); moved to " + aside
                    + ", starting empty: days are pulled and acknowledged again");
        }
    }

    private static byte[] serialize(Map<Key, PullResult> all) throws JsonProcessingException {
        ObjectNode root = JSON.createObjectNode();
        root.put("format", FORMAT);
        ArrayNode list = root.putArray("results");
        List<Key> keys = all.keySet().stream().sorted(NEWEST_FIRST).toList();
        for (Key k : keys) {
            list.add(toJson(all.get(k)));
        }
        return JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(root);
    }

    private static ObjectNode toJson(PullResult r) {
        ObjectNode n = JSON.createObjectNode();
        n.put("server", r.server());
        n.put("day", BackupFolders.token(r.day()));
        n.put("state", r.state().name());
        n.put("files_verified", r.filesVerified());
        n.put("file_count", r.fileCount());
        n.put("total_bytes", r.totalBytes());
        n.put("downloaded_bytes", r.downloadedBytes());
        n.put("gap_count", r.gapCount());
        n.put("anomalous", r.anomalous());
        n.put("manifest_sha256", r.manifestSha256());
        n.put("finished_at", r.finishedAt().toString());
        n.put("error", r.error());
        return n;
    }

    private static PullResult fromJson(JsonNode n) {
        return new PullResult(
                text(n, "server"),
                LocalDate.parse(text(n, "day"), DateTimeFormatter.BASIC_ISO_DATE),
                PullState.valueOf(text(n, "state")),
                n.path("files_verified").asInt(),
                n.path("file_count").asInt(),
                n.path("total_bytes").asLong(),
                n.path("downloaded_bytes").asLong(),
                n.path("gap_count").asInt(),
                n.path("anomalous").asBoolean(),
                n.hasNonNull("manifest_sha256") ? n.get("manifest_sha256").asText() : null,
                Instant.parse(text(n, "finished_at")),
                n.hasNonNull("error") ? n.get("error").asText() : null);
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        if (v == null || !v.isTextual()) {
            throw new IllegalArgumentException("an entry has no " + field);
        }
        return v.asText();
    }
}
