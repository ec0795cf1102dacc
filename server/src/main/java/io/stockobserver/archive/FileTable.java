package io.stockobserver.archive;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * The writer thread's table of archive files: which are open, which this process has closed for good (sealed), and
 * where a record for a sealed file goes instead ({@code {stem}.late-{n}{ext}} beside it). Opening follows the
 * durable recipe: create missing directories durably, quarantine a torn tail of an existing file, open
 * CREATE+APPEND+WRITE, and fsync the directory when the file is new.
 *
 * <p>Only the writer thread calls it, except {@link #openPaths()}, a concurrent view for monitoring.
 */
final class FileTable {

    private final ArchiveLayout layout;
    private final Consumer<RepairedFile> onTornTail;
    private final Map<Path, OpenFile> open = new HashMap<>();
    private final Set<Path> openView = ConcurrentHashMap.newKeySet();
    private final Set<Path> sealed = new HashSet<>();
    private final Map<Path, Integer> lateIndex = new HashMap<>();
    private boolean superseded;

    FileTable(ArchiveLayout layout, Consumer<RepairedFile> onTornTail) {
        this.layout = layout;
        this.onTornTail = onTornTail;
    }

    OpenFile get(Path relative) {
        return open.get(relative);
    }

    boolean isSealed(Path relative) {
        return sealed.contains(relative);
    }

    Collection<OpenFile> all() {
        return open.values();
    }

    List<Path> openPaths() {
        return List.copyOf(openView);
    }

    /** Whether a file was superseded since the last call: the writer then checks its close rules promptly. */
    boolean takeSupersededFlag() {
        boolean was = superseded;
        superseded = false;
        return was;
    }

    /**
     * The late file that takes records for sealed {@code closed}: the current one while it is not sealed itself,
     * else the next index. An existing late file from an earlier run is appended to, like any unsealed file.
     */
    Path lateTargetFor(Path closed) {
        int n = lateIndex.getOrDefault(closed, 1);
        Path candidate = lateName(closed, n);
        while (sealed.contains(candidate)) {
            candidate = lateName(closed, ++n);
        }
        lateIndex.put(closed, n);
        return candidate;
    }

    private static Path lateName(Path closed, int n) {
        String name = closed.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String lateName = dot <= 0 ? name + ".late-" + n : name.substring(0, dot) + ".late-" + n + name.substring(dot);
        return closed.resolveSibling(lateName);
    }

    /** Opens {@code relative} for appending; opening a later segment marks earlier ones of its directory as rolled. */
    OpenFile open(Path relative, boolean late, long nowNanos, Instant now) throws IOException {
        Path file = layout.resolve(relative);
        Path dir = file.getParent();
        DurableFiles.createDirectories(dir);
        boolean existed = Files.exists(file, LinkOption.NOFOLLOW_LINKS);
        if (existed) {
            TornTail.repair(layout, relative, now).ifPresent(onTornTail);
        }
        FileChannel channel =
                FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.APPEND, StandardOpenOption.WRITE);
        long size;
        try {
            if (!existed) {
                DurableFiles.fsyncDirectory(dir);
            }
            size = channel.size();
        } catch (IOException e) {
            closeQuietly(channel, e);
            throw e;
        }
        OpenFile opened = new OpenFile(relative, channel, size, late, nowNanos);
        markRolled(opened);
        open.put(relative, opened);
        openView.add(relative);
        return opened;
    }

    /**
     * Applies "a newer segment was opened" within the directory of {@code opened}. Names in a directory are time-based
     * ({@code HH_MM_SS}, {@code HH_00}, {@code YYYYMMDD}), so name order is segment order: open files that sort before
     * it are rolled, and so is {@code opened} itself if it sorts before one already open (an earlier segment reopened
     * by a slow producer must not roll the current one). A late file rolls nothing and is rolled only by a segment
     * opened after it: it exists because a later segment is open, and several late records should share it.
     */
    private void markRolled(OpenFile opened) {
        String name = opened.relative.getFileName().toString();
        for (OpenFile other : open.values()) {
            if (!other.directory.equals(opened.directory)) {
                continue;
            }
            int order = other.relative.getFileName().toString().compareTo(name);
            if (order < 0 && !opened.late) {
                other.superseded = true;
                superseded = true;
            } else if (order > 0 && !opened.late) {
                opened.superseded = true;
                superseded = true;
            }
        }
    }

    /** Forgets a file whose channel has been closed; a sealed file never takes another record from this process. */
    void remove(OpenFile file, boolean seal) {
        open.remove(file.relative);
        openView.remove(file.relative);
        if (seal) {
            sealed.add(file.relative);
        }
    }

    private static void closeQuietly(FileChannel channel, IOException primary) {
        try {
            channel.close();
        } catch (IOException e) {
            primary.addSuppressed(e);
        }
    }
}
