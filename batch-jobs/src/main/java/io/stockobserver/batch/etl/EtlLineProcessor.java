package io.stockobserver.batch.etl;

import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Parses a line into its rows; a malformed line throws {@link MalformedLineException}, which the step skips. */
@Named("etlLineProcessor")
@Dependent
public class EtlLineProcessor implements ItemProcessor {
    @Inject
    EtlEnvironment env;

    @Inject
    JobContext job;

    /** The step is named after its source: swing, scalp, events, overflow. */
    @Inject
    jakarta.batch.runtime.context.StepContext step;

    private LineParser parser;

    @Override
    public Object processItem(Object item) throws Exception {
        if (parser == null) {
            DayWindow w = JobDay.of(job, env);
            parser = LineParser.of(EtlSource.of(step.getStepName()), w.provider(), w.day());
        }
        ArchiveLine line = (ArchiveLine) item;
        return new ParsedLine(line, parser.rows(line));
    }
}
