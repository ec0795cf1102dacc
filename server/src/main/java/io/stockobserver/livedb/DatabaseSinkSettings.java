package io.stockobserver.livedb;

/** The live database sink (docs/configuration.md): OBSERVER_DB_SINK, OBSERVER_DB_SINK_BATCH, OBSERVER_DB_SINK_QUEUE. */
public interface DatabaseSinkSettings {
    boolean dbSinkEnabled();

    int dbSinkBatch();

    int dbSinkQueue();
}
