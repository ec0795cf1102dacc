package io.stockobserver.batch.etl;

import java.util.List;
import java.util.Objects;

/**
 * A table rows are loaded into: its columns (those a load fills; ids and defaults left out), its natural key, and
 * what a row whose key is already there does. Rows of the archive's records ({@code scalp_ticks},
 * {@code swing_snapshots}) may already have been written by the live database sink, which knows no archive line:
 * the load then only fills in {@code archive_ref}.
 */
public record TableSpec(String name, List<String> columns, List<String> key, boolean fillArchiveRef) {
    public TableSpec {
        Objects.requireNonNull(name, "name");
        columns = List.copyOf(columns);
        key = List.copyOf(key);
        if (!columns.containsAll(key)) {
            throw new IllegalArgumentException("key of " + name + " not among its columns: " + key);
        }
        if (fillArchiveRef && !columns.contains("archive_ref")) {
            throw new IllegalArgumentException(name + " has no archive_ref to fill");
        }
    }

    /** The temporary staging table COPY writes into (one per connection). */
    public String stagingTable() {
        return "etl_stage_" + name;
    }

    public int index(String column) {
        int i = columns.indexOf(column);
        if (i < 0) {
            throw new IllegalArgumentException(name + " has no column " + column);
        }
        return i;
    }
}
