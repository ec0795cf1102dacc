package io.stockobserver.batch.etl;

import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a chunk's rows with {@link CopyLoader} on a connection of the chunk's transaction, and adds the chunk's
 * lines to {@link LineCounts}, so the rows, the count and the reader's checkpoint commit together (and a killed chunk
 * leaves none of them).
 */
@Named("etlCopyWriter")
@Dependent
public class EtlCopyWriter extends AbstractItemWriter {
    @Inject
    EtlEnvironment env;

    @Inject
    jakarta.batch.runtime.context.JobContext job;

    @Inject
    jakarta.batch.runtime.context.StepContext step;

    /** The partition of a partitioned step (its plan's property); unset otherwise. */
    @Inject
    @jakarta.batch.api.BatchProperty(name = "partition")
    String partition;

    private final CopyLoader loader = new CopyLoader();

    @Override
    public void writeItems(List<Object> items) throws Exception {
        List<Row> rows = new ArrayList<>(items.size());
        for (Object o : items) {
            rows.addAll(((ParsedLine) o).rows());
        }
        try (Connection c = env.database().getConnection()) {
            loader.load(c, rows);
            LineCounts.add(
                    c,
                    job.getInstanceId(),
                    step.getStepName(),
                    LineCounts.partition(partition),
                    items.size(),
                    0,
                    readTo());
        }
    }

    /** In a partition: where its reader is, which is where this chunk ends. */
    private LinePosition readTo() {
        return partition != null && step.getTransientUserData() instanceof ArchiveLineCursor cursor
                ? cursor.position()
                : null;
    }
}
