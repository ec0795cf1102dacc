package io.stockobserver.batch.etl;

import java.util.Map;

/**
 * How one {@code etl-day} execution ended.
 *
 * @param completed every step completed
 * @param linesRead archive lines read by the instance's executions so far (committed chunks)
 * @param linesSkipped malformed lines skipped (each is in the failed-lines file)
 * @param rows the day's rows per table after the execution
 * @param failedLinesFile archive-relative path of the failed-lines file, or null when no line failed
 * @param error the failed step and its exit status, or null
 */
public record EtlOutcome(
        boolean completed,
        long linesRead,
        long linesSkipped,
        Map<String, Long> rows,
        String failedLinesFile,
        String error) {
    public EtlOutcome {
        rows = Map.copyOf(rows);
    }
}
