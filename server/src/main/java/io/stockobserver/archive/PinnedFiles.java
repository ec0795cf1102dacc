package io.stockobserver.archive;

import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Files whose line positions are handed out before they are written (the raw journal's current segment). A pinned
 * file is never closed by the writer's segment or idle rules, so no record meant for it lands in a {@code .late}
 * file; and once any write to it fails it is <em>broken</em>: later records for it are refused, because they would
 * otherwise land on lines other than the ones promised.
 *
 * <p>Design note: unpinning takes effect only when the writer has processed every entry queued before the unpin
 * call, so records already queued for the old segment still find it open.
 */
final class PinnedFiles {

    private final Set<Path> pinned = ConcurrentHashMap.newKeySet();
    private final Set<Path> broken = ConcurrentHashMap.newKeySet();
    private final Map<Path, Long> pendingUnpins = new ConcurrentHashMap<>();

    void pin(Path file) {
        pendingUnpins.remove(file);
        pinned.add(file);
    }

    /** Unpins {@code file} once the writer has processed queue sequence {@code sequence}. */
    void unpinAfter(Path file, long sequence) {
        pendingUnpins.put(file, sequence);
    }

    boolean isPinned(Path file) {
        return pinned.contains(file);
    }

    void markBroken(Path file) {
        broken.add(file);
    }

    boolean isBroken(Path file) {
        return broken.contains(file);
    }

    boolean hasPendingUnpins() {
        return !pendingUnpins.isEmpty();
    }

    /** Writer thread: applies every unpin whose entries have all been processed. */
    void applyUnpins(long processedSequence) {
        for (Map.Entry<Path, Long> unpin : pendingUnpins.entrySet()) {
            if (unpin.getValue() <= processedSequence && pendingUnpins.remove(unpin.getKey(), unpin.getValue())) {
                pinned.remove(unpin.getKey());
            }
        }
    }
}
