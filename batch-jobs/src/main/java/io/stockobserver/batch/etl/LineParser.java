package io.stockobserver.batch.etl;

import java.time.LocalDate;
import java.util.List;

/** Turns one archive line of a source into the rows it loads. */
public interface LineParser {
    List<Row> rows(ArchiveLine line) throws MalformedLineException;

    /** The parser of a source's lines for one provider's day. */
    static LineParser of(EtlSource source, String provider, LocalDate day) {
        return switch (source) {
            case SCALP -> new RecordRows(Tables.SCALP_TICKS, "scalp", provider);
            case SWING -> new RecordRows(Tables.SWING_SNAPSHOTS, "swing", provider);
            case EVENTS -> new EventRows(provider, day);
            case OVERFLOW -> new OverflowRows(provider, day);
        };
    }
}
