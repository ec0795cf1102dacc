package io.stockobserver.provider.kis;

import java.util.Objects;

/**
 * A master-file line that could not be read as a record. It is kept, not dropped: the parse goes on with the next
 * line and the universe file counts these as {@code malformed_lines}.
 *
 * @param lineNumber 1-based line number in the master file
 * @param reason what was wrong, naming the field (e.g. {@code 기준가 (BASE_PRICE) is not a number: '12A'})
 * @param rawLine the line as decoded (undecodable bytes shown as U+FFFD), without its line end
 */
public record MasterParseError(int lineNumber, String reason, String rawLine) {
    public MasterParseError {
        if (lineNumber < 1) {
            throw new IllegalArgumentException("lineNumber must be at least 1 but was " + lineNumber);
        }
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(rawLine, "rawLine");
    }
}
