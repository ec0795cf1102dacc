package io.stockobserver.batch.etl;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Reads the complete lines of a list of archive files from a {@link LinePosition} on. A last line without its
 * {@code \n} (a file the writer is still appending to) is not read: the next load takes it once it is complete.
 * A file that vanished (retention) is passed over.
 */
public final class ArchiveLineCursor implements AutoCloseable {
    private static final int BUFFER = 1 << 18;

    private final Path root;
    private final java.util.List<String> files;
    private int file;
    private long offset;
    private long line;
    private FileChannel channel;
    private ByteBuffer buffer = ByteBuffer.allocate(BUFFER);
    private boolean eof;

    public ArchiveLineCursor(Path root, LinePosition from) {
        this.root = root;
        this.files = from.files();
        this.file = from.file();
        this.offset = from.offset();
        this.line = from.line();
    }

    /** The next complete line, or null when every file is read. */
    public ArchiveLine next() throws IOException {
        while (file < files.size()) {
            if (channel == null && !open()) {
                advanceFile();
                continue;
            }
            ArchiveLine l = readLine();
            if (l != null) {
                return l;
            }
            advanceFile();
        }
        return null;
    }

    /** Where the next {@link #next()} starts. */
    public LinePosition position() {
        return new LinePosition(files, file, offset, line);
    }

    private boolean open() throws IOException {
        Path p = root.resolve(files.get(file));
        try {
            channel = FileChannel.open(p, StandardOpenOption.READ);
            channel.position(offset);
            buffer.clear().flip(); // empty
            eof = false;
            return true;
        } catch (NoSuchFileException e) {
            return false;
        }
    }

    /** The next line of the open file from the buffer, refilled as needed; null at its end. */
    private ArchiveLine readLine() throws IOException {
        while (true) {
            byte[] a = buffer.array();
            int start = buffer.position();
            int end = buffer.limit();
            for (int i = start; i < end; i++) {
                if (a[i] == '\n') {
                    byte[] bytes = java.util.Arrays.copyOfRange(a, start, i);
                    buffer.position(i + 1);
                    ArchiveLine l = new ArchiveLine(files.get(file), line, offset, bytes);
                    offset += bytes.length + 1L;
                    line++;
                    return l;
                }
            }
            if (eof) {
                return null; // end of file; an incomplete last line stays for the next load
            }
            if (start == 0 && end == a.length) {
                growAndFill();
            } else {
                buffer.compact();
                fill();
            }
        }
    }

    private void fill() throws IOException {
        int n = channel.read(buffer);
        buffer.flip();
        if (n < 0) {
            eof = true;
        }
    }

    /** A line longer than the buffer: the buffer doubles (it stays that size for the file's other lines). */
    private void growAndFill() throws IOException {
        ByteBuffer bigger = ByteBuffer.allocate(buffer.capacity() * 2);
        bigger.put(buffer);
        int n = channel.read(bigger);
        bigger.flip();
        if (n < 0) {
            eof = true;
        }
        buffer = bigger;
    }

    private void advanceFile() throws IOException {
        closeChannel();
        file++;
        offset = 0;
        line = 1;
    }

    private void closeChannel() throws IOException {
        if (channel != null) {
            channel.close();
            channel = null;
        }
    }

    @Override
    public void close() throws IOException {
        closeChannel();
    }
}
