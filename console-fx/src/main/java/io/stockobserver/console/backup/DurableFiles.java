package io.stockobserver.console.backup;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * The durable-write recipe (write → {@code force()} → atomic rename → fsync the directory), so that what the
 * console acknowledges — and the server may then delete — is on the disk, not in a cache.
 *
 * <p>Design note: Windows cannot open a directory as a channel; NTFS journals the rename itself, so there the
 * directory sync is skipped rather than failed.
 */
final class DurableFiles {
    private static final boolean DIRECTORIES_CAN_BE_SYNCED = !System.getProperty("os.name", "")
            .toLowerCase(java.util.Locale.ROOT)
            .startsWith("windows");

    private DurableFiles() {}

    /** Flushes {@code file}'s content and metadata to the device. */
    static void force(Path file) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
            ch.force(true);
        }
    }

    /** Flushes {@code dir}'s entries (a new or renamed file) to the device where the platform allows it. */
    static void forceDirectory(Path dir) throws IOException {
        if (DIRECTORIES_CAN_BE_SYNCED) {
            try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
                ch.force(true);
            }
        }
    }

    /** Renames {@code from} to {@code to} atomically, replacing it, and syncs the directory. */
    static void moveAtomically(Path from, Path to) throws IOException {
        Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        forceDirectory(to.getParent());
    }

    /** Replaces {@code target} with {@code bytes}: readers see the old or the new content, never a mix. */
    static void replaceAtomically(Path target, byte[] bytes) throws IOException {
        Files.createDirectories(target.getParent());
        Path tmp = target.resolveSibling(target.getFileName() + ".tmp");
        try (FileChannel ch = FileChannel.open(
                tmp, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
            ByteBuffer buffer = ByteBuffer.wrap(bytes);
            while (buffer.hasRemaining()) {
                ch.write(buffer);
            }
            ch.force(true);
        }
        moveAtomically(tmp, target);
    }
}
