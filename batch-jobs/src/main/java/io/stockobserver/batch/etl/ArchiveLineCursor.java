package io.stockobserver.batch.etl;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
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
    private static final int BUFFER = 1 << 16;

    private final Path root;
    private final java.util.List<String> files;
    private int file;
    private long offset;
    private long line;
    private InputStream in;
    private final ByteArrayOutputStream current = new ByteArrayOutputStream(512);

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
            if (in == null && !open()) {
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
            FileChannel ch = FileChannel.open(p, StandardOpenOption.READ);
            ch.position(offset);
            in = new java.io.BufferedInputStream(Channels.newInputStream(ch), BUFFER);
            return true;
        } catch (NoSuchFileException e) {
            return false;
        }
    }

    private ArchiveLine readLine() throws IOException {
        current.reset();
        int b;
        while ((b = in.read()) != -1) {
            if (b == '\n') {
                ArchiveLine l = new ArchiveLine(files.get(file), line, offset, current.toByteArray());
                offset += current.size() + 1L;
                line++;
                return l;
            }
            current.write(b);
        }
        return null; // end of file; an incomplete last line stays for the next load
    }

    private void advanceFile() throws IOException {
        closeStream();
        file++;
        offset = 0;
        line = 1;
    }

    private void closeStream() throws IOException {
        if (in != null) {
            in.close();
            in = null;
        }
    }

    @Override
    public void close() throws IOException {
        closeStream();
    }
}
