package io.stockobserver.batch.etl;

import java.util.List;

/** An archive line with the rows it loads (the processor's output, the writer's input). */
public record ParsedLine(ArchiveLine line, List<Row> rows) {
    public ParsedLine {
        rows = List.copyOf(rows);
    }
}
