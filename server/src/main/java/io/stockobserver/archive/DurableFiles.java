package io.stockobserver.archive;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;

/**
 * The one durable-write recipe of the archive (after Aeron/Artio): write, {@code force()}, fsync the directory when
 * an entry is created in it, and write-temp-then-atomic-rename where a whole file is replaced. A file or directory
 * created without fsyncing its parent can vanish in a power cut even though its data was forced.
 */
public final class DurableFiles {

    /**
     * Windows cannot open a directory as a channel (and NTFS journals directory entries itself), so directory fsync
     * is skipped there; everywhere else a failure to fsync a directory is a real failure and is thrown.
     */
    private static final boolean DIRECTORY_FSYNC_SUPPORTED =
            !System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows");

    private DurableFiles() {}

    /** Creates {@code dir} and any missing parents, fsyncing the parent of every directory it creates. */
    static void createDirectories(Path dir) throws IOException {
        if (Files.isDirectory(dir)) {
            return;
        }
        Deque<Path> missing = new ArrayDeque<>();
        for (Path p = dir; p != null && !Files.exists(p); p = p.getParent()) {
            missing.push(p);
        }
        for (Path created : missing) {
            Files.createDirectories(created);
            Path parent = created.getParent();
            if (parent != null) {
                fsyncDirectory(parent);
            }
        }
    }

    /** Makes the entries of {@code dir} (created, renamed or removed files) durable. */
    static void fsyncDirectory(Path dir) throws IOException {
        if (!DIRECTORY_FSYNC_SUPPORTED) {
            return;
        }
        try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
            channel.force(true);
        }
    }

    /** Writes all of {@code buffer}: a channel write may be partial. */
    static void writeFully(FileChannel channel, ByteBuffer buffer) throws IOException {
        while (buffer.hasRemaining()) {
            channel.write(buffer);
        }
    }

    /**
     * Replaces {@code target} with {@code content} so that a reader (or a crash) sees either the old or the new file,
     * never a mix: write a temporary file beside it, force it, rename it over the target atomically, fsync the
     * directory.
     */
    public static void replaceAtomically(Path target, byte[] content) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        createDirectories(dir);
        Path temp = dir.resolve(target.getFileName() + ".tmp");
        try (FileChannel channel = FileChannel.open(
                temp, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE)) {
            writeFully(channel, ByteBuffer.wrap(content));
            channel.force(true);
        }
        Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        fsyncDirectory(dir);
    }
}
