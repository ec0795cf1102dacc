package io.stockobserver.provider.kis;

import java.util.List;

/**
 * A real-time data frame {@code <enc>|<TR_ID>|<count>|<payload>} split into its records (KIS_API_FACTS §5.5).
 *
 * @param encrypted true for {@code 1|…} frames (execution notices; payload left as base64 in {@code records})
 * @param trId e.g. H0STCNT0
 * @param records {@code count} records, each an array of fields (field 0 is the symbol for quote TRs)
 * @param raw the frame as received
 */
public record KisDataFrame(boolean encrypted, String trId, List<String[]> records, String raw) implements KisFrame {
    public int count() {
        return records.size();
    }
}
