package io.stockobserver.batch.etl;

import jakarta.batch.api.chunk.listener.SkipProcessListener;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Writes every skipped line to the job instance's failed-lines file ({@link FailedLines}) and counts it, read and
 * skipped, in {@link LineCounts} on a connection of the chunk's transaction (so it is counted with its chunk).
 */
@Named("etlSkipListener")
@Dependent
public class EtlSkipListener implements SkipProcessListener {
    @Inject
    EtlEnvironment env;

    @Inject
    JobContext job;

    /** The step is named after its source: swing, scalp, events, overflow. */
    @Inject
    jakarta.batch.runtime.context.StepContext step;

    /** The partition of a partitioned step (its plan's property); unset otherwise. */
    @Inject
    @jakarta.batch.api.BatchProperty(name = "partition")
    String partition;

    @Override
    public void onSkipProcessItem(Object item, Exception ex) throws Exception {
        String reason = ex instanceof MalformedLineException m
                ? m.reason()
                : ex.getClass().getSimpleName();
        FailedLines.append(
                FailedLines.path(env.root(), job.getInstanceId()), step.getStepName(), (ArchiveLine) item, reason);
        try (java.sql.Connection c = env.database().getConnection()) {
            // in a partition, also where its reader is: a chunk of skipped lines alone has no write to record it
            LinePosition readTo = partition != null && step.getTransientUserData() instanceof ArchiveLineCursor cursor
                    ? cursor.position()
                    : null;
            LineCounts.add(c, job.getInstanceId(), step.getStepName(), LineCounts.partition(partition), 1, 1, readTo);
        }
    }
}
