package io.stockobserver.pipeline;

/** Where encoded records go (the archive now; the DB sink and the live feed later). */
public interface RecordSink {
    /** Outcome of handing one record to the sink. */
    enum Result {
        ACCEPTED,
        /** The bounded queue was full: the record is lost and must be evidenced as a gap. */
        DROPPED_FULL,
        /** The sink is closed (shutdown). */
        DROPPED_CLOSED
    }

    /** Hands over one record without blocking. */
    Result write(ArchiveRecord record, byte[] jsonLine);
}
