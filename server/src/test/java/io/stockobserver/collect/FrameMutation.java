package io.stockobserver.collect;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * One change to a KIS WebSocket message as a spoiled or hostile sender might make it: a field's value replaced, the
 * message cut short, a character lost or added, the record count, the TR id or the encryption flag altered, records
 * repeated. Applied in sequence to a real-format message; {@link #toString()} says what was done, for the report of
 * a failing try.
 */
record FrameMutation(Kind kind, int position, String text) {
    enum Kind {
        FIELD,
        TRUNCATE,
        DELETE_CHAR,
        INSERT_TEXT,
        COUNT,
        TR_ID,
        FLAG,
        REPEAT_PAYLOAD
    }

    /** The mutations the properties draw from; field replacement is the commonest, as in the defect reports. */
    static Arbitrary<List<FrameMutation>> sequences() {
        Arbitrary<Integer> position = Arbitraries.integers().between(0, 20_000);
        Arbitrary<FrameMutation> field =
                Combinators.combine(position, HostileText.values()).as((p, v) -> new FrameMutation(Kind.FIELD, p, v));
        Arbitrary<FrameMutation> truncate = position.map(p -> new FrameMutation(Kind.TRUNCATE, p, ""));
        Arbitrary<FrameMutation> delete = position.map(p -> new FrameMutation(Kind.DELETE_CHAR, p, ""));
        Arbitrary<FrameMutation> insert = Combinators.combine(
                        position,
                        Arbitraries.oneOf(
                                Arbitraries.of("^", "|", "{", "}", "\"", "\\", "\u0000", "^^", "|0|"),
                                Arbitraries.strings().all().ofMinLength(1).ofMaxLength(8)))
                .as((p, v) -> new FrameMutation(Kind.INSERT_TEXT, p, v));
        Arbitrary<FrameMutation> count = Arbitraries.oneOf(
                        Arbitraries.integers().between(0, 999).map(n -> String.format("%03d", n)),
                        Arbitraries.of("", "1", "01", "0002", "-01", "abc", "999999999999", "00\u0662"))
                .map(c -> new FrameMutation(Kind.COUNT, 0, c));
        Arbitrary<FrameMutation> trId = Arbitraries.of(
                        "H0STASP0", "H0STCNI0", "PINGPONG", "", "h0stcnt0", "H0STCNT0 ", "X".repeat(300))
                .map(t -> new FrameMutation(Kind.TR_ID, 0, t));
        Arbitrary<FrameMutation> flag =
                Arbitraries.of("1", "2", "", "00", "{").map(f -> new FrameMutation(Kind.FLAG, 0, f));
        Arbitrary<FrameMutation> repeat =
                Arbitraries.integers().between(2, 40).map(n -> new FrameMutation(Kind.REPEAT_PAYLOAD, n, ""));
        return Arbitraries.frequencyOf(
                        net.jqwik.api.Tuple.of(8, field),
                        net.jqwik.api.Tuple.of(1, truncate),
                        net.jqwik.api.Tuple.of(1, delete),
                        net.jqwik.api.Tuple.of(1, insert),
                        net.jqwik.api.Tuple.of(1, count),
                        net.jqwik.api.Tuple.of(1, trId),
                        net.jqwik.api.Tuple.of(1, flag),
                        net.jqwik.api.Tuple.of(1, repeat))
                .list()
                .ofMinSize(1)
                .ofMaxSize(4);
    }

    /** This mutation applied to {@code message}. */
    String apply(String message) {
        return switch (kind) {
            case FIELD -> replaceField(message);
            case TRUNCATE -> message.substring(0, position % (message.length() + 1));
            case DELETE_CHAR -> {
                if (message.isEmpty()) {
                    yield message;
                }
                int at = position % message.length();
                yield message.substring(0, at) + message.substring(at + 1);
            }
            case INSERT_TEXT -> {
                int at = position % (message.length() + 1);
                yield message.substring(0, at) + text + message.substring(at);
            }
            case COUNT -> header(message, 2, text);
            case TR_ID -> header(message, 1, text);
            case FLAG -> header(message, 0, text);
            case REPEAT_PAYLOAD -> repeatPayload(message);
        };
    }

    /** Replaces the value of one caret-separated field of the payload (any field: the symbol and time too). */
    private String replaceField(String message) {
        int payload = payloadStart(message);
        if (payload < 0) {
            return message + text;
        }
        String[] fields = message.substring(payload).split("\\^", -1);
        fields[position % fields.length] = text;
        return message.substring(0, payload) + String.join("^", fields);
    }

    /** Replaces header part {@code part} (0 flag, 1 tr_id, 2 count) when the message still has the header. */
    private static String header(String message, int part, String value) {
        String[] parts = message.split("\\|", 4);
        if (parts.length < 4) {
            return message;
        }
        parts[part] = value;
        return String.join("|", parts);
    }

    /** The payload repeated {@code position} times with the count left as it was (or as an earlier change set it). */
    private String repeatPayload(String message) {
        int payload = payloadStart(message);
        if (payload < 0) {
            return message;
        }
        String p = message.substring(payload);
        return message.substring(0, payload) + String.join("^", java.util.Collections.nCopies(position, p));
    }

    private static int payloadStart(String message) {
        int p1 = message.indexOf('|');
        int p2 = p1 < 0 ? -1 : message.indexOf('|', p1 + 1);
        int p3 = p2 < 0 ? -1 : message.indexOf('|', p2 + 1);
        return p3 < 0 ? -1 : p3 + 1;
    }

    @Override
    public String toString() {
        String shown = text.length() > 40 ? text.substring(0, 40) + "…(" + text.length() + " chars)" : text;
        return kind + "@" + position + (text.isEmpty() ? "" : "=" + shown);
    }
}
