package io.stockobserver.batch.etl;

import jakarta.batch.api.chunk.listener.SkipProcessListener;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Writes every skipped line to the job instance's failed-lines file ({@link FailedLines}). */
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

    @Override
    public void onSkipProcessItem(Object item, Exception ex) throws Exception {
        String reason = ex instanceof MalformedLineException m
                ? m.reason()
                : ex.getClass().getSimpleName();
        FailedLines.append(
                FailedLines.path(env.root(), job.getInstanceId()), step.getStepName(), (ArchiveLine) item, reason);
    }
}
