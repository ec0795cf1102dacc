package io.stockobserver.archive;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;

/**
 * An I/O failure of the archive writer on one file, with what it cost: which step failed and how many records are
 * thereby not archived ({@link ArchiveWriter#recordsFailed()} counts them). Failed records were never confirmed
 * durable; after a failed force they may or may not be in the file, after any other failure they are not.
 */
public final class ArchiveWriteException extends IOException {

    private static final long serialVersionUID = 1L;

    /** The step of the durable-write recipe that failed. */
    public enum Phase {
        /** Creating directories, quarantining a torn tail, or opening the file. */
        OPEN,
        /** Writing to the page cache (e.g. disk full); the partial write was cut off again where possible. */
        WRITE,
        /** {@code force()}: the records may have reached the file but were never confirmed on disk. */
        FORCE,
        /** Closing an already forced file; no records are lost. */
        CLOSE,
        /** The file is pinned and broke earlier; later records are refused so line positions stay true. */
        REFUSED
    }

    private final transient Path file;
    private final Phase phase;
    private final int failedRecords;

    public ArchiveWriteException(Path file, Phase phase, int failedRecords, IOException cause) {
        super(phase + " failed for " + file + " (" + failedRecords + " records not archived): " + cause, cause);
        this.file = Objects.requireNonNull(file, "file");
        this.phase = Objects.requireNonNull(phase, "phase");
        this.failedRecords = failedRecords;
    }

    /** The archive-relative file the failure concerns. */
    public Path file() {
        return file;
    }

    public Phase phase() {
        return phase;
    }

    /** How many records this failure cost (0 for {@link Phase#CLOSE}). */
    public int failedRecords() {
        return failedRecords;
    }
}
