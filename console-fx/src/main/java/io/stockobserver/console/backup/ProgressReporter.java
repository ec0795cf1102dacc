package io.stockobserver.console.backup;

import io.stockobserver.console.backup.PullProgress.Phase;
import java.time.Duration;
import java.time.LocalDate;
import java.util.function.LongSupplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Turns the counters of one pull into {@link PullProgress} events: on every phase and file change, and in between
 * at most once per interval, so a fast download does not flood the UI thread.
 */
final class ProgressReporter {
    private static final Logger LOG = Logger.getLogger(ProgressReporter.class.getName());

    private final String server;
    private final LocalDate day;
    private final PullListener listener;
    private final LongSupplier nanoTime;
    private final Duration speedWindow;
    private final long intervalNanos;

    private Phase phase = Phase.MANIFEST;
    private int filesTotal;
    private long bytesTotal;
    private int filesDone;
    private long bytesDone;
    private String currentFile;
    private TransferRate rate;
    private long lastEmit;

    ProgressReporter(
            String server,
            LocalDate day,
            PullListener listener,
            LongSupplier nanoTime,
            Duration speedWindow,
            Duration interval) {
        this.server = server;
        this.day = day;
        this.listener = listener;
        this.nanoTime = nanoTime;
        this.speedWindow = speedWindow;
        this.intervalNanos = interval.toNanos();
        this.rate = new TransferRate(speedWindow, nanoTime);
    }

    void totals(int files, long bytes) {
        filesTotal = files;
        bytesTotal = bytes;
    }

    /** Enters {@code next}, counting from zero again. */
    void start(Phase next) {
        phase = next;
        filesDone = 0;
        bytesDone = 0;
        currentFile = null;
        rate = new TransferRate(speedWindow, nanoTime);
        emit();
    }

    /** Enters {@code next}, keeping the counts (acknowledging, finished). */
    void mark(Phase next) {
        phase = next;
        currentFile = null;
        emit();
    }

    void file(String path) {
        currentFile = path;
        emit();
    }

    /** Bytes that are done without moving now (a file or part already on disk): progress, but no speed. */
    void counted(long bytes) {
        bytesDone += bytes;
    }

    /** Takes back bytes counted for a file that has to be done again. */
    void retract(long bytes) {
        bytesDone = Math.max(0, bytesDone - bytes);
    }

    /** Bytes moved just now (downloaded or hashed). */
    void moved(long bytes) {
        bytesDone += bytes;
        rate.add(bytes);
        if (nanoTime.getAsLong() - lastEmit >= intervalNanos) {
            emit();
        }
    }

    void fileDone() {
        filesDone++;
        currentFile = null;
        emit();
    }

    private void emit() {
        lastEmit = nanoTime.getAsLong();
        PullProgress p = new PullProgress(
                server, day, phase, bytesDone, bytesTotal, filesDone, filesTotal, currentFile, rate.bytesPerSecond());
        try {
            listener.progress(p);
        } catch (RuntimeException e) { // the UI's bug must not cost the backup
            LOG.log(Level.WARNING, "a pull listener failed; the pull goes on", e);
        }
    }
}
