package io.stockobserver.batch.etl;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code etl_line_counts}: the lines a job instance has read and skipped per chunk step and partition. Each chunk
 * adds its own on a connection of the chunk's transaction, so the counts commit with the chunk's rows and
 * checkpoint — a killed chunk adds nothing, and its lines are counted once, when they are read again.
 */
public final class LineCounts {
    /** Lines read (skipped ones included) and skipped. */
    public record Count(long read, long skipped) {
        Count plus(Count o) {
            return new Count(read + o.read, skipped + o.skipped);
        }
    }

    private LineCounts() {}

    /** A partition number as a step artifact's {@code partition} property has it: unset in a step not partitioned. */
    static int partition(String property) {
        return property == null || property.isBlank() ? 0 : Integer.parseInt(property.trim());
    }

    /** Adds {@code read} and {@code skipped} lines to the instance's count of {@code step}/{@code partition}. */
    public static void add(Connection c, long instance, String step, int partition, long read, long skipped)
            throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO etl_line_counts (job_instance_id, step,"
                + " step_partition, lines_read, lines_skipped) VALUES (?, ?, ?, ?, ?) ON CONFLICT (job_instance_id,"
                + " step, step_partition) DO UPDATE SET lines_read = etl_line_counts.lines_read + EXCLUDED.lines_read,"
                + " lines_skipped = etl_line_counts.lines_skipped + EXCLUDED.lines_skipped")) {
            s.setLong(1, instance);
            s.setString(2, step);
            s.setInt(3, partition);
            s.setLong(4, read);
            s.setLong(5, skipped);
            s.executeUpdate();
        }
    }

    /** The instance's counts per step, partitions summed, in no particular order of steps. */
    public static Map<String, Count> byStep(Connection c, long instance) throws SQLException {
        Map<String, Count> out = new LinkedHashMap<>();
        try (PreparedStatement s = c.prepareStatement("SELECT step, sum(lines_read), sum(lines_skipped) FROM"
                + " etl_line_counts WHERE job_instance_id = ? GROUP BY step ORDER BY step")) {
            s.setLong(1, instance);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    out.put(r.getString(1), new Count(r.getLong(2), r.getLong(3)));
                }
            }
        }
        return out;
    }

    /** The instance's counts over every step. */
    public static Count total(Connection c, long instance) throws SQLException {
        return byStep(c, instance).values().stream().reduce(new Count(0, 0), Count::plus);
    }
}
