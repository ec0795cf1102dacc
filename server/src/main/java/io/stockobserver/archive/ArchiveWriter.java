package io.stockobserver.archive;

import java.lang.System.Logger.Level;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.LongAdder;

/**
 * The durable, group-committing archive writer: producers hand it complete JSON lines for archive-relative files;
 * one thread ({@value #THREAD_NAME}) owns every open archive file, appends the lines, and forces each written file at
 * least every {@link ArchiveWriterConfig#fsyncInterval() fsync interval}. <strong>A record counts as archived only
 * once forced</strong>: that is when {@link ArchiveListener#onDurable} reports it and {@link #recordsDurable()}
 * counts it.
 *
 * <p>Producers never block on {@link #append}: a full queue is rejected and must be made visible by the caller (a
 * {@code queue_saturated} gap). Segment rules: when a new file is opened in a directory, older open files of that
 * directory are closed for good once they have been quiet for {@code closeGrace}; any file quiet for
 * {@code idleClose} is closed to free its handle but may be reopened. A record for a file this process closed for
 * good goes to {@code {stem}.late-{n}{ext}} beside it ({@link #lateRecords()}), so closed segments stay immutable.
 * An I/O failure costs only the records concerned ({@link #recordsFailed()}, {@link ArchiveListener#onWriteFailure})
 * and the file is retried on its next record.
 *
 * <p>Design note: the queue, the thread body ({@code WriterLoop}) and the file table are separate package-private
 * classes so this public face stays a small, thread-safe API.
 */
public final class ArchiveWriter implements AutoCloseable {

    /** Name of the writer thread, as seen in thread dumps and the liveness check. */
    public static final String THREAD_NAME = "archive-writer";

    private static final System.Logger LOG = System.getLogger(ArchiveWriter.class.getName());

    private final ArchiveLayout layout;
    private final ArchiveWriterConfig config;
    private final AppendQueue queue;
    private final PinnedFiles pins = new PinnedFiles();
    private final GuardedListener listener;
    private final WriterLoop loop;
    private final Thread thread;
    private final LongAdder rejected = new LongAdder();

    private ArchiveWriter(ArchiveLayout layout, ArchiveWriterConfig config, ArchiveListener listener) {
        this.layout = Objects.requireNonNull(layout, "layout");
        this.config = Objects.requireNonNull(config, "config");
        this.listener = new GuardedListener(Objects.requireNonNull(listener, "listener"));
        this.queue = new AppendQueue(config.queueCapacity());
        this.loop = new WriterLoop(layout, config, queue, pins, this.listener);
        this.thread = new Thread(loop, THREAD_NAME);
        // Daemon so a forgotten close() cannot hang JVM shutdown; close() is what makes the tail durable.
        this.thread.setDaemon(true);
        this.thread.setUncaughtExceptionHandler(
                (t, e) -> LOG.log(Level.ERROR, "archive writer thread died; nothing more will be archived", e));
    }

    /** Creates a writer over {@code layout} and starts its thread. */
    public static ArchiveWriter start(ArchiveLayout layout, ArchiveWriterConfig config, ArchiveListener listener) {
        ArchiveWriter writer = new ArchiveWriter(layout, config, listener);
        writer.thread.start();
        return writer;
    }

    /**
     * Queues one record without blocking.
     *
     * @param relativePath archive-relative file, e.g. from {@link ArchiveLayout#scalpFile}
     * @param jsonLine one complete JSON object in UTF-8, without the trailing newline (the writer adds it); must not
     *     contain a {@code '\n'} byte. The array must not be modified afterwards.
     * @param receivedAtNanos {@link System#nanoTime()} when the input was received, for receive-to-durable latency
     * @return {@link AppendResult#ACCEPTED}, {@link AppendResult#REJECTED_FULL} or {@link AppendResult#REJECTED_CLOSED}
     */
    public AppendResult append(Path relativePath, byte[] jsonLine, long receivedAtNanos) {
        validate(relativePath, jsonLine);
        AppendResult result = queue.offer(relativePath, jsonLine, receivedAtNanos);
        if (!result.accepted()) {
            rejected.increment();
        }
        return result;
    }

    /**
     * Queues one record, waiting up to {@code timeout} for room (for callers that may block, e.g. system events).
     * Returns false when it timed out or the writer is closed.
     */
    public boolean appendBlocking(Path relativePath, byte[] jsonLine, long receivedAtNanos, Duration timeout)
            throws InterruptedException {
        validate(relativePath, jsonLine);
        AppendResult result = queue.offer(relativePath, jsonLine, receivedAtNanos, AppendQueue.toNanos(timeout));
        if (!result.accepted()) {
            rejected.increment();
        }
        return result.accepted();
    }

    /**
     * Waits until every record accepted before this call is resolved — forced to disk, or counted in
     * {@link #recordsFailed()} — and asks the writer to force now instead of at its next deadline. Returns false on
     * timeout.
     */
    public boolean flush(Duration timeout) throws InterruptedException {
        return loop.awaitResolved(queue.lastSequence(), AppendQueue.toNanos(timeout));
    }

    /**
     * Keeps {@code relativePath} open however long it is quiet and whatever is opened beside it, until
     * {@link #unpin}; for writers that hand out line positions before the write (the {@link RawJournal}). Any
     * failure on a pinned file breaks it ({@link #isBroken}): later records for it are refused, so no record lands
     * on a line other than the one promised.
     */
    public void pin(Path relativePath) {
        pins.pin(ArchiveLayout.requireRelative(relativePath));
    }

    /** Ends a {@link #pin}, once every record queued before this call has been processed. */
    public void unpin(Path relativePath) {
        pins.unpinAfter(ArchiveLayout.requireRelative(relativePath), queue.lastSequence());
    }

    /** Whether a pinned file failed in this process and now refuses records. */
    public boolean isBroken(Path relativePath) {
        return pins.isBroken(relativePath);
    }

    /** Archive-relative paths of the files open right now. */
    public List<Path> openFiles() {
        return loop.openPaths();
    }

    /** Entries waiting for the writer thread. */
    public int queueDepth() {
        return queue.size();
    }

    public int queueCapacity() {
        return queue.capacity();
    }

    /** How long the oldest queued entry has waited, in nanoseconds (0 when empty): the "queue stuck" signal. */
    public long oldestQueuedAgeNanos() {
        return queue.oldestAgeNanos();
    }

    /** Records forced to disk: archived. */
    public long recordsDurable() {
        return loop.recordsDurable();
    }

    /** Bytes forced to disk, newlines included. */
    public long bytesDurable() {
        return loop.bytesDurable();
    }

    /** {@code force()} calls that succeeded (one per written file per group commit). */
    public long forces() {
        return loop.forces();
    }

    /** Accepted records that were not archived because of an I/O failure. */
    public long recordsFailed() {
        return loop.recordsFailed();
    }

    /** Records for a file already closed for good, written to a {@code .late-n} file instead. */
    public long lateRecords() {
        return loop.lateRecords();
    }

    /** Appends rejected because the queue was full or the writer closed. */
    public long recordsRejected() {
        return rejected.sum();
    }

    /** Exceptions thrown by the listener (logged, then ignored). */
    public long listenerFailures() {
        return listener.failures();
    }

    /** Whether the writer thread is running: false after {@link #close()} or if it died. */
    public boolean isAlive() {
        return thread.isAlive();
    }

    public ArchiveLayout layout() {
        return layout;
    }

    public ArchiveWriterConfig config() {
        return config;
    }

    /**
     * Stops accepting records, writes and forces everything already queued, closes every file, and waits up to
     * {@link ArchiveWriterConfig#shutdownTimeout()} for that. Idempotent.
     */
    @Override
    public void close() {
        queue.close();
        try {
            thread.join(Math.max(1, config.shutdownTimeout().toMillis()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (thread.isAlive()) {
            LOG.log(
                    Level.ERROR,
                    "archive writer did not finish within " + config.shutdownTimeout() + "; " + queue.size()
                            + " records still queued");
        }
    }

    private static void validate(Path relativePath, byte[] jsonLine) {
        ArchiveLayout.requireRelative(relativePath);
        Objects.requireNonNull(jsonLine, "jsonLine");
        if (jsonLine.length == 0) {
            throw new IllegalArgumentException("an archive record cannot be empty");
        }
        for (byte b : jsonLine) {
            if (b == '\n') {
                throw new IllegalArgumentException("an archive record must be one line without '\\n': " + relativePath);
            }
        }
    }
}
