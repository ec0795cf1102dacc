package io.stockobserver.batch.etl;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.listener.JobListener;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.StepExecution;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Keeps the load bookkeeping and the evidence of every {@code etl-day} execution: {@code etl_started}, then
 * {@code etl_completed} or {@code etl_failed} (the anomaly rule {@code etl_failed} reads it) with lines read and
 * skipped and the day's rows per table.
 */
@Named("etlJobListener")
@Dependent
public class EtlJobListener implements JobListener {
    private static final Logger LOG = Logger.getLogger(EtlJobListener.class.getName());

    @Inject
    EtlEnvironment env;

    @Inject
    EtlLedger ledger;

    @Inject
    JobContext job;

    @Inject
    @BatchProperty(name = "started_by")
    String startedBy;

    @Override
    public void beforeJob() {
        DayWindow w = JobDay.of(job, env);
        ledger.started(w, job.getInstanceId(), job.getExecutionId());
        Map<String, Object> f = fields(w);
        f.put("started_by", startedBy == null || startedBy.isBlank() ? "?" : startedBy);
        env.event("etl_started", f);
    }

    @Override
    public void afterJob() throws Exception {
        DayWindow w = JobDay.of(job, env);
        JobOperator ops = BatchRuntime.getJobOperator();
        String error = null;
        for (StepExecution s : ops.getStepExecutions(job.getExecutionId())) {
            if (s.getBatchStatus() == BatchStatus.FAILED || s.getBatchStatus() == BatchStatus.STOPPED) {
                error = "step " + s.getStepName() + " " + s.getBatchStatus() + ": " + s.getExitStatus();
            }
        }
        Map<String, Long> rows = Map.of();
        long read = 0;
        long skipped = 0;
        try (Connection c = env.database().getConnection()) {
            rows = DayCounts.of(c, w);
            // every execution of the instance, a killed one's committed chunks included
            LineCounts.Count lines = LineCounts.total(c, job.getInstanceId());
            read = lines.read();
            skipped = lines.skipped();
        } catch (java.sql.SQLException e) {
            LOG.log(Level.WARNING, "etl-day " + w.provider() + " " + w.token() + ": could not count the day's rows", e);
            error = error == null ? "counting rows: " + e.getMessage() : error;
        }
        Path failed = FailedLines.path(env.root(), job.getInstanceId());
        String failedRel =
                Files.exists(failed) ? env.root().relativize(failed).toString().replace('\\', '/') : null;
        EtlOutcome o = new EtlOutcome(error == null, read, skipped, rows, failedRel, error);
        ledger.finished(w, job.getInstanceId(), job.getExecutionId(), o);
        Map<String, Object> f = fields(w);
        f.put("lines_read", read);
        f.put("lines_skipped", skipped);
        rows.forEach((table, n) -> f.put("rows_" + table, n));
        if (failedRel != null) {
            f.put("failed_lines_file", failedRel);
        }
        if (error != null) {
            f.put("error", error);
        }
        env.event(o.completed() ? "etl_completed" : "etl_failed", f);
    }

    private Map<String, Object> fields(DayWindow w) {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("day", w.token());
        f.put("provider", w.provider());
        f.put("job_instance_id", job.getInstanceId());
        f.put("execution_id", job.getExecutionId());
        return f;
    }
}
