package io.stockobserver.recorder;

import java.nio.file.Path;
import java.time.Duration;

/** What the archive needs from the configuration (OBSERVER_DATA_DIR, OBSERVER_FSYNC_INTERVAL, …). */
public interface RecorderSettings {
    Path dataDir();

    Duration fsyncInterval();

    int queueCapacity();

    Duration scalpSegment();
}
