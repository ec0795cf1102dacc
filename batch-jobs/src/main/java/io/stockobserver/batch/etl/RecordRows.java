package io.stockobserver.batch.etl;

import java.util.List;

/**
 * A scalp or swing snapshot line (docs/archive-format.md §6.2, §6.3) → one row of {@code scalp_ticks} or
 * {@code swing_snapshots}. The same class reads the archived line for the live database sink, so both paths give
 * the same row. A record of another provider or track is malformed here.
 */
public final class RecordRows implements LineParser {
    private final TableSpec table;
    private final String track;
    private final String provider;

    public RecordRows(TableSpec table, String track, String provider) {
        this.table = table;
        this.track = track;
        this.provider = provider;
    }

    @Override
    public List<Row> rows(ArchiveLine line) throws MalformedLineException {
        return List.of(row(line.bytes(), line.ref()));
    }

    /** The row of one archived line; {@code archiveRef} is null when the line's place is not known (live sink). */
    public Row row(byte[] jsonLine, String archiveRef) throws MalformedLineException {
        JsonFields f = JsonFields.parse(jsonLine);
        String p = f.text("provider", true);
        if (!p.equals(provider)) {
            throw new MalformedLineException("other_provider:" + p);
        }
        String t = f.text("track", true);
        if (!t.equals(track)) {
            throw new MalformedLineException("other_track:" + t);
        }
        String[] v = new String[table.columns().size()];
        for (int i = 0; i < v.length; i++) {
            v[i] = value(f, table.columns().get(i), archiveRef);
        }
        return new Row(table, v);
    }

    private static String value(JsonFields f, String column, String archiveRef) throws MalformedLineException {
        return switch (column) {
            case "provider", "market", "symbol", "session_id", "cycle_id" -> f.text(column, true);
            case "schema_version", "quality_flag", "raw_ref" -> f.text(column, false);
            case "sample_time", "event_time", "receive_time" -> f.time(column, true);
            case "mitigation_level", "trades_since_last_sample" -> f.integer(column, false);
            case "provider_specific" -> f.object(column);
            case "archive_ref" -> archiveRef;
            default -> f.number(column);
        };
    }
}
