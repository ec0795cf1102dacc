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

    private static final com.fasterxml.jackson.databind.ObjectMapper JSON =
            new com.fasterxml.jackson.databind.ObjectMapper();

    /** Adds {@code read} and {@code skipped} lines to the instance's count of {@code step}/{@code partition}. */
    public static void add(Connection c, long instance, String step, int partition, long read, long skipped)
            throws SQLException {
        add(c, instance, step, partition, read, skipped, null);
    }

    /**
     * As {@link #add(Connection, long, String, int, long, long)}, and records {@code readTo} (when not null) as where
     * the partition has read to once this chunk commits.
     */
    public static void add(
            Connection c, long instance, String step, int partition, long read, long skipped, LinePosition readTo)
            throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO etl_line_counts (job_instance_id, step,"
                + " step_partition, lines_read, lines_skipped, read_to) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT"
                + " (job_instance_id, step, step_partition) DO UPDATE SET lines_read = etl_line_counts.lines_read"
                + " + EXCLUDED.lines_read, lines_skipped = etl_line_counts.lines_skipped + EXCLUDED.lines_skipped,"
                + " read_to = coalesce(EXCLUDED.read_to, etl_line_counts.read_to)")) {
            s.setLong(1, instance);
            s.setString(2, step);
            s.setInt(3, partition);
            s.setLong(4, read);
            s.setLong(5, skipped);
            s.setString(6, readTo == null ? null : json(readTo));
            s.executeUpdate();
        }
    }

    /** Where the partition had read to at its last committed chunk; empty before its first. */
    public static java.util.Optional<LinePosition> readTo(Connection c, long instance, String step, int partition)
            throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT read_to FROM etl_line_counts WHERE job_instance_id = ?"
                + " AND step = ? AND step_partition = ?")) {
            s.setLong(1, instance);
            s.setString(2, step);
            s.setInt(3, partition);
            try (ResultSet r = s.executeQuery()) {
                if (!r.next() || r.getString(1) == null) {
                    return java.util.Optional.empty();
                }
                var n = JSON.readTree(r.getString(1));
                java.util.List<String> files = new java.util.ArrayList<>();
                n.path("files").forEach(f -> files.add(f.asText()));
                return java.util.Optional.of(new LinePosition(
                        files,
                        n.path("file").asInt(),
                        n.path("offset").asLong(),
                        n.path("line").asLong()));
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new SQLException("unreadable read_to of " + step + "/" + partition, e);
            }
        }
    }

    private static String json(LinePosition p) {
        var n = JSON.createObjectNode();
        var files = n.putArray("files");
        p.files().forEach(files::add);
        n.put("file", p.file());
        n.put("offset", p.offset());
        n.put("line", p.line());
        return n.toString();
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
