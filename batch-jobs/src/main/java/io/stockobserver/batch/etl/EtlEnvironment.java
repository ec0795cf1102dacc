package io.stockobserver.batch.etl;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Map;
import javax.sql.DataSource;

/** What {@code etl-day} needs from the running observer, provided by the server as a CDI bean. */
public interface EtlEnvironment {
    /** The archive root ({@code OBSERVER_DATA_DIR}). */
    Path root();

    /** The zone the archive's day partitions are named in (docs/archive-format.md §2.1). */
    ZoneId partitionZone();

    /** The trading database. */
    DataSource database();

    /** Records a system event in the archive. */
    void event(String type, Map<String, ?> fields);

    /**
     * How far a chunk step (or one partition of it, numbered from 0) has read, after every chunk: {@code bytesDone}
     * of the {@code bytesTotal} bytes of its files (for progress bars).
     */
    void progress(long executionId, String source, int partition, long bytesDone, long bytesTotal);
}
