package io.stockobserver.archive;

/** What became of one {@link ArchiveWriter#append append}: only {@link #ACCEPTED} entries will be written. */
public enum AppendResult {
    /** Queued; it will be written and forced, or reported as failed through the {@link ArchiveListener}. */
    ACCEPTED,
    /** The bounded queue is full: the caller must count it and record a {@code queue_saturated} gap. */
    REJECTED_FULL,
    /** The writer is closed (shutting down): nothing more is accepted. */
    REJECTED_CLOSED;

    /** Whether the entry was queued. */
    public boolean accepted() {
        return this == ACCEPTED;
    }
}
