package io.stockobserver.console.backup;

import java.util.Objects;

/**
 * One file a manifest lists: its archive-relative path, size and SHA-256 (lower-case hex; also the server's ETag).
 *
 * @param path archive-relative, {@code /}-separated
 * @param size bytes
 * @param sha256 64 lower-case hex digits
 */
public record ManifestFile(String path, long size, String sha256) {
    public ManifestFile {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(sha256, "sha256");
        if (size < 0) {
            throw new IllegalArgumentException("size must be >= 0, but was " + size);
        }
    }

    /** The strong ETag the server sends for this file: the quoted SHA-256. */
    public String etag() {
        return "\"" + sha256 + "\"";
    }
}
