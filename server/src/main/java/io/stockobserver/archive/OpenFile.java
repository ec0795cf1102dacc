package io.stockobserver.archive;

import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * One archive file the writer thread has open, with what has been written to it but not yet forced. Only the writer
 * thread touches it.
 */
final class OpenFile {

    final Path relative;
    final Path directory;
    final FileChannel channel;
    /** A {@code .late-n} file: opening it does not make its neighbours "rolled". */
    final boolean late;

    /** Bytes in the file as far as this process knows: where the next write lands. */
    long size;

    long lastWriteNanos;
    /** A newer file was opened in the same directory: this one is closed for good once quiet for closeGrace. */
    boolean superseded;

    boolean dirty;
    int pendingRecords;
    long pendingBytes;
    /** Receive times of the pending records, turned into latencies in place when they are forced. */
    long[] pendingReceivedAt = new long[64];

    /** Indexes into the current batch of the entries that go to this file. */
    int[] batchIndexes = new int[16];

    int batchCount;

    OpenFile(Path relative, FileChannel channel, long size, boolean late, long nowNanos) {
        this.relative = relative;
        Path parent = relative.getParent();
        this.directory = parent == null ? Path.of("") : parent;
        this.channel = channel;
        this.size = size;
        this.late = late;
        this.lastWriteNanos = nowNanos;
    }

    /** Adds batch entry {@code index}; returns true when it is this file's first entry of the batch. */
    boolean addToBatch(int index) {
        if (batchCount == batchIndexes.length) {
            batchIndexes = Arrays.copyOf(batchIndexes, batchCount * 2);
        }
        batchIndexes[batchCount++] = index;
        return batchCount == 1;
    }

    void addPending(long receivedAtNanos) {
        if (pendingRecords == pendingReceivedAt.length) {
            pendingReceivedAt = Arrays.copyOf(pendingReceivedAt, pendingRecords * 2);
        }
        pendingReceivedAt[pendingRecords++] = receivedAtNanos;
    }

    void clearPending() {
        pendingRecords = 0;
        pendingBytes = 0;
        dirty = false;
    }
}
