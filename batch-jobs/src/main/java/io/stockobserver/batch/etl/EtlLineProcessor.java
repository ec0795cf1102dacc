package io.stockobserver.batch.etl;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.ItemProcessor;
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
    @BatchProperty(name = "source")
    String source;

    @Inject
    @BatchProperty(name = "day")
    String day;

    @Inject
    @BatchProperty(name = "provider")
    String provider;

    private LineParser parser;

    @Override
    public Object processItem(Object item) throws Exception {
        if (parser == null) {
            DayWindow w = DayWindow.of(provider, day, env.partitionZone());
            parser = LineParser.of(EtlSource.of(source), w.provider(), w.day());
        }
        ArchiveLine line = (ArchiveLine) item;
        return new ParsedLine(line, parser.rows(line));
    }
}
