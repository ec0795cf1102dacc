package io.stockobserver.retention;

import java.time.LocalTime;

/** What the retention run needs from the configuration (OBSERVER_RETENTION_*). */
public interface RetentionSettings {
    /** The retention policy: how long each kind of file is kept. */
    RetentionPolicy retentionPolicy();

    /** The local time of the daily retention run. */
    LocalTime retentionAt();
}
