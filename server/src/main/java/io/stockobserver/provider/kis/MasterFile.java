package io.stockobserver.provider.kis;

import java.util.List;
import java.util.Objects;

/**
 * A parsed master file: the records read and the lines that could not be read, both in file order.
 *
 * @param market which master file
 * @param records every well-formed line
 * @param errors every malformed line, with its line number and reason
 */
public record MasterFile(MasterMarket market, List<MasterRecord> records, List<MasterParseError> errors) {
    public MasterFile {
        Objects.requireNonNull(market, "market");
        records = List.copyOf(records);
        errors = List.copyOf(errors);
        for (MasterRecord record : records) {
            if (record.market() != market) {
                throw new IllegalArgumentException(
                        "record " + record.code() + " is from " + record.market() + ", not " + market);
            }
        }
    }
}
