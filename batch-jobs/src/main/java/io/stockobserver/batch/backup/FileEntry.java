package io.stockobserver.batch.backup;

import java.util.Objects;

/**
 * One file of a backup package as the manifest lists it.
 *
 * @param path archive-relative path, {@code /}-separated (for a snapshot: the snapshot's path under
 *     {@code backup/{YYYYMMDD}/snapshot/})
 * @param size bytes
 * @param sha256 lower-case hex SHA-256 of the bytes
 * @param records complete JSON lines (a trailing part without newline is not a record)
 * @param firstEventTime smallest {@code event_time} (else {@code timestamp}, else {@code receive_time}) of its records,
 *     or null when no line carries one
 * @param lastEventTime largest such time, or null
 * @param snapshotOf for a snapshot of a file still open when the package was built, that file's path; else null
 */
public record FileEntry(
        String path,
        long size,
        String sha256,
        long records,
        String firstEventTime,
        String lastEventTime,
        String snapshotOf) {
    public FileEntry {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(sha256, "sha256");
        if (size < 0 || records < 0) {
            throw new IllegalArgumentException("size and records must be >= 0");
        }
    }
}
