package io.stockobserver.provider.kis;

import io.stockobserver.provider.kis.MasterLayout.Field;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Optional;

/**
 * Reads one decoded master-file line, the way the official parser does (KIS_API_FACTS §8): the last
 * {@code tailLength} characters are the fixed-width tail, the rest is the head; in the head, characters [0,9) are
 * the short code, [9,21) the standard code and the rest the name, each trimmed.
 *
 * <p>Design note: the split counts characters from the end of the decoded line, not bytes from the start, because
 * the name's width in characters varies with how many of its 40 bytes are Korean; the tail is plain ASCII.
 *
 * <p>Flags read {@code Y} as set and {@code N} or a blank as not set (the real files leave unused flags blank);
 * anything else, and any number field that is not digits, makes the line malformed.
 */
final class MasterLineParser {

    /** 9 (code) + 12 (standard code) + at least one character of name. */
    static final int MIN_HEAD = 22;

    private static final DateTimeFormatter YYYYMMDD =
            DateTimeFormatter.ofPattern("uuuuMMdd").withResolverStyle(ResolverStyle.STRICT);

    private MasterLineParser() {}

    /** The record of {@code line} (no line end), or a {@link MalformedLineException} saying what is wrong. */
    static MasterRecord parse(String line, MasterMarket market) throws MalformedLineException {
        MasterLayout layout = market.layout();
        int tailLength = layout.tailLength();
        if (line.length() < MIN_HEAD + tailLength) {
            throw new MalformedLineException("line too short: " + line.length() + " characters, a " + market
                    + " record has at least " + (MIN_HEAD + tailLength) + " (" + MIN_HEAD + " head + " + tailLength
                    + " tail)");
        }
        String head = line.substring(0, line.length() - tailLength);
        String tail = line.substring(line.length() - tailLength);
        String code = head.substring(0, 9).strip();
        if (!code.matches("[0-9A-Z]+")) {
            throw new MalformedLineException("short code must be letters and digits but was '" + code + "'");
        }
        String name = head.substring(21).strip();
        if (name.isEmpty()) {
            throw new MalformedLineException("name is blank");
        }
        Fields fields = new Fields(layout, tail);
        return new MasterRecord(
                code,
                head.substring(9, 21).strip(),
                name,
                market,
                fields.groupCode(),
                fields.number(Field.BASE_PRICE),
                fields.flag(Field.HALTED),
                fields.flag(Field.ADMINISTRATIVE),
                fields.marketWarning(),
                fields.number(Field.LISTED_SHARES),
                fields.number(Field.PREVIOUS_VOLUME),
                fields.number(Field.PAR_VALUE),
                fields.date(Field.LISTING_DATE),
                fields.number(Field.MARKET_CAP),
                fields.preferred(),
                fields.flag(Field.SPAC));
    }

    /** The tail of one line, read field by field. */
    private static final class Fields {
        private final MasterLayout layout;
        private final String tail;

        Fields(MasterLayout layout, String tail) {
            this.layout = layout;
            this.tail = tail;
        }

        String groupCode() throws MalformedLineException {
            String group = raw(Field.GROUP_CODE);
            if (!group.matches("[0-9A-Z]{2}")) {
                throw invalid(Field.GROUP_CODE, "two letters or digits", group);
            }
            return group;
        }

        long number(Field field) throws MalformedLineException {
            String text = raw(field).strip();
            if (text.isEmpty() || !text.chars().allMatch(c -> c >= '0' && c <= '9')) {
                throw invalid(field, "a number", raw(field));
            }
            return Long.parseLong(text);
        }

        boolean flag(Field field) throws MalformedLineException {
            String value = raw(field);
            switch (value) {
                case "Y":
                    return true;
                case "N":
                case " ":
                    return false;
                default:
                    throw invalid(field, "Y, N or blank", value);
            }
        }

        String marketWarning() throws MalformedLineException {
            String value = raw(Field.MARKET_WARNING).strip();
            if (!value.isEmpty() && !value.matches("[0-9]{2}")) {
                throw invalid(Field.MARKET_WARNING, "a two-digit code or blank", raw(Field.MARKET_WARNING));
            }
            return value;
        }

        PreferredType preferred() throws MalformedLineException {
            String value = raw(Field.PREFERRED);
            switch (value) {
                case "0":
                case " ":
                    return PreferredType.COMMON;
                case "1":
                    return PreferredType.OLD_STYLE;
                case "2":
                    return PreferredType.NEW_STYLE;
                default:
                    throw invalid(Field.PREFERRED, "0, 1, 2 or blank", value);
            }
        }

        Optional<LocalDate> date(Field field) throws MalformedLineException {
            String text = raw(field).strip();
            if (text.isEmpty() || text.chars().allMatch(c -> c == '0')) {
                return Optional.empty();
            }
            try {
                return Optional.of(LocalDate.parse(text, YYYYMMDD));
            } catch (DateTimeParseException e) {
                throw invalid(field, "a date YYYYMMDD", raw(field));
            }
        }

        private String raw(Field field) {
            return layout.field(tail, field);
        }

        private static MalformedLineException invalid(Field field, String expected, String value) {
            return new MalformedLineException(field.label() + " must be " + expected + " but was '" + value + "'");
        }
    }

    /** Why one line is not a record; becomes a {@link MasterParseError}. No stack trace: it is expected input. */
    static final class MalformedLineException extends Exception {
        private static final long serialVersionUID = 1L;

        MalformedLineException(String reason) {
            super(reason, null, false, false);
        }
    }
}
