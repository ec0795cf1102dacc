package io.stockobserver.batch.etl;

import java.util.Objects;

/**
 * One row for a table, its values as PostgreSQL input text in the order of {@link TableSpec#columns()} (numbers as
 * the archive wrote them, so nothing is rounded on the way); null is SQL NULL.
 */
public record Row(TableSpec table, String[] values) {
    public Row {
        Objects.requireNonNull(table, "table");
        if (values.length != table.columns().size()) {
            throw new IllegalArgumentException(
                    table.name() + " needs " + table.columns().size() + " values, got " + values.length);
        }
    }

    public String get(String column) {
        return values[table.index(column)];
    }
}
