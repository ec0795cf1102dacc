package io.stockobserver.batch.etl;

import jakarta.batch.api.BatchProperty;
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

    @Inject
    @BatchProperty(name = "source")
    String source;

    @Override
    public void onSkipProcessItem(Object item, Exception ex) throws Exception {
        String reason = ex instanceof MalformedLineException m
                ? m.reason()
                : ex.getClass().getSimpleName();
        FailedLines.append(FailedLines.path(env.root(), job.getInstanceId()), source, (ArchiveLine) item, reason);
    }
}
