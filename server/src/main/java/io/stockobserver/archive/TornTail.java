package io.stockobserver.archive;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.Optional;

/**
 * Finds and quarantines the torn tail of one line-oriented archive file: the bytes after its last {@code '\n'}
 * (the whole file when it has none), left by a crash in the middle of a write. Used by start-up repair and by the
 * writer before it appends to an existing file, so a torn line never ends up in the middle of a file.
 *
 * <p>Order matters: the tail is first copied to quarantine and made durable, only then cut from the original, so a
 * crash at any point loses nothing (at worst the same tail is quarantined twice).
 */
final class TornTail {

    private static final int SCAN_CHUNK = 8192;

    private TornTail() {}

    /** Quarantines the torn tail of {@code relative} if it has one; an empty file or one ending in '\n' is left. */
    static Optional<RepairedFile> repair(ArchiveLayout layout, Path relative, Instant now) throws IOException {
        Path file = layout.resolve(relative);
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            long size = channel.size();
            if (size == 0 || lastByte(channel, size) == '\n') {
                return Optional.empty();
            }
            long tailStart = endOfLastLine(channel, size);
            Path quarantine = layout.quarantineFile(relative, now);
            copyToNewFile(channel, tailStart, size, layout.resolve(quarantine));
            channel.truncate(tailStart);
            // force(true): the new, shorter size is metadata, and the truncation must survive a crash.
            channel.force(true);
            return Optional.of(new RepairedFile(relative, quarantine, size - tailStart));
        }
    }

    private static byte lastByte(FileChannel channel, long size) throws IOException {
        ByteBuffer one = ByteBuffer.allocate(1);
        readFully(channel, one, size - 1);
        return one.get(0);
    }

    /** The offset just after the last '\n' before {@code size}, or 0 when there is none. */
    private static long endOfLastLine(FileChannel channel, long size) throws IOException {
        ByteBuffer chunk = ByteBuffer.allocate(SCAN_CHUNK);
        long end = size;
        while (end > 0) {
            long start = Math.max(0, end - SCAN_CHUNK);
            chunk.clear().limit((int) (end - start));
            readFully(channel, chunk, start);
            for (int i = chunk.limit() - 1; i >= 0; i--) {
                if (chunk.get(i) == '\n') {
                    return start + i + 1;
                }
            }
            end = start;
        }
        return 0;
    }

    private static void readFully(FileChannel channel, ByteBuffer buffer, long position) throws IOException {
        long at = position;
        while (buffer.hasRemaining()) {
            int read = channel.read(buffer, at);
            if (read < 0) {
                throw new IOException("file shrank while being read at offset " + at);
            }
            at += read;
        }
        buffer.flip();
    }

    private static void copyToNewFile(FileChannel source, long from, long to, Path target) throws IOException {
        DurableFiles.createDirectories(target.getParent());
        try (FileChannel out = FileChannel.open(target, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            long at = from;
            while (at < to) {
                long copied = source.transferTo(at, to - at, out);
                if (copied <= 0) {
                    throw new IOException("torn tail shrank while being quarantined, at offset " + at);
                }
                at += copied;
            }
            out.force(true);
        }
        DurableFiles.fsyncDirectory(target.getParent());
    }
}
