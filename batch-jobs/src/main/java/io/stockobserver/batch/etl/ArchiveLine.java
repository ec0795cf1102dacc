package io.stockobserver.batch.etl;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * One complete line of an archive file, without its {@code \n}.
 *
 * @param file the archive-relative path ({@code /}-separated)
 * @param line the 1-based physical line number
 * @param offset the byte offset of the line's first byte
 * @param bytes the line's bytes
 */
public record ArchiveLine(String file, long line, long offset, byte[] bytes) {
    public ArchiveLine {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(bytes, "bytes");
        if (line < 1 || offset < 0) {
            throw new IllegalArgumentException("line must be >= 1 and offset >= 0: " + line + ", " + offset);
        }
    }

    /** {@code {file}:{line}}, the row's {@code archive_ref}. */
    public String ref() {
        return file + ":" + line;
    }

    /** The line as text; bytes that are not UTF-8 become U+FFFD. */
    public String text() {
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
