package io.stockobserver.batch.etl;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * Bulk-loads rows: per table, COPY into a temporary staging table, then one {@code INSERT … SELECT … ON CONFLICT} on
 * the natural key into the real table. Rows whose key is already there are left as they are (only a missing
 * {@code archive_ref} is filled in), so loading the same lines twice adds nothing. A key that occurs twice among the
 * rows keeps the first.
 */
public final class CopyLoader {
    /**
     * Loads the rows in the connection's current transaction (a Jakarta Batch chunk's: there, the container commits);
     * returns, per table, how many rows were inserted or completed.
     */
    public Map<String, Long> load(Connection c, List<Row> rows) throws SQLException, IOException {
        Map<TableSpec, List<Row>> byTable = new LinkedHashMap<>();
        for (Row r : rows) {
            byTable.computeIfAbsent(r.table(), t -> new ArrayList<>()).add(r);
        }
        Map<String, Long> out = new LinkedHashMap<>();
        for (var e : byTable.entrySet()) {
            out.put(e.getKey().name(), loadTable(c, e.getKey(), e.getValue()));
        }
        return out;
    }

    /** {@link #load} in a local transaction of its own, for a connection in auto-commit mode outside a container. */
    public Map<String, Long> loadCommitted(Connection c, List<Row> rows) throws SQLException, IOException {
        return LocalTransaction.run(c, () -> load(c, rows));
    }

    private long loadTable(Connection c, TableSpec t, List<Row> rows) throws SQLException, IOException {
        String cols = String.join(", ", t.columns());
        try (Statement s = c.createStatement()) {
            s.execute("CREATE TEMP TABLE IF NOT EXISTS " + t.stagingTable() + " AS SELECT 0::bigint AS seq, " + cols
                    + " FROM " + t.name() + " WITH NO DATA");
            s.execute("TRUNCATE " + t.stagingTable());
        }
        CopyText text = new CopyText();
        long seq = 0;
        for (Row r : rows) {
            text.add(seq++, r);
        }
        CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
        copy.copyIn(
                "COPY " + t.stagingTable() + " (seq, " + cols + ") FROM STDIN", new ByteArrayInputStream(text.bytes()));
        try (Statement s = c.createStatement()) {
            return s.executeUpdate(mergeSql(t, cols));
        }
    }

    static String mergeSql(TableSpec t, String cols) {
        String key = String.join(", ", t.key());
        String sql = "INSERT INTO " + t.name() + " (" + cols + ") SELECT DISTINCT ON (" + key + ") " + cols + " FROM "
                + t.stagingTable() + " ORDER BY " + key + ", seq ON CONFLICT (" + key + ") DO ";
        if (t.fillArchiveRef()) {
            return sql + "UPDATE SET archive_ref = EXCLUDED.archive_ref WHERE " + t.name()
                    + ".archive_ref IS NULL AND EXCLUDED.archive_ref IS NOT NULL";
        }
        return sql + "NOTHING";
    }
}
