package io.stockobserver.batch.etl;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A system event line (docs/archive-format.md §6.4) → a {@code system_events} row with all its fields as JSON, and
 * for a {@code gap_marker} also a {@code scalp_gaps} row.
 */
final class EventRows implements LineParser {
    private final String provider;
    private final String day;

    EventRows(String provider, LocalDate day) {
        this.provider = provider;
        this.day = day.toString();
    }

    @Override
    public List<Row> rows(ArchiveLine line) throws MalformedLineException {
        JsonFields f = JsonFields.parse(line.bytes());
        String type = f.text("event_type", true);
        List<Row> out = new ArrayList<>(2);
        out.add(new Row(Tables.SYSTEM_EVENTS, new String[] {
            provider,
            day,
            type,
            f.time("event_time", false),
            f.text("session_id", false),
            f.integer("mitigation_level", false),
            f.text("quality_flag", false),
            f.text("schema_version", false),
            f.json(),
            line.ref()
        }));
        if (type.equals("gap_marker")) {
            out.add(new Row(Tables.SCALP_GAPS, new String[] {
                provider,
                day,
                f.time("gap_start_ts", true),
                f.time("gap_end_ts", true),
                f.integer("gap_seconds", true),
                f.text("scope", true),
                f.text("reason", true),
                f.text("symbol", false),
                f.text("detail", false),
                f.text("session_id", true),
                line.ref()
            }));
        }
        return out;
    }
}
