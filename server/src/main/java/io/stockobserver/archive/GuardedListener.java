package io.stockobserver.archive;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Shields the writer thread from its listener: an exception thrown by the listener is counted and logged (the
 * first, then every 1,000th) instead of killing the thread that owns every open archive file.
 */
final class GuardedListener implements ArchiveListener {

    private static final System.Logger LOG = System.getLogger(ArchiveWriter.class.getName());

    private final ArchiveListener delegate;
    private final AtomicLong failures = new AtomicLong();

    GuardedListener(ArchiveListener delegate) {
        this.delegate = delegate;
    }

    long failures() {
        return failures.get();
    }

    @Override
    public void onDurable(Path file, int records, long bytes) {
        try {
            delegate.onDurable(file, records, bytes);
        } catch (RuntimeException e) {
            failed("onDurable", e);
        }
    }

    @Override
    public void onDurableLatency(long nanos) {
        try {
            delegate.onDurableLatency(nanos);
        } catch (RuntimeException e) {
            failed("onDurableLatency", e);
        }
    }

    @Override
    public void onDurableLatencies(long[] nanos, int count) {
        try {
            delegate.onDurableLatencies(nanos, count);
        } catch (RuntimeException e) {
            failed("onDurableLatencies", e);
        }
    }

    @Override
    public void onWriteFailure(Path file, IOException e) {
        try {
            delegate.onWriteFailure(file, e);
        } catch (RuntimeException listenerFailure) {
            failed("onWriteFailure", listenerFailure);
        }
    }

    @Override
    public void onForce(int files, long nanos) {
        try {
            delegate.onForce(files, nanos);
        } catch (RuntimeException e) {
            failed("onForce", e);
        }
    }

    @Override
    public void onFileClosed(Path file) {
        try {
            delegate.onFileClosed(file);
        } catch (RuntimeException e) {
            failed("onFileClosed", e);
        }
    }

    @Override
    public void onLateRecord(Path closedFile, Path lateFile) {
        try {
            delegate.onLateRecord(closedFile, lateFile);
        } catch (RuntimeException e) {
            failed("onLateRecord", e);
        }
    }

    @Override
    public void onTornTailQuarantined(RepairedFile repair) {
        try {
            delegate.onTornTailQuarantined(repair);
        } catch (RuntimeException e) {
            failed("onTornTailQuarantined", e);
        }
    }

    private void failed(String method, RuntimeException e) {
        long n = failures.incrementAndGet();
        if (n == 1 || n % 1000 == 0) {
            LOG.log(Level.ERROR, "archive listener " + method + " threw (" + n + " listener failures so far)", e);
        }
    }
}
