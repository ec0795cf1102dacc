package io.stockobserver.collect;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * One change to a KIS REST answer (HTTP status and JSON body) as a broken gateway or a hostile path might make it: a
 * value replaced by hostile text or by a raw token that is no JSON string, a field removed, {@code output} replaced,
 * {@code rt_cd}/{@code msg_cd} altered, the body cut, spoiled or nested a thousand levels deep, the status changed.
 * Applied in sequence to a real-format answer; tree changes are skipped once the text is no longer JSON.
 */
record BodyMutation(Kind kind, int position, String text) {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Stands for a raw token while the tree is printed; replaced by the token in the text. */
    private static final String RAW = "\u0001raw\u0001";

    enum Kind {
        VALUE,
        RAW_VALUE,
        REMOVE_FIELD,
        REPLACE_OUTPUT,
        RESULT_CODE,
        TRUNCATE,
        INSERT_TEXT,
        NEST,
        STATUS
    }

    /** An HTTP answer: status and body. */
    record Answer(int status, String body) {
        Answer withBody(String b) {
            return new Answer(status, b);
        }
    }

    static Arbitrary<List<BodyMutation>> sequences() {
        Arbitrary<Integer> position = Arbitraries.integers().between(0, 20_000);
        Arbitrary<BodyMutation> value =
                Combinators.combine(position, HostileText.values()).as((p, v) -> new BodyMutation(Kind.VALUE, p, v));
        Arbitrary<BodyMutation> raw = Combinators.combine(
                        position,
                        Arbitraries.oneOf(
                                HostileText.values(),
                                Arbitraries.of(
                                        "1e999999999",
                                        "-1E+2147483647",
                                        "NaN",
                                        "[",
                                        "{}",
                                        "[]",
                                        "null",
                                        "true",
                                        "\"\\ud800\"",
                                        "\"a\" \"b\"",
                                        "{\"x\":",
                                        "1" + "0".repeat(2_000))))
                .as((p, v) -> new BodyMutation(Kind.RAW_VALUE, p, v));
        Arbitrary<BodyMutation> remove = position.map(p -> new BodyMutation(Kind.REMOVE_FIELD, p, ""));
        Arbitrary<BodyMutation> output = Arbitraries.of(
                        "null", "[]", "{}", "\"x\"", "5", "[null]", "[{}]", "[[]]", "{\"output\":{}}", "[\"005930\"]")
                .map(v -> new BodyMutation(Kind.REPLACE_OUTPUT, 0, v));
        Arbitrary<BodyMutation> result = Arbitraries.of(
                        "1|EGW00201", "1|EGW00123", "1|EGW00121", "7|", "|", "0|", "1|" + "X".repeat(300), "\u0000|")
                .map(v -> new BodyMutation(Kind.RESULT_CODE, 0, v));
        Arbitrary<BodyMutation> truncate = position.map(p -> new BodyMutation(Kind.TRUNCATE, p, ""));
        Arbitrary<BodyMutation> insert = Combinators.combine(
                        position,
                        Arbitraries.oneOf(
                                Arbitraries.of("\"", "{", "}", "[", "]", ",", ":", "\\", "\u0000", "\uFEFF"),
                                Arbitraries.strings().all().ofMinLength(1).ofMaxLength(8)))
                .as((p, v) -> new BodyMutation(Kind.INSERT_TEXT, p, v));
        Arbitrary<BodyMutation> nest =
                Arbitraries.of(10, 999, 1_001, 5_000).map(d -> new BodyMutation(Kind.NEST, d, ""));
        Arbitrary<BodyMutation> status =
                Arbitraries.of(403, 429, 500, 502, 503, 204, 301).map(s -> new BodyMutation(Kind.STATUS, s, ""));
        return Arbitraries.frequencyOf(
                        Tuple.of(8, value),
                        Tuple.of(2, raw),
                        Tuple.of(2, remove),
                        Tuple.of(1, output),
                        Tuple.of(1, result),
                        Tuple.of(1, truncate),
                        Tuple.of(1, insert),
                        Tuple.of(1, nest),
                        Tuple.of(1, status))
                .list()
                .ofMinSize(1)
                .ofMaxSize(4);
    }

    Answer apply(Answer answer) {
        String body = answer.body();
        return switch (kind) {
            case STATUS -> new Answer(position, body);
            case TRUNCATE -> answer.withBody(body.substring(0, position % (body.length() + 1)));
            case INSERT_TEXT -> {
                int at = position % (body.length() + 1);
                yield answer.withBody(body.substring(0, at) + text + body.substring(at));
            }
            case NEST -> answer.withBody(nest(body));
            default -> answer.withBody(onTree(body));
        };
    }

    /** The body with its {@code output} (or the whole body) wrapped in {@code position} arrays. */
    private String nest(String body) {
        String open = "[".repeat(position);
        String close = "]".repeat(position);
        int at = body.indexOf("\"output\":");
        if (at < 0) {
            return open + body + close;
        }
        int from = at + "\"output\":".length();
        return body.substring(0, from) + open + body.substring(from) + close; // the tail is spoiled too: fine
    }

    private String onTree(String body) {
        JsonNode root;
        try {
            root = JSON.readTree(body);
        } catch (IOException e) {
            return body; // no longer JSON: tree changes have nothing to work on
        }
        if (!(root instanceof ObjectNode object)) {
            return body;
        }
        String placeholderToken = null;
        switch (kind) {
            case VALUE -> pick(object).ifPresent(s -> s.set(text));
            case RAW_VALUE -> {
                pick(object).ifPresent(s -> s.set(RAW));
                placeholderToken = text;
            }
            case REMOVE_FIELD -> pickAny(object).ifPresent(Slot::remove);
            case REPLACE_OUTPUT -> object.set("output", parse(text));
            case RESULT_CODE -> {
                String[] parts = text.split("\\|", -1);
                object.put("rt_cd", parts[0]);
                object.put("msg_cd", parts[1]);
            }
            default -> throw new IllegalStateException(kind.name());
        }
        String printed = object.toString();
        return placeholderToken == null ? printed : printed.replace("\"" + RAW + "\"", placeholderToken);
    }

    private static JsonNode parse(String text) {
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            throw new IllegalArgumentException(text, e);
        }
    }

    /** A place holding a scalar inside {@code output} (object or array of objects), chosen by position. */
    private java.util.Optional<Slot> pick(ObjectNode root) {
        List<Slot> slots = new ArrayList<>();
        collect(root.get("output"), slots, true);
        if (slots.isEmpty()) {
            collect(root, slots, true);
        }
        return slots.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(slots.get(position % slots.size()));
    }

    /** Any field of the answer, containers included (rt_cd, output, an element's symbol…). */
    private java.util.Optional<Slot> pickAny(ObjectNode root) {
        List<Slot> slots = new ArrayList<>();
        collect(root, slots, false);
        return slots.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(slots.get(position % slots.size()));
    }

    private static void collect(JsonNode node, List<Slot> out, boolean scalarsOnly) {
        if (node instanceof ObjectNode o) {
            for (String name : iterable(o.fieldNames())) {
                JsonNode child = o.get(name);
                if (!scalarsOnly || child.isValueNode()) {
                    out.add(new Slot(o, name, -1));
                }
                collect(child, out, scalarsOnly);
            }
        } else if (node instanceof ArrayNode a) {
            for (int i = 0; i < a.size(); i++) {
                if (!scalarsOnly || a.get(i).isValueNode()) {
                    out.add(new Slot(a, null, i));
                }
                collect(a.get(i), out, scalarsOnly);
            }
        }
    }

    private static Iterable<String> iterable(java.util.Iterator<String> it) {
        List<String> names = new ArrayList<>();
        it.forEachRemaining(names::add);
        return names;
    }

    /** A field of an object or an element of an array. */
    private record Slot(JsonNode parent, String name, int index) {
        void set(String value) {
            if (parent instanceof ObjectNode o) {
                o.put(name, value);
            } else {
                ((ArrayNode) parent).set(index, com.fasterxml.jackson.databind.node.TextNode.valueOf(value));
            }
        }

        void remove() {
            if (parent instanceof ObjectNode o) {
                o.remove(name);
            } else {
                ((ArrayNode) parent).remove(index);
            }
        }
    }

    @Override
    public String toString() {
        String shown = text.length() > 40 ? text.substring(0, 40) + "…(" + text.length() + " chars)" : text;
        return kind + "@" + position + (text.isEmpty() ? "" : "=" + shown);
    }
}
