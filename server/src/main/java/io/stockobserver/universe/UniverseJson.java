package io.stockobserver.universe;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.stockobserver.archive.UtcTimestamps;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/**
 * The universe file's JSON form (docs/archive-format.md, "Universe"): one pretty-printed UTF-8 document. Written and
 * read field by field rather than by data binding, so the file format is stated here and the value types stay free
 * of Jackson annotations. Unknown fields are ignored on reading; a missing value is left out, never written as
 * {@code null}.
 */
final class UniverseJson {

    /** The version written; files whose version starts with {@code 1.} are read. */
    static final String SCHEMA_VERSION = "1.1"; // 1.1 added min_turnover and exclude_warning

    private static final ObjectMapper JSON =
            new ObjectMapper().enable(com.fasterxml.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    private UniverseJson() {}

    /** The document for {@code universe}, ending in a line feed. */
    static String write(Universe universe, String provider, String market) {
        ObjectNode root = JSON.createObjectNode();
        root.put("schema_version", SCHEMA_VERSION);
        root.put("day", universe.day().toString());
        root.put("provider", provider);
        root.put("market", market);
        root.put("built_at", UtcTimestamps.format(universe.builtAt()));
        root.put("source", universe.source());
        root.put("degraded", universe.degraded());
        universe.degradedReason().ifPresent(reason -> root.put("degraded_reason", reason));
        writeRules(root.putObject("rules"), universe.rules());
        writeCounts(root.putObject("counts"), universe.counts());
        ArrayNode members = root.putArray("members");
        for (UniverseMember member : universe.members()) {
            writeMember(members.addObject(), member);
        }
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree of strings and numbers always serializes", e);
        }
    }

    private static void writeRules(ObjectNode node, UniverseRules rules) {
        node.put("min_base_price", rules.minBasePrice());
        addAll(node.putArray("included_groups"), rules.includedGroups());
        node.put("exclude_halted", rules.excludeHalted());
        node.put("exclude_administrative", rules.excludeAdministrative());
        node.put("exclude_preferred", rules.excludePreferred());
        node.put("exclude_spac", rules.excludeSpac());
        node.put("exclude_warning", rules.excludeWarning());
        node.put("min_turnover", rules.minTurnover());
        rules.watchList().ifPresent(codes -> addAll(node.putArray("watch_list"), codes));
    }

    private static void writeCounts(ObjectNode node, UniverseCounts counts) {
        node.put("considered", counts.considered());
        node.put("included", counts.included());
        node.put("malformed_lines", counts.malformedLines());
        ObjectNode excluded = node.putObject("excluded");
        counts.excluded().forEach(excluded::put);
    }

    private static void writeMember(ObjectNode node, UniverseMember member) {
        node.put("symbol", member.symbol());
        member.name().ifPresent(name -> node.put("name", name));
        member.market().ifPresent(market -> node.put("market", market));
        member.basePrice().ifPresent(price -> node.put("base_price", price));
        member.listedShares().ifPresent(shares -> node.put("listed_shares", shares));
        node.put("reason", member.reason());
    }

    private static void addAll(ArrayNode array, Set<String> values) {
        values.forEach(array::add);
    }

    /**
     * Reads a document written by {@link #write}.
     *
     * @throws IllegalArgumentException saying what is wrong when it is not such a document
     */
    static Parsed read(String content) {
        JsonNode root;
        try {
            root = JSON.readTree(content);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not JSON: " + e.getOriginalMessage(), e);
        }
        Node doc = new Node(root, "document");
        String version = doc.text("schema_version");
        if (!version.startsWith("1.")) {
            throw new IllegalArgumentException("unsupported schema_version '" + version + "' (this reader: 1.x)");
        }
        boolean degraded = doc.bool("degraded");
        Optional<String> reason = doc.optionalText("degraded_reason");
        if (degraded != reason.isPresent()) {
            throw new IllegalArgumentException("degraded is " + degraded + " but degraded_reason is "
                    + (reason.isPresent() ? "present" : "absent"));
        }
        List<UniverseMember> members = new ArrayList<>();
        for (Node member : doc.array("members")) {
            members.add(readMember(member));
        }
        Universe universe = new Universe(
                doc.date("day"),
                doc.instant("built_at"),
                doc.text("source"),
                reason,
                readRules(doc.object("rules")),
                readCounts(doc.object("counts")),
                members);
        return new Parsed(universe, doc.text("provider"), doc.text("market"));
    }

    private static UniverseRules readRules(Node node) {
        Optional<Set<String>> watchList =
                node.has("watch_list") ? Optional.of(node.texts("watch_list")) : Optional.empty();
        return new UniverseRules(
                node.number("min_base_price"),
                node.has("min_turnover") ? node.decimal("min_turnover") : BigDecimal.ZERO,
                node.texts("included_groups"),
                node.bool("exclude_halted"),
                node.bool("exclude_administrative"),
                node.bool("exclude_preferred"),
                node.bool("exclude_spac"),
                node.has("exclude_warning") && node.bool("exclude_warning"),
                watchList);
    }

    private static UniverseCounts readCounts(Node node) {
        Map<String, Integer> excluded = new LinkedHashMap<>();
        Node byReason = node.object("excluded");
        for (String reason : byReason.fieldNames()) {
            excluded.put(reason, byReason.count(reason));
        }
        return new UniverseCounts(
                node.count("considered"), node.count("included"), node.count("malformed_lines"), excluded);
    }

    private static UniverseMember readMember(Node node) {
        return new UniverseMember(
                node.text("symbol"),
                node.optionalText("name"),
                node.optionalText("market"),
                node.has("base_price") ? Optional.of(node.decimal("base_price")) : Optional.empty(),
                node.has("listed_shares") ? OptionalLong.of(node.number("listed_shares")) : OptionalLong.empty(),
                node.text("reason"));
    }

    /** A document read back, with the provider and market it names. */
    record Parsed(Universe universe, String provider, String market) {}

    /** Typed access to one JSON object, with messages that name the field's path. */
    private static final class Node {
        private final JsonNode node;
        private final String path;

        Node(JsonNode node, String path) {
            if (node == null || !node.isObject()) {
                throw new IllegalArgumentException(path + " must be a JSON object");
            }
            this.node = node;
            this.path = path;
        }

        boolean has(String field) {
            return node.hasNonNull(field);
        }

        List<String> fieldNames() {
            List<String> names = new ArrayList<>();
            node.fieldNames().forEachRemaining(names::add);
            return names;
        }

        String text(String field) {
            return optionalText(field).orElseThrow(() -> invalid(field, "a string"));
        }

        Optional<String> optionalText(String field) {
            JsonNode value = node.get(field);
            if (value == null || value.isNull()) {
                return Optional.empty();
            }
            if (!value.isTextual()) {
                throw invalid(field, "a string");
            }
            return Optional.of(value.textValue());
        }

        boolean bool(String field) {
            JsonNode value = node.get(field);
            if (value == null || !value.isBoolean()) {
                throw invalid(field, "true or false");
            }
            return value.booleanValue();
        }

        long number(String field) {
            JsonNode value = node.get(field);
            if (value == null || !value.isIntegralNumber() || !value.canConvertToLong()) {
                throw invalid(field, "a whole number");
            }
            return value.longValue();
        }

        /** A price: written as the venue gave it, read back exactly (never through a binary float). */
        BigDecimal decimal(String field) {
            JsonNode value = node.get(field);
            if (value == null || !value.isNumber()) {
                throw invalid(field, "a number");
            }
            return value.decimalValue();
        }

        int count(String field) {
            JsonNode value = node.get(field);
            if (value == null || !value.isIntegralNumber() || !value.canConvertToInt()) {
                throw invalid(field, "a count");
            }
            return value.intValue();
        }

        LocalDate date(String field) {
            String text = text(field);
            try {
                return LocalDate.parse(text);
            } catch (RuntimeException e) {
                throw invalid(field, "a date YYYY-MM-DD");
            }
        }

        Instant instant(String field) {
            String text = text(field);
            try {
                return UtcTimestamps.parse(text);
            } catch (RuntimeException e) {
                throw invalid(field, "an ISO-8601 UTC instant");
            }
        }

        Node object(String field) {
            return new Node(node.get(field), path + "." + field);
        }

        List<Node> array(String field) {
            JsonNode value = node.get(field);
            if (value == null || !value.isArray()) {
                throw invalid(field, "an array");
            }
            List<Node> items = new ArrayList<>();
            for (int i = 0; i < value.size(); i++) {
                items.add(new Node(value.get(i), path + "." + field + "[" + i + "]"));
            }
            return items;
        }

        Set<String> texts(String field) {
            JsonNode value = node.get(field);
            if (value == null || !value.isArray()) {
                throw invalid(field, "an array of strings");
            }
            Set<String> texts = new LinkedHashSet<>();
            for (JsonNode item : value) {
                if (!item.isTextual()) {
                    throw invalid(field, "an array of strings");
                }
                texts.add(item.textValue());
            }
            return texts;
        }

        private IllegalArgumentException invalid(String field, String expected) {
            return new IllegalArgumentException(
                    path + "." + field + " must be " + expected + " but was " + node.get(field));
        }
    }
}
