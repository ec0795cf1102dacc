package io.stockobserver.etl;

import java.time.Duration;
import java.time.LocalTime;

/**
 * When the daily load runs (docs/configuration.md, "The trading database"): OBSERVER_ETL_AT (market time, default
 * 16:00 for a venue with a session, 00:30 for one that trades around the clock) and OBSERVER_ETL_CATCH_UP_AFTER.
 */
public interface EtlSettings {
    LocalTime etlAt();

    Duration etlCatchUpDelay();
}
