package io.stockobserver.archive;

import java.io.IOException;
import java.nio.file.Path;

/**
 * What the {@link ArchiveWriter} reports as it works: durability (for metrics and for "archived" bookkeeping),
 * failures (for gap markers and system events), and file life-cycle. Every method is called on the writer thread,
 * so implementations must be quick and must not block (a blocked listener stalls the archive, and the bounded queue
 * then rejects appends); an exception thrown by a listener is logged and counted, never allowed to stop the writer.
 * All paths are archive-relative. Every method has a no-op default.
 */
public interface ArchiveListener {

    /** A listener that ignores everything. */
    ArchiveListener NONE = new ArchiveListener() {};

    /** {@code records} records ({@code bytes} bytes, newlines included) of {@code file} were forced: archived. */
    default void onDurable(Path file, int records, long bytes) {}

    /** Receive-to-durable latency of one record, in nanoseconds. */
    default void onDurableLatency(long nanos) {}

    /**
     * Receive-to-durable latencies of the first {@code count} entries of {@code nanos}; the array is reused by the
     * writer after the call returns. The default hands each one to {@link #onDurableLatency(long)}.
     */
    default void onDurableLatencies(long[] nanos, int count) {
        for (int i = 0; i < count; i++) {
            onDurableLatency(nanos[i]);
        }
    }

    /**
     * Writing {@code file} failed; {@code e} is an {@link ArchiveWriteException} saying at which step and how many
     * records were lost. The writer carries on with other files and retries this one on its next record.
     */
    default void onWriteFailure(Path file, IOException e) {}

    /** One force pass over {@code files} files took {@code nanos}: the disk-write latency mitigation watches. */
    default void onForce(int files, long nanos) {}

    /** {@code file} was forced and closed. */
    default void onFileClosed(Path file) {}

    /** A record for {@code closedFile}, already closed for good by this process, went to {@code lateFile} instead. */
    default void onLateRecord(Path closedFile, Path lateFile) {}

    /** An existing file had a torn last line when the writer opened it; the tail was quarantined before appending. */
    default void onTornTailQuarantined(RepairedFile repair) {}
}
