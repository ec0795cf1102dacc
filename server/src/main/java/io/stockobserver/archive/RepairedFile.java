package io.stockobserver.archive;

import java.nio.file.Path;
import java.util.Objects;

/**
 * One torn file made whole: its incomplete last line ({@code bytesQuarantined} bytes) was copied to
 * {@code quarantineFile} and then cut from {@code file}. Both paths are archive-relative.
 */
public record RepairedFile(Path file, Path quarantineFile, long bytesQuarantined) {

    public RepairedFile {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(quarantineFile, "quarantineFile");
        if (bytesQuarantined <= 0) {
            throw new IllegalArgumentException("a repair quarantines at least one byte: " + bytesQuarantined);
        }
    }
}
