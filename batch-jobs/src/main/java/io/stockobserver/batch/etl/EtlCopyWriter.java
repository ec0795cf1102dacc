package io.stockobserver.batch.etl;

import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a chunk's rows with {@link CopyLoader} on a connection of the chunk's transaction, so the rows and the
 * reader's checkpoint commit together (and a killed chunk leaves neither).
 */
@Named("etlCopyWriter")
@Dependent
public class EtlCopyWriter extends AbstractItemWriter {
    @Inject
    EtlEnvironment env;

    private final CopyLoader loader = new CopyLoader();

    @Override
    public void writeItems(List<Object> items) throws Exception {
        List<Row> rows = new ArrayList<>(items.size());
        for (Object o : items) {
            rows.addAll(((ParsedLine) o).rows());
        }
        try (Connection c = env.database().getConnection()) {
            loader.load(c, rows);
        }
    }
}
