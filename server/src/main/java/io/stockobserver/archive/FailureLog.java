package io.stockobserver.archive;

import java.lang.System.Logger.Level;
import java.util.concurrent.TimeUnit;

/**
 * Logs archive write failures so they are never silent even without a listener, but at most once a second with a
 * count of the ones held back: a full disk fails every batch of every file, and the log must stay readable.
 */
final class FailureLog {

    private static final System.Logger LOG = System.getLogger(ArchiveWriter.class.getName());
    private static final long PERIOD_NANOS = TimeUnit.SECONDS.toNanos(1);

    private boolean logged;
    private long lastLogged;
    private int heldBack;

    /** Writer thread only. */
    void log(ArchiveWriteException failure) {
        long now = System.nanoTime();
        if (logged && now - lastLogged < PERIOD_NANOS) {
            heldBack++;
            return;
        }
        String more = heldBack == 0 ? "" : " (and " + heldBack + " more failures since the last report)";
        LOG.log(Level.WARNING, failure.getMessage() + more, failure.getCause());
        logged = true;
        lastLogged = now;
        heldBack = 0;
    }
}
