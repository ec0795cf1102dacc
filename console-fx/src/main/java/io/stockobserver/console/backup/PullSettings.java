package io.stockobserver.console.backup;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * Settings of the backup pull.
 *
 * @param root the backup root (default {@link BackupFolders#defaultRoot()}: {@code {user.home}/StockObserverBackups})
 * @param requestTimeout how long to wait for an answer's headers, and then for each next part of its body (default
 *     30 s): a connection that goes silent fails the pull instead of hanging it
 * @param speedWindow how far back the shown speed looks (default 5 s)
 * @param progressInterval the least time between two byte-progress events (default 200 ms)
 */
public record PullSettings(Path root, Duration requestTimeout, Duration speedWindow, Duration progressInterval) {
    public static final Duration DEFAULT_REQUEST_TIMEOUT = Duration.ofSeconds(30);
    public static final Duration DEFAULT_SPEED_WINDOW = Duration.ofSeconds(5);
    public static final Duration DEFAULT_PROGRESS_INTERVAL = Duration.ofMillis(200);

    public PullSettings {
        Objects.requireNonNull(root, "root");
        requirePositive(requestTimeout, "requestTimeout");
        requirePositive(speedWindow, "speedWindow");
        Objects.requireNonNull(progressInterval, "progressInterval");
        if (progressInterval.isNegative()) {
            throw new IllegalArgumentException("progressInterval cannot be negative");
        }
    }

    /** Every default, the root included. */
    public static PullSettings defaults() {
        return new PullSettings(
                BackupFolders.defaultRoot(), DEFAULT_REQUEST_TIMEOUT, DEFAULT_SPEED_WINDOW, DEFAULT_PROGRESS_INTERVAL);
    }

    /** These settings with another backup root. */
    public PullSettings withRoot(Path other) {
        return new PullSettings(other, requestTimeout, speedWindow, progressInterval);
    }

    private static void requirePositive(Duration d, String name) {
        Objects.requireNonNull(d, name);
        if (d.isNegative() || d.isZero()) {
            throw new IllegalArgumentException(name + " must be positive, but was " + d);
        }
    }
}
