package io.stockobserver.etl;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Objects;

/** The load bookkeeping of one provider's day: table {@code etl_loads} (db/README.md). */
@Entity
@Table(name = "etl_loads")
@IdClass(EtlLoad.Key.class)
public class EtlLoad {
    /** The natural key. */
    public static class Key implements Serializable {
        public String provider;
        public LocalDate tradeDate;

        public Key() {}

        public Key(String provider, LocalDate tradeDate) {
            this.provider = provider;
            this.tradeDate = tradeDate;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.provider.equals(provider) && k.tradeDate.equals(tradeDate);
        }

        @Override
        public int hashCode() {
            return Objects.hash(provider, tradeDate);
        }
    }

    public static final String RUNNING = "running";
    public static final String COMPLETED = "completed";
    public static final String FAILED = "failed";

    @Id
    String provider;

    @Id
    @Column(name = "trade_date")
    LocalDate tradeDate;

    String status;

    @Column(name = "job_instance_id")
    Long jobInstanceId;

    @Column(name = "job_execution_id")
    Long jobExecutionId;

    @Column(name = "started_at")
    OffsetDateTime startedAt;

    @Column(name = "ended_at")
    OffsetDateTime endedAt;

    /** The day's rows per table as a JSON object. */
    @Column(name = "rows_loaded")
    String rowsLoaded;

    @Column(name = "lines_read")
    long linesRead;

    @Column(name = "lines_skipped")
    long linesSkipped;

    @Column(name = "failed_lines_file")
    String failedLinesFile;

    String error;

    @Version
    long version;

    protected EtlLoad() {}

    EtlLoad(String provider, LocalDate tradeDate) {
        this.provider = provider;
        this.tradeDate = tradeDate;
    }

    /**
     * A job execution for the day started. Design note: the entity changes only through its own methods —
     * EclipseLink's woven change tracking does not see fields assigned from another class.
     */
    void started(long instanceId, long executionId, OffsetDateTime at) {
        status = RUNNING;
        jobInstanceId = instanceId;
        jobExecutionId = executionId;
        startedAt = at;
        endedAt = null;
        error = null;
    }

    /** It ended. */
    void finished(
            boolean completed,
            long instanceId,
            long executionId,
            OffsetDateTime at,
            String rows,
            long read,
            long skipped,
            String failedLines,
            String failure) {
        status = completed ? COMPLETED : FAILED;
        jobInstanceId = instanceId;
        jobExecutionId = executionId;
        endedAt = at;
        rowsLoaded = rows;
        linesRead = read;
        linesSkipped = skipped;
        failedLinesFile = failedLines;
        error = failure == null ? null : failure.substring(0, Math.min(1000, failure.length()));
    }

    public String provider() {
        return provider;
    }

    public LocalDate tradeDate() {
        return tradeDate;
    }

    public String status() {
        return status;
    }

    public Long jobInstanceId() {
        return jobInstanceId;
    }

    public Long jobExecutionId() {
        return jobExecutionId;
    }

    public OffsetDateTime startedAt() {
        return startedAt;
    }

    public OffsetDateTime endedAt() {
        return endedAt;
    }

    public String rowsLoaded() {
        return rowsLoaded;
    }

    public long linesRead() {
        return linesRead;
    }

    public long linesSkipped() {
        return linesSkipped;
    }

    public String failedLinesFile() {
        return failedLinesFile;
    }

    public String error() {
        return error;
    }
}
