package io.stockobserver.batch.etl;

/**
 * The load bookkeeping {@code etl-day} keeps per provider and day ({@code etl_loads}), provided by the server (JPA).
 */
public interface EtlLedger {
    /** A job execution for the day started. */
    void started(DayWindow day, long instanceId, long executionId);

    /** It ended, completed or not. */
    void finished(DayWindow day, long instanceId, long executionId, EtlOutcome outcome);
}
