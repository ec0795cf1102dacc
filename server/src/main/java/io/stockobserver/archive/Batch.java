package io.stockobserver.archive;

import java.nio.file.Path;

/** The entries the writer took from the queue in one go: parallel arrays owned by the writer thread, reused. */
final class Batch {

    private final Path[] paths;
    private final byte[][] lines;
    private final long[] receivedAt;
    private int size;
    private long lastSequence;

    Batch(int capacity) {
        this.paths = new Path[capacity];
        this.lines = new byte[capacity][];
        this.receivedAt = new long[capacity];
    }

    int capacity() {
        return paths.length;
    }

    void set(int index, Path path, byte[] line, long receivedAtNanos) {
        paths[index] = path;
        lines[index] = line;
        receivedAt[index] = receivedAtNanos;
    }

    void filled(int count, long sequenceOfLast) {
        this.size = count;
        this.lastSequence = sequenceOfLast;
    }

    int size() {
        return size;
    }

    /** The queue sequence of the last entry taken so far (the batch's own last entry when it is not empty). */
    long lastSequence() {
        return lastSequence;
    }

    Path path(int index) {
        return paths[index];
    }

    byte[] line(int index) {
        return lines[index];
    }

    long receivedAt(int index) {
        return receivedAt[index];
    }

    /** Lets the written lines be collected; the arrays themselves are kept. */
    void clear() {
        for (int i = 0; i < size; i++) {
            paths[i] = null;
            lines[i] = null;
        }
        size = 0;
    }
}
