package io.stockobserver.archive;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Where a raw input was journaled: the archive-relative raw file and the 1-based physical line in it. Its text form
 * ({@link #toString()}, e.g. {@code raw/kis/20260724/11_50_00.raw:1523}) is the {@code raw_ref} of every record built
 * from that input. A ref whose input could not be journaled says why ({@link #status()}); the caller must flag the
 * record (e.g. {@code quality_flag} {@code degraded}) and omit {@code raw_ref}.
 */
public record RawRef(Path file, long line, Status status) {

    /** Whether and why not the input was journaled. */
    public enum Status {
        /** Queued for the raw file at {@link #line()}. */
        JOURNALED,
        /** The writer's queue was full. */
        REJECTED_FULL,
        /** The writer is closed. */
        REJECTED_CLOSED,
        /** The raw file could not be read or written in this process; nothing more goes into it. */
        FILE_FAILED
    }

    public RawRef {
        ArchiveLayout.requireRelative(file);
        Objects.requireNonNull(status, "status");
        if (status == Status.JOURNALED ? line < 1 : line != 0) {
            throw new IllegalArgumentException("line " + line + " does not fit status " + status);
        }
    }

    static RawRef journaled(Path file, long line) {
        return new RawRef(file, line, Status.JOURNALED);
    }

    static RawRef notJournaled(Path file, Status why) {
        return new RawRef(file, 0, why);
    }

    /** Whether the input is in the raw journal (once the writer forces it). */
    public boolean journaled() {
        return status == Status.JOURNALED;
    }

    /** {@code raw/kis/20260724/11_50_00.raw:1523}; {@code …raw:not_journaled} for an input that is not there. */
    @Override
    public String toString() {
        return ArchiveLayout.toArchiveString(file) + ":" + (journaled() ? Long.toString(line) : "not_journaled");
    }
}
