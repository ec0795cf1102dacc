package io.stockobserver.sink;

import io.stockobserver.pipeline.ArchiveRecord;

/**
 * A consumer of archived records besides the archive itself (the database, Kafka, the trading engine's local feed).
 * It may be slow, block or fail: it is only ever called from its own {@link QueuedSink} thread, never from a
 * collector.
 */
public interface DownstreamSink {
    /** A short, stable name ({@code db}, {@code kafka}, {@code feed}); it names the gap scope {@code sink:{name}}. */
    String name();

    /** Delivers one record (its encoded line as archived); an exception counts as a failed delivery. */
    void deliver(ArchiveRecord record, byte[] jsonLine) throws Exception;

    /** Called whenever the queue ran empty: a sink that batches delivers what it holds. */
    default void flush() throws Exception {}

    /** A record the sink's queue dropped (it was full or closing); the archive has it. */
    default void dropped(ArchiveRecord record) {}
}
