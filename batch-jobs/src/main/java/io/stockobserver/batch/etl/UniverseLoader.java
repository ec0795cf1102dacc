package io.stockobserver.batch.etl;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The day's universe files ({@code universe/{provider}/{market}/{day}.json}, docs/archive-format.md §6.6) →
 * {@code universe_days} and {@code universe}; a day's rows are replaced as a whole.
 */
public final class UniverseLoader {
    private static final ObjectMapper JSON = new ObjectMapper();
    static final TableSpec MEMBERS = new TableSpec(
            "universe",
            List.of(
                    "provider",
                    "market",
                    "trade_date",
                    "symbol",
                    "name",
                    "listing",
                    "base_price",
                    "listed_shares",
                    "reason"),
            List.of("provider", "market", "trade_date", "symbol"),
            false);

    /** A universe file that could not be read. */
    public record Unreadable(String file, String reason) {}

    /** What a load came to: members loaded, and the files that could not be read. */
    public record Result(long members, List<Unreadable> unreadable) {}

    public Result load(Connection c, Path root, DayWindow w) throws SQLException, IOException {
        long members = 0;
        List<Unreadable> bad = new ArrayList<>();
        Path dir = root.resolve("universe").resolve(w.provider());
        if (!Files.isDirectory(dir)) {
            return new Result(0, bad);
        }
        List<Path> files;
        try (Stream<Path> markets = Files.list(dir)) {
            files = markets.sorted()
                    .map(m -> m.resolve(w.token() + ".json"))
                    .filter(Files::isRegularFile)
                    .toList();
        }
        for (Path f : files) {
            String rel = root.relativize(f).toString().replace('\\', '/');
            JsonNode u;
            try {
                u = JSON.readTree(f.toFile());
            } catch (IOException e) {
                bad.add(new Unreadable(rel, "not_json"));
                continue;
            }
            String market = f.getParent().getFileName().toString();
            if (!u.path("members").isArray()) {
                bad.add(new Unreadable(rel, "missing:members"));
                continue;
            }
            members += replaceDay(c, w, market, u, rel);
        }
        return new Result(members, bad);
    }

    private long replaceDay(Connection c, DayWindow w, String market, JsonNode u, String rel)
            throws SQLException, IOException {
        try (PreparedStatement d =
                c.prepareStatement("DELETE FROM universe_days WHERE provider = ? AND market = ? AND trade_date = ?")) {
            d.setString(1, w.provider());
            d.setString(2, market);
            d.setObject(3, w.day());
            d.executeUpdate();
        }
        try (PreparedStatement i = c.prepareStatement(
                "INSERT INTO universe_days (provider, market, trade_date, built_at, source, degraded, degraded_reason,"
                        + " schema_version, rules, counts, archive_ref)"
                        + " VALUES (?, ?, ?, ?::timestamptz, ?, ?, ?, ?, ?::jsonb, ?::jsonb, ?)")) {
            i.setString(1, w.provider());
            i.setString(2, market);
            i.setObject(3, w.day());
            i.setString(4, text(u, "built_at"));
            i.setString(5, text(u, "source"));
            i.setBoolean(6, u.path("degraded").asBoolean(false));
            i.setString(7, text(u, "degraded_reason"));
            i.setString(8, text(u, "schema_version"));
            i.setString(9, u.has("rules") ? u.get("rules").toString() : null);
            i.setString(10, u.has("counts") ? u.get("counts").toString() : null);
            i.setString(11, rel);
            i.executeUpdate();
        }
        List<Row> rows = new ArrayList<>();
        for (JsonNode m : u.get("members")) {
            rows.add(new Row(MEMBERS, new String[] {
                w.provider(),
                market,
                w.day().toString(),
                text(m, "symbol"),
                text(m, "name"),
                text(m, "market"),
                m.hasNonNull("base_price") ? m.get("base_price").asText() : null,
                m.hasNonNull("listed_shares") ? m.get("listed_shares").asText() : null,
                text(m, "reason")
            }));
        }
        Long n = new CopyLoader().load(c, rows).get(MEMBERS.name());
        return n == null ? 0 : n;
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }
}
