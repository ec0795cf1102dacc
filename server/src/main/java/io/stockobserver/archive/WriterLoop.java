package io.stockobserver.archive;

import io.stockobserver.archive.ArchiveWriteException.Phase;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * The body of the {@code archive-writer} thread: takes batches from the queue, coalesces each file's records of a
 * batch into one write, forces every written file at least every fsync interval (group commit) and only then reports
 * the records durable, and applies the segment close rules. It owns every open archive file; nothing else writes
 * one.
 *
 * <p>Failure rules: an I/O error costs the records it concerns (counted, reported) and never the thread. A failed
 * write is cut off again ({@code truncate}) so no partial line stays in the middle of a file; if even that fails the
 * file is closed and its torn tail is quarantined when it is next opened.
 */
final class WriterLoop implements Runnable {

    private static final System.Logger LOG = System.getLogger(ArchiveWriter.class.getName());
    private static final long HOUSEKEEPING_PERIOD_NANOS = TimeUnit.MILLISECONDS.toNanos(250);
    private static final byte[] NEWLINE = {'\n'};

    private final AppendQueue queue;
    private final PinnedFiles pins;
    private final GuardedListener listener;
    private final FileTable files;
    private final Clock clock;
    private final long fsyncIntervalNanos;
    private final long closeGraceNanos;
    private final long idleCloseNanos;
    private final Batch batch;
    private final ByteBuffer buffer;
    private final List<OpenFile> touched = new ArrayList<>();
    private final List<OpenFile> dirty = new ArrayList<>();
    private final List<OpenFile> failedForces = new ArrayList<>();
    private final List<OpenFile> closing = new ArrayList<>();
    private final Map<Path, FailedGroup> failedInBatch = new HashMap<>();
    private final DurableProgress progress = new DurableProgress();
    private final FailureLog failureLog = new FailureLog();

    private boolean deadlineSet;
    private long forceDeadline;
    private long nextHousekeeping;
    private long processedSequence;

    private volatile long recordsDurable;
    private volatile long bytesDurable;
    private volatile long forces;
    private volatile long recordsFailed;
    private volatile long lateRecords;

    WriterLoop(
            ArchiveLayout layout,
            ArchiveWriterConfig config,
            AppendQueue queue,
            PinnedFiles pins,
            GuardedListener listener) {
        this.queue = queue;
        this.pins = pins;
        this.listener = listener;
        this.files = new FileTable(layout, listener::onTornTailQuarantined);
        this.clock = config.clock();
        this.fsyncIntervalNanos = config.fsyncInterval().toNanos();
        this.closeGraceNanos = AppendQueue.toNanos(config.closeGrace());
        this.idleCloseNanos = AppendQueue.toNanos(config.idleClose());
        this.batch = new Batch(config.maxBatchRecords());
        this.buffer = ByteBuffer.allocateDirect(config.writeBufferBytes());
    }

    @Override
    public void run() {
        nextHousekeeping = System.nanoTime() + HOUSEKEEPING_PERIOD_NANOS;
        try {
            while (true) {
                int taken = queue.drainTo(batch, waitNanos(System.nanoTime()));
                if (taken < 0) {
                    break;
                }
                long now = System.nanoTime();
                if (taken > 0) {
                    writeBatch(now);
                }
                processedSequence = batch.lastSequence();
                if (forceDue(now)) {
                    forceAll();
                }
                housekeeping(System.nanoTime());
                if (dirty.isEmpty()) {
                    publishResolved(processedSequence);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            LOG.log(Level.WARNING, "archive writer interrupted: forcing and closing its files now");
        } finally {
            shutDown();
        }
    }

    // ---- batch writing -------------------------------------------------------------------------------------------

    private void writeBatch(long now) {
        int size = batch.size();
        for (int i = 0; i < size; i++) {
            Path path = batch.path(i);
            OpenFile file = files.get(path);
            if (file == null) {
                file = target(path, now);
                if (file == null) {
                    continue;
                }
            }
            if (file.addToBatch(i)) {
                touched.add(file);
            }
        }
        for (OpenFile file : touched) {
            writeGroup(file, now);
            file.batchCount = 0;
        }
        touched.clear();
        reportFailedGroups();
        batch.clear();
    }

    /** The open file that takes a record for {@code path} not open now, or null when the record failed. */
    private OpenFile target(Path path, long now) {
        if (pins.isBroken(path)) {
            failInBatch(path, Phase.REFUSED, () -> new IOException("pinned file broke earlier in this process"));
            return null;
        }
        boolean late = files.isSealed(path);
        Path destination = late ? files.lateTargetFor(path) : path;
        OpenFile file = files.get(destination);
        if (file == null) {
            FailedGroup failed = failedInBatch.get(destination);
            if (failed != null) {
                failed.records++;
                return null;
            }
            try {
                file = files.open(destination, late, now, clock.instant());
            } catch (IOException e) {
                failInBatch(destination, Phase.OPEN, () -> e);
                if (pins.isPinned(path)) {
                    pins.markBroken(path);
                }
                return null;
            }
        }
        if (late) {
            lateRecords++;
            listener.onLateRecord(path, destination);
        }
        return file;
    }

    /** One write of all this batch's records for {@code file}, through the reused direct buffer. */
    private void writeGroup(OpenFile file, long now) {
        long start = file.size;
        long bytes = 0;
        ByteBuffer buf = buffer;
        buf.clear();
        try {
            for (int k = 0; k < file.batchCount; k++) {
                byte[] line = batch.line(file.batchIndexes[k]);
                int need = line.length + 1;
                if (need > buf.remaining()) {
                    drain(file, buf);
                }
                if (need > buf.capacity()) {
                    DurableFiles.writeFully(file.channel, ByteBuffer.wrap(line));
                    DurableFiles.writeFully(file.channel, ByteBuffer.wrap(NEWLINE));
                } else {
                    buf.put(line).put((byte) '\n');
                }
                bytes += need;
            }
            drain(file, buf);
        } catch (IOException e) {
            writeFailed(file, start, e);
            return;
        }
        file.size = start + bytes;
        file.pendingBytes += bytes;
        file.lastWriteNanos = now;
        for (int k = 0; k < file.batchCount; k++) {
            file.addPending(batch.receivedAt(file.batchIndexes[k]));
        }
        markDirty(file, now);
    }

    private static void drain(OpenFile file, ByteBuffer buf) throws IOException {
        buf.flip();
        DurableFiles.writeFully(file.channel, buf);
        buf.clear();
    }

    private void writeFailed(OpenFile file, long start, IOException e) {
        int lost = file.batchCount;
        boolean cutOff = truncate(file, start, e);
        recordsFailed += lost;
        report(file.relative, Phase.WRITE, lost, e);
        boolean pinned = pins.isPinned(file.relative);
        if (pinned) {
            pins.markBroken(file.relative);
        }
        if (!cutOff || pinned) {
            closeFile(file, false);
        }
    }

    /** Cuts a failed write off again so no partial line stays where the next record would follow it. */
    private static boolean truncate(OpenFile file, long size, IOException failure) {
        try {
            file.channel.truncate(size);
            return true;
        } catch (IOException e) {
            failure.addSuppressed(e);
            return false;
        }
    }

    private void markDirty(OpenFile file, long now) {
        if (!file.dirty) {
            file.dirty = true;
            dirty.add(file);
        }
        if (!deadlineSet) {
            deadlineSet = true;
            forceDeadline = now + fsyncIntervalNanos;
        }
    }

    // ---- group commit --------------------------------------------------------------------------------------------

    private boolean forceDue(long now) {
        if (dirty.isEmpty()) {
            return false;
        }
        if (fsyncIntervalNanos == 0 || now - forceDeadline >= 0) {
            return true;
        }
        return progress.flushDue(processedSequence);
    }

    private long waitNanos(long now) {
        long wait = Math.max(0, nextHousekeeping - now);
        if (!dirty.isEmpty()) {
            wait = Math.min(wait, Math.max(0, forceDeadline - now));
        }
        return wait;
    }

    private void forceAll() {
        long started = System.nanoTime();
        int count = dirty.size();
        for (OpenFile file : dirty) {
            if (!force(file)) {
                failedForces.add(file);
            }
        }
        dirty.clear();
        deadlineSet = false;
        listener.onForce(count, System.nanoTime() - started);
        for (OpenFile file : failedForces) {
            closeChannelAndForget(file, false);
        }
        failedForces.clear();
    }

    /** Forces one file; on success its pending records are archived, on failure they are counted failed. */
    private boolean force(OpenFile file) {
        try {
            file.channel.force(false);
        } catch (IOException e) {
            int lost = file.pendingRecords;
            recordsFailed += lost;
            file.clearPending();
            report(file.relative, Phase.FORCE, lost, e);
            if (pins.isPinned(file.relative)) {
                pins.markBroken(file.relative);
            }
            return false;
        }
        long durableAt = System.nanoTime();
        forces++;
        int records = file.pendingRecords;
        long bytes = file.pendingBytes;
        long[] latencies = file.pendingReceivedAt;
        for (int i = 0; i < records; i++) {
            latencies[i] = durableAt - latencies[i];
        }
        recordsDurable += records;
        bytesDurable += bytes;
        file.clearPending();
        listener.onDurable(file.relative, records, bytes);
        listener.onDurableLatencies(latencies, records);
        return true;
    }

    private void publishResolved(long sequence) {
        progress.publish(sequence);
    }

    /** Waits until every entry up to {@code sequence} is forced or counted failed, asking for a force now. */
    boolean awaitResolved(long sequence, long timeoutNanos) throws InterruptedException {
        return progress.await(sequence, timeoutNanos, queue::wake);
    }

    // ---- closing -------------------------------------------------------------------------------------------------

    private void housekeeping(long now) {
        boolean rolled = files.takeSupersededFlag();
        if (pins.hasPendingUnpins()) {
            pins.applyUnpins(processedSequence);
        }
        if (!rolled && now - nextHousekeeping < 0) {
            return;
        }
        nextHousekeeping = now + HOUSEKEEPING_PERIOD_NANOS;
        closing.addAll(files.all());
        for (OpenFile file : closing) {
            if (pins.isPinned(file.relative)) {
                continue;
            }
            long quiet = now - file.lastWriteNanos;
            if (file.superseded && quiet >= closeGraceNanos) {
                closeFile(file, true);
            } else if (quiet >= idleCloseNanos) {
                closeFile(file, false);
            }
        }
        closing.clear();
    }

    /** Forces (if needed) and closes a file; a sealed file never takes another record from this process. */
    private void closeFile(OpenFile file, boolean seal) {
        boolean forced = true;
        if (file.dirty) {
            forced = force(file);
            dirty.remove(file);
        }
        closeChannelAndForget(file, seal && forced);
    }

    private void closeChannelAndForget(OpenFile file, boolean seal) {
        try {
            file.channel.close();
        } catch (IOException e) {
            report(file.relative, Phase.CLOSE, 0, e);
        }
        files.remove(file, seal);
        listener.onFileClosed(file.relative);
    }

    private void shutDown() {
        queue.close();
        int dropped = queue.discardAll();
        if (dropped > 0) {
            recordsFailed += dropped;
            LOG.log(Level.ERROR, "archive writer stopped with " + dropped + " records still queued; they are lost");
        }
        try {
            if (!dirty.isEmpty()) {
                forceAll();
            }
            closing.addAll(files.all());
            for (OpenFile file : closing) {
                closeFile(file, true);
            }
            closing.clear();
        } finally {
            publishResolved(queue.lastSequence());
        }
    }

    // ---- failure reporting ---------------------------------------------------------------------------------------

    private void failInBatch(Path path, Phase phase, Supplier<IOException> cause) {
        failedInBatch.computeIfAbsent(path, p -> new FailedGroup(phase, cause.get())).records++;
    }

    private void reportFailedGroups() {
        if (failedInBatch.isEmpty()) {
            return;
        }
        for (Map.Entry<Path, FailedGroup> failed : failedInBatch.entrySet()) {
            FailedGroup group = failed.getValue();
            recordsFailed += group.records;
            report(failed.getKey(), group.phase, group.records, group.cause);
        }
        failedInBatch.clear();
    }

    private void report(Path file, Phase phase, int lost, IOException cause) {
        ArchiveWriteException failure = new ArchiveWriteException(file, phase, lost, cause);
        failureLog.log(failure);
        listener.onWriteFailure(file, failure);
    }

    /** Records of one batch that failed for one file, reported once per batch. */
    private static final class FailedGroup {
        final Phase phase;
        final IOException cause;
        int records;

        FailedGroup(Phase phase, IOException cause) {
            this.phase = phase;
            this.cause = cause;
        }
    }

    // ---- read by other threads -----------------------------------------------------------------------------------

    List<Path> openPaths() {
        return files.openPaths();
    }

    long recordsDurable() {
        return recordsDurable;
    }

    long bytesDurable() {
        return bytesDurable;
    }

    long forces() {
        return forces;
    }

    long recordsFailed() {
        return recordsFailed;
    }

    long lateRecords() {
        return lateRecords;
    }
}
