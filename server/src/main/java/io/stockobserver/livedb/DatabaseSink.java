package io.stockobserver.livedb;

import io.stockobserver.batch.etl.CopyLoader;
import io.stockobserver.batch.etl.RecordRows;
import io.stockobserver.batch.etl.Row;
import io.stockobserver.batch.etl.Tables;
import io.stockobserver.events.GapRecorder;
import io.stockobserver.pipeline.ArchiveRecord;
import io.stockobserver.pipeline.Track;
import io.stockobserver.sink.DownstreamSink;
import java.sql.Connection;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import javax.sql.DataSource;

/**
 * Loads archived records into {@code scalp_ticks} and {@code swing_snapshots} in COPY batches (on the sink's own
 * thread, {@link io.stockobserver.sink.QueuedSink}). Rows come from the archived line through the same mapping as
 * the batch load, without {@code archive_ref} (the load fills it in later).
 *
 * <p>When a batch fails the database is taken for down: the batch and every record until the next try (after a
 * back-off of 1 s doubling to 60 s) are not loaded but remembered as a hole — its days, and a {@code sink:db} gap
 * with reason {@code sink_unavailable} from the first miss. Records the queue dropped join the hole. The
 * first batch that loads again closes the gap and hands the hole's days to {@code onRecovered}, which loads them
 * from the archive with {@code etl-day}; natural keys make that fill exactly the missing rows.
 */
public final class DatabaseSink implements DownstreamSink {
    static final String SCOPE = "sink:db";
    private static final Duration FIRST_BACKOFF = Duration.ofSeconds(1);
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(60);

    private final DataSource database;
    private final int batchSize;
    private final ZoneId partitionZone;
    private final GapRecorder gaps;
    private final Clock clock;
    private final Consumer<List<LocalDate>> onRecovered;
    private final RecordRows scalp;
    private final RecordRows swing;
    private final CopyLoader loader = new CopyLoader();
    private final List<Row> batch = new ArrayList<>();
    private final List<ArchiveRecord> batchRecords = new ArrayList<>();
    private final TreeSet<LocalDate> holeDays = new TreeSet<>();
    private final AtomicLong rowsLoaded = new AtomicLong();
    private final AtomicLong recordsMissed = new AtomicLong();
    private final AtomicLong batchFailures = new AtomicLong();
    private volatile String lastError;
    private Instant retryAt = Instant.MIN;
    private Duration backoff = FIRST_BACKOFF;

    public DatabaseSink(
            DataSource database,
            String provider,
            int batchSize,
            ZoneId partitionZone,
            GapRecorder gaps,
            Clock clock,
            Consumer<List<LocalDate>> onRecovered) {
        if (batchSize < 1) {
            throw new IllegalArgumentException("batch size must be >= 1");
        }
        this.database = database;
        this.batchSize = batchSize;
        this.partitionZone = partitionZone;
        this.gaps = gaps;
        this.clock = clock;
        this.onRecovered = onRecovered;
        this.scalp = new RecordRows(Tables.SCALP_TICKS, "scalp", provider);
        this.swing = new RecordRows(Tables.SWING_SNAPSHOTS, "swing", provider);
    }

    @Override
    public String name() {
        return "db";
    }

    @Override
    public void deliver(ArchiveRecord record, byte[] jsonLine) throws Exception {
        if (clock.instant().isBefore(retryAt)) {
            missed(record); // the database is down: the archive has the record, the catch-up loads it
            return;
        }
        RecordRows rows = record.observation().track() == Track.SCALP ? scalp : swing;
        batch.add(rows.row(jsonLine, null));
        batchRecords.add(record);
        if (batch.size() >= batchSize) {
            flush();
        }
    }

    @Override
    public void flush() {
        if (batch.isEmpty()) {
            return;
        }
        try (Connection c = database.getConnection()) {
            loader.loadCommitted(c, batch);
            rowsLoaded.addAndGet(batch.size());
            backoff = FIRST_BACKOFF;
            clear();
            recovered();
        } catch (java.sql.SQLException | java.io.IOException | RuntimeException e) {
            batchFailures.incrementAndGet();
            lastError = e.getClass().getSimpleName() + ": " + e.getMessage();
            batchRecords.forEach(this::missed);
            clear();
            retryAt = clock.instant().plus(backoff);
            backoff = backoff.multipliedBy(2).compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : backoff.multipliedBy(2);
        }
    }

    @Override
    public synchronized void dropped(ArchiveRecord record) {
        missed(record);
    }

    private synchronized void missed(ArchiveRecord record) {
        recordsMissed.incrementAndGet();
        // the gap runs from when the sink first could not load (a stale snapshot's receive time can be far older)
        gaps.open(SCOPE, GapRecorder.Reason.SINK_UNAVAILABLE, clock.instant());
        // the day of the file the record is in, and of now (a record at midnight)
        holeDays.add(record.observation().partitionTime().atZone(partitionZone).toLocalDate());
        holeDays.add(clock.instant().atZone(partitionZone).toLocalDate());
    }

    private void recovered() {
        List<LocalDate> days;
        synchronized (this) {
            if (holeDays.isEmpty()) {
                return;
            }
            days = new ArrayList<>(holeDays);
            holeDays.clear();
            gaps.close(SCOPE, GapRecorder.Reason.SINK_UNAVAILABLE, clock.instant());
        }
        onRecovered.accept(days);
    }

    private void clear() {
        batch.clear();
        batchRecords.clear();
    }

    /** Rows loaded so far. */
    public long rowsLoaded() {
        return rowsLoaded.get();
    }

    /** Records not loaded live (left to the catch-up). */
    public long recordsMissed() {
        return recordsMissed.get();
    }

    public long batchFailures() {
        return batchFailures.get();
    }

    /** Whether records are missing from the database until the next catch-up. */
    public synchronized boolean holeOpen() {
        return !holeDays.isEmpty();
    }

    public String lastError() {
        return lastError;
    }
}
