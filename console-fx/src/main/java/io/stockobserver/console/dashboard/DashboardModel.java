package io.stockobserver.console.dashboard;

import com.fasterxml.jackson.databind.JsonNode;
import io.stockobserver.console.connect.LinkState;
import io.stockobserver.console.connect.LiveEvent;
import io.stockobserver.console.connect.ServerWatch;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;
import javafx.scene.chart.XYChart;

/**
 * What the dashboard shows of one server, as JavaFX properties and lists, built from the server's REST views and
 * live events. Every method must run on the FX thread (the {@link DashboardFeed} moves the watch's reports there).
 */
public final class DashboardModel {
    /** Chart points kept: one hour at one point per 5 s. */
    static final int CHART_POINTS = 720;

    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss");

    private final String server;
    private final ObjectProperty<LinkState> link = new SimpleObjectProperty<>(LinkState.CONNECTING);
    private final StringProperty linkDetail = new SimpleStringProperty("");
    private final BooleanProperty liveFeed = new SimpleBooleanProperty();
    private final StringProperty user = new SimpleStringProperty("");
    private final ObservableSet<String> roles = FXCollections.observableSet(new HashSet<>());
    private final IntegerProperty mitigationLevel = new SimpleIntegerProperty();
    private final DoubleProperty hz = new SimpleDoubleProperty();
    private final IntegerProperty universeSize = new SimpleIntegerProperty(-1);
    private final IntegerProperty slotsUsed = new SimpleIntegerProperty();
    private final IntegerProperty slotCapacity = new SimpleIntegerProperty(41);
    private final StringProperty disk = new SimpleStringProperty("?");
    private final StringProperty anomaly = new SimpleStringProperty("?");
    private final StringProperty retention = new SimpleStringProperty("?");
    private final StringProperty venue = new SimpleStringProperty("?");
    /** The server's symbol format; KRX codes until the server says (a server older than the venue seam). */
    private volatile String symbolPattern = DashboardActions.KRX_SYMBOL;

    private volatile String symbolDescription = "a 6-character KRX code";

    private final ObservableList<SlotRow> slots = FXCollections.observableArrayList();
    private final Map<String, SlotRow> slotsBySymbol = new HashMap<>();
    private final Map<String, String> names = new HashMap<>();
    private final ObservableList<GapRow> gaps = FXCollections.observableArrayList();
    private final ObservableList<OverflowRow> overflow = FXCollections.observableArrayList();
    private final IntegerProperty overflowCount = new SimpleIntegerProperty();
    private final ObservableList<CycleRow> cycles = FXCollections.observableArrayList();
    private final ObservableList<RetentionRow> retentionDays = FXCollections.observableArrayList();
    private final ObservableList<LoadRow> loads = FXCollections.observableArrayList();
    private final ObservableList<String> recentEvents = FXCollections.observableArrayList();

    private final Map<String, XYChart.Series<Number, Number>> rates = new LinkedHashMap<>();
    private final XYChart.Series<Number, Number> latencyP50 = new XYChart.Series<>();
    private final XYChart.Series<Number, Number> latencyP99 = new XYChart.Series<>();
    private Map<String, Long> lastCounts = Map.of();
    private Instant lastCountsAt;

    public DashboardModel(String server) {
        this.server = server;
        for (String area : List.of("scalp", "swing", "raw", "system")) {
            XYChart.Series<Number, Number> s = new XYChart.Series<>();
            s.setName(area);
            rates.put(area, s);
        }
        latencyP50.setName("p50");
        latencyP99.setName("p99");
    }

    public String server() {
        return server;
    }

    // ---- from the watch -------------------------------------------------------------------------------------

    public void link(LinkState state, String detail) {
        link.set(state);
        linkDetail.set(detail == null ? "" : detail);
    }

    public void liveFeed(boolean up) {
        liveFeed.set(up);
    }

    /** Applies one REST view; {@code now} stamps the chart points. */
    public void view(String key, JsonNode json, Instant now) {
        switch (key) {
            case ServerWatch.SLOTS -> slots(json);
            case ServerWatch.STATUS -> status(json, now);
            case ServerWatch.SWING -> swing(json);
            case ServerWatch.GAPS -> gaps(json);
            case ServerWatch.OVERFLOW -> overflow(json);
            case ServerWatch.RETENTION -> retention(json);
            case ServerWatch.DAY -> day(json);
            case ServerWatch.READY -> ready(json);
            case ServerWatch.ME -> me(json);
            case ServerWatch.UNIVERSE -> universe(json);
            case ServerWatch.LOADS -> loads(json);
            default -> {}
        }
    }

    /** A live event: kept in the recent list, and applied where it changes what is shown. */
    public void event(LiveEvent e) {
        JsonNode d = e.data();
        String time = d.hasNonNull("event_time")
                ? CLOCK.format(Instant.parse(d.get("event_time").asText()).atZone(ZoneId.systemDefault()))
                : "";
        String what =
                switch (e.name()) {
                    case "slot_allocated", "slot_released", "pin_refused" -> d.path("symbol")
                                    .asText() + " "
                            + d.path("trigger").asText(d.path("reason").asText());
                    case "gap_marker" -> d.path("scope").asText() + " "
                            + d.path("reason").asText() + " "
                            + d.path("gap_seconds").asText() + " s";
                    case "mitigation_changed" -> "level " + d.path("from_level").asText() + " → "
                            + d.path("to_level").asText() + " (" + d.path("hz").asText() + " Hz)";
                    default -> d.path("reason").asText("");
                };
        recentEvents.add(0, time + "  " + e.name() + "  " + what);
        if (recentEvents.size() > 200) {
            recentEvents.remove(200, recentEvents.size());
        }
        if (e.name().equals("gap_marker")) {
            GapRow g = gap(d);
            if (!gaps.contains(g)) {
                gaps.add(g);
            }
        } else if (e.name().equals("mitigation_changed") && d.has("to_level")) {
            mitigationLevel.set(d.get("to_level").asInt());
            hz.set(d.path("hz").asDouble(hz.get()));
        }
    }

    // ---- views ----------------------------------------------------------------------------------------------

    private void slots(JsonNode json) {
        slotCapacity.set(json.path("capacity").asInt(41));
        slotsUsed.set(json.path("registrations_used").asInt());
        mitigationLevel.set(json.path("mitigation_level").asInt());
        double serverHz = json.path("hz").asDouble();
        hz.set(serverHz);
        Set<String> seen = new HashSet<>();
        List<SlotRow> order = new ArrayList<>();
        for (JsonNode s : json.path("slots")) {
            String symbol = s.path("symbol").asText();
            seen.add(symbol);
            SlotRow row = slotsBySymbol.computeIfAbsent(symbol, SlotRow::new);
            row.update(
                    names.getOrDefault(symbol, ""),
                    s.path("trigger").asText(),
                    s.path("score").asDouble(),
                    s.hasNonNull("held_since")
                            ? Instant.parse(s.get("held_since").asText())
                            : null,
                    serverHz,
                    s.hasNonNull("last_update_age_ms")
                            ? s.get("last_update_age_ms").asLong()
                            : -1,
                    s.path("pinned").asBoolean(),
                    s.path("subscribed").asBoolean());
            order.add(row);
        }
        slotsBySymbol.keySet().retainAll(seen);
        if (!order.equals(slots)) {
            slots.setAll(order);
        }
    }

    private void status(JsonNode json, Instant now) {
        String provider = json.path("provider").asText("kis");
        String env = json.path(provider + "_env").asText("");
        String market = json.path("market").asText("");
        venue.set(String.join(
                " · ",
                java.util.stream.Stream.of(provider, market, env)
                        .filter(x -> !x.isEmpty())
                        .toList()));
        if (json.hasNonNull("symbol_pattern")) {
            symbolPattern = json.get("symbol_pattern").asText();
            symbolDescription = json.path("symbol_description").asText("a symbol of " + provider);
        }
        mitigationLevel.set(json.path("mitigation_level").asInt(mitigationLevel.get()));
        JsonNode byArea = json.path("archive").path("records_durable_by_area");
        Map<String, Long> counts = new HashMap<>();
        byArea.fields()
                .forEachRemaining(f -> counts.put(f.getKey(), f.getValue().asLong()));
        double x = now.getEpochSecond();
        if (lastCountsAt != null && now.isAfter(lastCountsAt.plusSeconds(4))) {
            double seconds = (now.toEpochMilli() - lastCountsAt.toEpochMilli()) / 1000.0;
            for (Map.Entry<String, XYChart.Series<Number, Number>> r : rates.entrySet()) {
                long delta = counts.getOrDefault(r.getKey(), 0L) - lastCounts.getOrDefault(r.getKey(), 0L);
                add(r.getValue(), x, delta < 0 ? 0 : delta / seconds); // a restart resets the counters
            }
            JsonNode lat = json.path("archive").path("durable_latency_ms");
            if (lat.has("p50")) {
                add(latencyP50, x, lat.get("p50").asDouble());
                add(latencyP99, x, lat.path("p99").asDouble());
            }
        }
        if (lastCountsAt == null || now.isAfter(lastCountsAt.plusSeconds(4))) {
            lastCounts = counts;
            lastCountsAt = now;
        }
    }

    private static void add(XYChart.Series<Number, Number> s, double x, double y) {
        s.getData().add(new XYChart.Data<>(x, y));
        if (s.getData().size() > CHART_POINTS) {
            s.getData().remove(0, s.getData().size() - CHART_POINTS);
        }
    }

    private void swing(JsonNode json) {
        List<CycleRow> rows = new ArrayList<>();
        for (JsonNode c : json.path("cycles")) {
            rows.add(new CycleRow(
                    c.path("cycle_id").asText(),
                    c.hasNonNull("started_at")
                            ? Instant.parse(c.get("started_at").asText())
                            : null,
                    c.path("duration_ms").asLong(),
                    c.path("attempted").asInt(),
                    c.path("failed").asInt(),
                    c.path("completeness").asDouble()));
        }
        rows.sort(Comparator.comparing(CycleRow::cycleId).reversed());
        cycles.setAll(rows);
    }

    private void gaps(JsonNode json) {
        List<GapRow> rows = new ArrayList<>();
        for (JsonNode g : json.path("gaps")) {
            rows.add(gap(g));
        }
        gaps.setAll(rows);
    }

    static GapRow gap(JsonNode g) {
        return new GapRow(
                g.path("scope").asText(),
                g.path("reason").asText(),
                g.path("symbol").asText(""),
                Instant.parse(g.path("gap_start_ts").asText()),
                Instant.parse(g.path("gap_end_ts").asText()),
                g.path("gap_seconds").asLong());
    }

    private void overflow(JsonNode json) {
        overflowCount.set(json.path("count").asInt());
        // the top rejected candidates: best score per symbol, best first
        Map<String, OverflowRow> best = new HashMap<>();
        for (JsonNode r : json.path("rows")) {
            OverflowRow row = new OverflowRow(
                    r.path("symbol").asText(),
                    r.path("candidate_score").asDouble(),
                    r.path("decision_reason").asText(),
                    r.path("cutoff_rank").asInt(),
                    r.hasNonNull("timestamp") ? Instant.parse(r.get("timestamp").asText()) : null);
            best.merge(row.symbol(), row, (a, b) -> b.score() >= a.score() ? b : a);
        }
        List<OverflowRow> rows = new ArrayList<>(best.values());
        rows.sort(Comparator.comparingDouble(OverflowRow::score).reversed().thenComparing(OverflowRow::symbol));
        overflow.setAll(rows.subList(0, Math.min(rows.size(), 50)));
    }

    private void retention(JsonNode json) {
        List<RetentionRow> rows = new ArrayList<>();
        int unacked = 0;
        for (JsonNode d : json.path("days")) {
            RetentionRow r = new RetentionRow(
                    d.path("day").asText(),
                    d.path("age_days").asInt(),
                    d.path("keep_days").asInt(),
                    d.path("anomalous").asBoolean(),
                    d.path("packaged").asBoolean(),
                    d.path("acknowledged").asBoolean(),
                    d.path("verdict").asText(),
                    d.path("reason").asText());
            rows.add(r);
            if (!r.acknowledged()) {
                unacked++;
            }
        }
        retentionDays.setAll(rows);
        retention.set(rows.size() + " days kept, " + unacked + " not acknowledged"
                + (rows.stream().anyMatch(r -> r.verdict().equals("ALARM")) ? " — ALARM" : ""));
    }

    private void loads(JsonNode json) {
        List<LoadRow> rows = new ArrayList<>();
        for (JsonNode d : json.path("days")) {
            JsonNode rowsPerTable = d.path("rows");
            JsonNode e = d.path("execution");
            String status = d.path("status").asText();
            double progress = status.equals("completed")
                    ? 1.0
                    : e.hasNonNull("progress") ? e.get("progress").asDouble() : -1;
            String step = e.hasNonNull("step")
                    ? e.get("step").asText() + " " + e.path("step_no").asInt() + "/"
                            + e.path("steps").asInt()
                    : "";
            rows.add(new LoadRow(
                    d.path("day").asText(),
                    status,
                    progress,
                    step,
                    rowsPerTable.path("scalp_ticks").asLong(),
                    rowsPerTable.path("scalp_1m_bars").asLong(),
                    rowsPerTable.path("swing_bars_10m").asLong(),
                    rowsPerTable.path("eod_prices").asLong(),
                    rowsPerTable.path("scalp_gaps").asLong(),
                    d.path("lines_skipped").asLong(),
                    d.path("error").isNull() ? "" : d.path("error").asText()));
        }
        loads.setAll(rows);
    }

    private void day(JsonNode json) {
        if (json.path("anomalous").asBoolean()) {
            List<String> reasons = new ArrayList<>();
            json.path("reasons").forEach(r -> reasons.add(r.asText()));
            anomaly.set("anomalous: " + String.join(", ", reasons));
        } else {
            anomaly.set("normal");
        }
    }

    private void ready(JsonNode json) {
        for (JsonNode check : json.path("checks")) {
            JsonNode data = check.path("data");
            if (data.has("disk")) {
                String state = data.get("disk").asText();
                disk.set(
                        data.has("disk_use_permille")
                                ? String.format(
                                        "%.1f %% (%s)",
                                        data.get("disk_use_permille").asInt() / 10.0, state)
                                : state);
            }
        }
    }

    private void me(JsonNode json) {
        user.set(json.path("user").asText());
        Set<String> r = new HashSet<>();
        json.path("roles").forEach(x -> r.add(x.asText()));
        roles.retainAll(r);
        roles.addAll(r);
    }

    private void universe(JsonNode json) {
        universeSize.set(json.path("members").size());
        for (JsonNode m : json.path("members")) {
            names.put(m.path("symbol").asText(), m.path("name").asText());
        }
        for (SlotRow row : slots) {
            row.nameProperty().set(names.getOrDefault(row.symbol(), ""));
        }
    }

    // ---- what the view binds to ------------------------------------------------------------------------------

    public boolean mayOperate() {
        return roles.contains("operator") || roles.contains("admin");
    }

    public ObjectProperty<LinkState> linkProperty() {
        return link;
    }

    public StringProperty linkDetailProperty() {
        return linkDetail;
    }

    public BooleanProperty liveFeedProperty() {
        return liveFeed;
    }

    public StringProperty userProperty() {
        return user;
    }

    public ObservableSet<String> roles() {
        return roles;
    }

    public IntegerProperty mitigationLevelProperty() {
        return mitigationLevel;
    }

    public DoubleProperty hzProperty() {
        return hz;
    }

    public IntegerProperty universeSizeProperty() {
        return universeSize;
    }

    public IntegerProperty slotsUsedProperty() {
        return slotsUsed;
    }

    public IntegerProperty slotCapacityProperty() {
        return slotCapacity;
    }

    public StringProperty diskProperty() {
        return disk;
    }

    public StringProperty anomalyProperty() {
        return anomaly;
    }

    public StringProperty retentionProperty() {
        return retention;
    }

    /** Provider · market · environment, e.g. {@code upbit · krw_crypto · sandbox}. */
    public StringProperty venueProperty() {
        return venue;
    }

    /** The regular expression a symbol of this server's venue matches. */
    public String symbolPattern() {
        return symbolPattern;
    }

    /** The same in words, e.g. {@code an Upbit pair such as KRW-BTC}. */
    public String symbolDescription() {
        return symbolDescription;
    }

    public ObservableList<SlotRow> slots() {
        return slots;
    }

    public ObservableList<GapRow> gaps() {
        return gaps;
    }

    public ObservableList<OverflowRow> overflow() {
        return overflow;
    }

    public IntegerProperty overflowCountProperty() {
        return overflowCount;
    }

    public ObservableList<CycleRow> cycles() {
        return cycles;
    }

    public ObservableList<RetentionRow> retentionDays() {
        return retentionDays;
    }

    /** The archive's days and their database loads, newest first. */
    public ObservableList<LoadRow> loads() {
        return loads;
    }

    public ObservableList<String> recentEvents() {
        return recentEvents;
    }

    public Map<String, XYChart.Series<Number, Number>> rateSeries() {
        return rates;
    }

    public XYChart.Series<Number, Number> latencyP50() {
        return latencyP50;
    }

    public XYChart.Series<Number, Number> latencyP99() {
        return latencyP99;
    }
}
