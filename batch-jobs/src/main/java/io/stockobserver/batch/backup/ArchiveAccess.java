package io.stockobserver.batch.backup;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;

/**
 * What the backup job needs from the running observer, provided by the server as a CDI bean: where the archive is,
 * which files its writer still appends to, and where evidence goes.
 */
public interface ArchiveAccess {
    /** The archive root ({@code OBSERVER_DATA_DIR}). */
    Path root();

    /** Today in the market's zone. */
    LocalDate today();

    /** Whether the archive writer may still append to this archive-relative path ({@code /}-separated). */
    boolean isOpen(String relativePath);

    /** Waits until every record queued so far is written and forced, so files end with complete lines. */
    void flush() throws InterruptedException;

    /** Records a system event. */
    void event(String type, Map<String, ?> fields);
}
