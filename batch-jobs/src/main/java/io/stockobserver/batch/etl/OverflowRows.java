package io.stockobserver.batch.etl;

import java.time.LocalDate;
import java.util.List;

/** An Overflow Ledger line (docs/archive-format.md §6.5) → an {@code overflow_ledger} row. */
final class OverflowRows implements LineParser {
    private final String provider;
    private final String day;

    OverflowRows(String provider, LocalDate day) {
        this.provider = provider;
        this.day = day.toString();
    }

    @Override
    public List<Row> rows(ArchiveLine line) throws MalformedLineException {
        JsonFields f = JsonFields.parse(line.bytes());
        String p = f.text("provider", false);
        if (p != null && !p.equals(provider)) {
            throw new MalformedLineException("other_provider:" + p);
        }
        return List.of(new Row(Tables.OVERFLOW_LEDGER, new String[] {
            provider,
            day,
            f.time("timestamp", true),
            f.text("symbol", true),
            f.number("candidate_score"),
            f.integer("cutoff_rank", false),
            f.integer("mitigation_level", false),
            f.text("decision_reason", true),
            f.text("session_id", true),
            line.ref()
        }));
    }
}
