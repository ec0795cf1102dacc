package io.stockobserver.archive;

import java.time.Clock;
import java.time.Duration;
import java.util.Objects;

/**
 * Settings of the {@link ArchiveWriter}, each with a documented default ({@link #defaults()}). Immutable; build
 * with {@link #builder()}. The durability setting is {@link #fsyncInterval()}: the longest a written record waits
 * before it is forced and counts as archived.
 */
public final class ArchiveWriterConfig {

    /** Default {@link #queueCapacity()}: 65,536 entries, about 0.6 s of input at 100,000 records/s. */
    public static final int DEFAULT_QUEUE_CAPACITY = 65_536;
    /** Default {@link #fsyncInterval()}: 50 ms ({@code OBSERVER_FSYNC_MS}). */
    public static final Duration DEFAULT_FSYNC_INTERVAL = Duration.ofMillis(50);
    /** Default {@link #closeGrace()}: 5 s. */
    public static final Duration DEFAULT_CLOSE_GRACE = Duration.ofSeconds(5);
    /** Default {@link #idleClose()}: 2 min. */
    public static final Duration DEFAULT_IDLE_CLOSE = Duration.ofMinutes(2);
    /** Default {@link #maxBatchRecords()}: 8,192 entries taken from the queue at a time. */
    public static final int DEFAULT_MAX_BATCH_RECORDS = 8_192;
    /** Default {@link #writeBufferBytes()}: 1 MiB. */
    public static final int DEFAULT_WRITE_BUFFER_BYTES = 1 << 20;
    /** Default {@link #shutdownTimeout()}: 30 s. */
    public static final Duration DEFAULT_SHUTDOWN_TIMEOUT = Duration.ofSeconds(30);

    private final int queueCapacity;
    private final Duration fsyncInterval;
    private final Duration closeGrace;
    private final Duration idleClose;
    private final int maxBatchRecords;
    private final int writeBufferBytes;
    private final Duration shutdownTimeout;
    private final Clock clock;

    private ArchiveWriterConfig(Builder b) {
        this.queueCapacity = requirePositive(b.queueCapacity, "queueCapacity");
        this.fsyncInterval = requireNotNegative(b.fsyncInterval, "fsyncInterval");
        this.closeGrace = requireNotNegative(b.closeGrace, "closeGrace");
        this.idleClose = requireNotNegative(b.idleClose, "idleClose");
        this.maxBatchRecords = requirePositive(b.maxBatchRecords, "maxBatchRecords");
        this.writeBufferBytes = requirePositive(b.writeBufferBytes, "writeBufferBytes");
        this.shutdownTimeout = requireNotNegative(b.shutdownTimeout, "shutdownTimeout");
        this.clock = Objects.requireNonNull(b.clock, "clock");
    }

    /** All defaults. */
    public static ArchiveWriterConfig defaults() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** How many entries may wait for the writer; beyond it {@link ArchiveWriter#append} rejects (never blocks). */
    public int queueCapacity() {
        return queueCapacity;
    }

    /**
     * The longest a written record waits for {@code force()}: every file written since the last force is forced at
     * least this often, and only then do its records count as archived. {@link Duration#ZERO} forces after every
     * batch (safest, slowest).
     */
    public Duration fsyncInterval() {
        return fsyncInterval;
    }

    /**
     * Once a newer file is opened in the same directory (the segment rolled), an older file of that directory is
     * closed for good after it has not been written for this long; later records for it go to a {@code .late-n}
     * file.
     */
    public Duration closeGrace() {
        return closeGrace;
    }

    /**
     * A file not written for this long is closed to release its handle; unlike a rolled segment it is not sealed and
     * is reopened for appending when its next record comes (hourly swing files idle between 10-minute cycles).
     */
    public Duration idleClose() {
        return idleClose;
    }

    /** The most entries the writer takes from the queue in one batch. */
    public int maxBatchRecords() {
        return maxBatchRecords;
    }

    /** Size of the reused direct buffer one file's records of a batch are coalesced into for a single write. */
    public int writeBufferBytes() {
        return writeBufferBytes;
    }

    /** How long {@link ArchiveWriter#close()} waits for the writer to drain, force and close everything. */
    public Duration shutdownTimeout() {
        return shutdownTimeout;
    }

    /** Wall clock for names that carry a time (quarantine files); tests may fix it. */
    public Clock clock() {
        return clock;
    }

    @Override
    public String toString() {
        return "ArchiveWriterConfig{queueCapacity=" + queueCapacity + ", fsyncInterval=" + fsyncInterval
                + ", closeGrace=" + closeGrace + ", idleClose=" + idleClose + ", maxBatchRecords=" + maxBatchRecords
                + ", writeBufferBytes=" + writeBufferBytes + ", shutdownTimeout=" + shutdownTimeout + "}";
    }

    private static int requirePositive(int value, String name) {
        if (value <= 0) {
            throw new IllegalArgumentException(name + " must be positive: " + value);
        }
        return value;
    }

    private static Duration requireNotNegative(Duration value, String name) {
        Objects.requireNonNull(value, name);
        if (value.isNegative()) {
            throw new IllegalArgumentException(name + " must not be negative: " + value);
        }
        return value;
    }

    /** Builder starting from the defaults. */
    public static final class Builder {
        private int queueCapacity = DEFAULT_QUEUE_CAPACITY;
        private Duration fsyncInterval = DEFAULT_FSYNC_INTERVAL;
        private Duration closeGrace = DEFAULT_CLOSE_GRACE;
        private Duration idleClose = DEFAULT_IDLE_CLOSE;
        private int maxBatchRecords = DEFAULT_MAX_BATCH_RECORDS;
        private int writeBufferBytes = DEFAULT_WRITE_BUFFER_BYTES;
        private Duration shutdownTimeout = DEFAULT_SHUTDOWN_TIMEOUT;
        private Clock clock = Clock.systemUTC();

        private Builder() {}

        public Builder queueCapacity(int value) {
            this.queueCapacity = value;
            return this;
        }

        public Builder fsyncInterval(Duration value) {
            this.fsyncInterval = value;
            return this;
        }

        public Builder closeGrace(Duration value) {
            this.closeGrace = value;
            return this;
        }

        public Builder idleClose(Duration value) {
            this.idleClose = value;
            return this;
        }

        public Builder maxBatchRecords(int value) {
            this.maxBatchRecords = value;
            return this;
        }

        public Builder writeBufferBytes(int value) {
            this.writeBufferBytes = value;
            return this;
        }

        public Builder shutdownTimeout(Duration value) {
            this.shutdownTimeout = value;
            return this;
        }

        public Builder clock(Clock value) {
            this.clock = value;
            return this;
        }

        public ArchiveWriterConfig build() {
            return new ArchiveWriterConfig(this);
        }
    }
}
