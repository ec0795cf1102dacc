package io.stockobserver.console.dashboard;

import io.stockobserver.console.connect.LinkState;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.SetChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Separator;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * The live dashboard of one server: a header of vital signs, the slot grid beside tabs of load charts, gaps, Track
 * A cycles, the overflow ledger, retention and recent events, and the operator's actions at the bottom. Nodes the
 * tests and the operator refer to have ids ({@code #slotTable}, {@code #pinSymbol}, …). Pure view: it binds to the
 * {@link DashboardModel} and calls {@link DashboardActions}.
 */
public final class DashboardView extends BorderPane {
    static final ZoneId MARKET = ZoneId.of("Asia/Seoul");
    private static final DateTimeFormatter HMS = DateTimeFormatter.ofPattern("HH:mm:ss");

    private final DashboardModel model;
    private final DashboardActions actions;
    private final Label status = new Label("");

    public DashboardView(DashboardModel model, DashboardActions actions) {
        this.model = model;
        this.actions = actions;
        getStyleClass().add("dashboard");
        setTop(header());
        SplitPane center = new SplitPane(slotTable(), tabs());
        center.setDividerPositions(0.5);
        setCenter(center);
        setBottom(actions(actions));
    }

    // ---- header ---------------------------------------------------------------------------------------------

    private FlowPane header() {
        Label link = new Label();
        link.setId("link");
        link.textProperty()
                .bind(Bindings.createStringBinding(
                        () -> linkText(
                                model.linkProperty().get(),
                                model.linkDetailProperty().get()),
                        model.linkProperty(),
                        model.linkDetailProperty()));
        model.linkProperty().addListener((o, a, b) -> style(link, b));
        style(link, model.linkProperty().get());
        FlowPane p = new FlowPane(
                14,
                4,
                link,
                fact("venue", "venue", model.venueProperty()),
                fact("user", "login", model.userProperty()),
                fact(
                        "liveFeed",
                        "live feed",
                        Bindings.when(model.liveFeedProperty()).then("on").otherwise("off")),
                fact(
                        "mitigation",
                        "mitigation",
                        Bindings.format("level %d · %.1f Hz", model.mitigationLevelProperty(), model.hzProperty())),
                fact(
                        "slotsUsed",
                        "slots",
                        Bindings.format("%d / %d", model.slotsUsedProperty(), model.slotCapacityProperty())),
                fact(
                        "universe",
                        "universe",
                        Bindings.createStringBinding(
                                () -> model.universeSizeProperty().get() < 0
                                        ? "?"
                                        : Integer.toString(
                                                model.universeSizeProperty().get()),
                                model.universeSizeProperty())),
                fact("disk", "disk", model.diskProperty()),
                fact("anomaly", "day", model.anomalyProperty()),
                fact("retention", "retention", model.retentionProperty()));
        p.setPadding(new Insets(6, 10, 6, 10));
        p.getStyleClass().add("dashboard-header");
        return p;
    }

    private static String linkText(LinkState s, String detail) {
        return switch (s) {
            case UP -> "● connected";
            case CONNECTING -> "○ connecting";
            case LOST -> "✕ lost — retrying (" + detail + ")";
            case REFUSED -> "✕ login refused (" + detail + ")";
        };
    }

    private static void style(Label link, LinkState s) {
        link.getStyleClass().removeAll("success", "danger", "warning");
        link.getStyleClass().add(s == LinkState.UP ? "success" : s == LinkState.CONNECTING ? "warning" : "danger");
    }

    private static HBox fact(String id, String name, ObservableValue<String> value) {
        Label n = new Label(name);
        n.getStyleClass().add("text-muted");
        Label v = new Label();
        v.setId(id);
        v.textProperty().bind(value);
        HBox box = new HBox(4, n, v);
        box.setAlignment(Pos.BASELINE_LEFT);
        return box;
    }

    // ---- slot grid ------------------------------------------------------------------------------------------

    private TableView<SlotRow> slotTable() {
        TableView<SlotRow> t = new TableView<>(model.slots());
        t.setId("slotTable");
        t.setPlaceholder(new Label("no slots yet"));
        t.getColumns().add(column("symbol", r -> new SimpleObjectProperty<>(r.symbol()), 78));
        t.getColumns().add(column("name", SlotRow::nameProperty, 120));
        t.getColumns()
                .add(column(
                        "trigger",
                        r -> Bindings.createStringBinding(
                                () -> trigger(r.triggerProperty().get()), r.triggerProperty()),
                        86));
        t.getColumns().add(column("score", r -> Bindings.format("%.3f", r.scoreProperty()), 64));
        t.getColumns()
                .add(column(
                        "held since",
                        r -> Bindings.createStringBinding(
                                () -> r.heldSinceProperty().get() == null
                                        ? ""
                                        : HMS.format(r.heldSinceProperty().get().atZone(MARKET)),
                                r.heldSinceProperty()),
                        92));
        t.getColumns().add(column("Hz", r -> Bindings.format("%.1f", r.hzProperty()), 48));
        t.getColumns()
                .add(column(
                        "last input",
                        r -> Bindings.createStringBinding(
                                () -> age(r.lastUpdateAgeMsProperty().get()), r.lastUpdateAgeMsProperty()),
                        92));
        t.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        t.setRowFactory(v -> new StaleAwareRow());
        return t;
    }

    /** Marks a stale slot's row (pseudo-class {@code :stale}) and follows the row's staleness as it changes. */
    private static final class StaleAwareRow extends TableRow<SlotRow> {
        private static final javafx.css.PseudoClass STALE = javafx.css.PseudoClass.getPseudoClass("stale");
        private final javafx.beans.value.ChangeListener<Boolean> follow =
                (o, a, b) -> pseudoClassStateChanged(STALE, b);
        private SlotRow shown;

        @Override
        protected void updateItem(SlotRow row, boolean empty) {
            super.updateItem(row, empty);
            if (shown != null) {
                shown.staleProperty().removeListener(follow);
            }
            shown = empty ? null : row;
            if (shown != null) {
                shown.staleProperty().addListener(follow);
            }
            pseudoClassStateChanged(
                    STALE, shown != null && shown.staleProperty().get());
        }
    }

    /** The trigger's short name for the grid (the wire name is in the Events tab and the API). */
    static String trigger(String wire) {
        if (wire == null) {
            return "";
        }
        return switch (wire) {
            case "manual_override" -> "pinned";
            case "volume_surge" -> "volume";
            case "trade_velocity" -> "velocity";
            case "volatility_spike" -> "volatility";
            case "activity_rank" -> "active"; // a fill slot: most traded, no trigger yet (docs/slots.md §2 rule 5)
            default -> wire;
        };
    }

    static String age(long ms) {
        if (ms < 0) {
            return "none yet";
        }
        return ms < 1000 ? ms + " ms" : ms < 120_000 ? (ms / 1000) + " s" : (ms / 60_000) + " min";
    }

    private static <R, V> TableColumn<R, V> column(String title, Function<R, ObservableValue<V>> value, double width) {
        TableColumn<R, V> c = new TableColumn<>(title);
        c.setCellValueFactory(f -> value.apply(f.getValue()));
        c.setPrefWidth(width);
        return c;
    }

    // ---- tabs -----------------------------------------------------------------------------------------------

    private TabPane tabs() {
        TabPane tabs = new TabPane(
                tab("Load", load()),
                tab("Gaps", gaps()),
                tab("Track A", cycles()),
                tab("Overflow", overflow()),
                tab("Retention", retention()),
                tab("Database", database()),
                tab("Events", events()));
        tabs.setId("tabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        return tabs;
    }

    private static Tab tab(String name, javafx.scene.Node content) {
        Tab t = new Tab(name, content);
        t.setId("tab-" + name.toLowerCase(java.util.Locale.ROOT).replace(' ', '-'));
        return t;
    }

    private VBox load() {
        LineChart<Number, Number> rates = chart("records/s durable, last hour", "records/s");
        rates.setId("rateChart");
        rates.getData().addAll(model.rateSeries().values());
        LineChart<Number, Number> latency = chart("receive → durable latency (ms, per 10 s), last hour", "ms");
        latency.setId("latencyChart");
        latency.getData().addAll(java.util.List.of(model.latencyP50(), model.latencyP99()));
        VBox box = new VBox(4, rates, latency);
        VBox.setVgrow(rates, Priority.ALWAYS);
        VBox.setVgrow(latency, Priority.ALWAYS);
        return box;
    }

    private static LineChart<Number, Number> chart(String title, String unit) {
        NumberAxis x = new NumberAxis();
        x.setForceZeroInRange(false);
        x.setAutoRanging(true);
        x.setTickLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Number epochSeconds) {
                return HMS.format(
                        LocalTime.ofInstant(Instant.ofEpochSecond(epochSeconds.longValue()), ZoneId.systemDefault()));
            }

            @Override
            public Number fromString(String s) {
                return 0;
            }
        });
        NumberAxis y = new NumberAxis();
        y.setLabel(unit);
        LineChart<Number, Number> c = new LineChart<>(x, y);
        c.setTitle(title);
        c.setCreateSymbols(false);
        c.setAnimated(false);
        c.setMinHeight(140);
        return c;
    }

    private VBox gaps() {
        GapTimeline timeline = new GapTimeline(model.gaps(), MARKET);
        timeline.setId("gapTimeline");
        TableView<GapRow> t = new TableView<>(model.gaps());
        t.setId("gapTable");
        t.setPlaceholder(new Label("no gaps today"));
        t.getColumns().add(column("scope", r -> new SimpleObjectProperty<>(r.scope()), 60));
        t.getColumns().add(column("reason", r -> new SimpleObjectProperty<>(r.reason()), 120));
        t.getColumns().add(column("symbol", r -> new SimpleObjectProperty<>(r.symbol()), 64));
        t.getColumns()
                .add(column(
                        "from",
                        r -> new SimpleObjectProperty<>(HMS.format(r.start().atZone(MARKET))),
                        70));
        t.getColumns()
                .add(column(
                        "to", r -> new SimpleObjectProperty<>(HMS.format(r.end().atZone(MARKET))), 70));
        t.getColumns().add(column("seconds", r -> new SimpleObjectProperty<>(r.seconds()), 64));
        VBox box = new VBox(6, timeline, t);
        VBox.setVgrow(t, Priority.ALWAYS);
        return box;
    }

    private TableView<CycleRow> cycles() {
        TableView<CycleRow> t = new TableView<>(model.cycles());
        t.setId("cycleTable");
        t.setPlaceholder(new Label("no Track A cycle yet"));
        t.getColumns()
                .add(column(
                        "started",
                        r -> new SimpleObjectProperty<>(
                                r.startedAt() == null
                                        ? ""
                                        : HMS.format(r.startedAt().atZone(MARKET))),
                        70));
        t.getColumns()
                .add(column(
                        "duration",
                        r -> new SimpleObjectProperty<>(String.format("%.1f s", r.durationMs() / 1000.0)),
                        70));
        t.getColumns().add(column("symbols", r -> new SimpleObjectProperty<>(r.attempted()), 64));
        t.getColumns().add(column("failed", r -> new SimpleObjectProperty<>(r.failed()), 56));
        t.getColumns()
                .add(column(
                        "complete",
                        r -> new SimpleObjectProperty<>(String.format("%.1f %%", r.completeness() * 100)),
                        70));
        return t;
    }

    private VBox overflow() {
        Label count = new Label();
        count.setId("overflowCount");
        count.textProperty()
                .bind(Bindings.format(
                        "%d ledger rows today; best rejected candidates:", model.overflowCountProperty()));
        TableView<OverflowRow> t = new TableView<>(model.overflow());
        t.setId("overflowTable");
        t.setPlaceholder(new Label("nothing rejected today"));
        t.getColumns().add(column("symbol", r -> new SimpleObjectProperty<>(r.symbol()), 64));
        t.getColumns().add(column("score", r -> new SimpleObjectProperty<>(String.format("%.3f", r.score())), 56));
        t.getColumns().add(column("reason", r -> new SimpleObjectProperty<>(r.reason()), 80));
        t.getColumns().add(column("cutoff rank", r -> new SimpleObjectProperty<>(r.cutoffRank()), 80));
        t.getColumns()
                .add(column(
                        "last",
                        r -> new SimpleObjectProperty<>(
                                r.time() == null ? "" : HMS.format(r.time().atZone(MARKET))),
                        70));
        VBox box = new VBox(4, count, t);
        VBox.setVgrow(t, Priority.ALWAYS);
        return box;
    }

    private TableView<RetentionRow> retention() {
        TableView<RetentionRow> t = new TableView<>(model.retentionDays());
        t.setId("retentionTable");
        t.setPlaceholder(new Label("no archive days"));
        t.getColumns().add(column("day", r -> new SimpleObjectProperty<>(r.day()), 70));
        t.getColumns().add(column("age", r -> new SimpleObjectProperty<>(r.ageDays() + " / " + r.keepDays()), 56));
        t.getColumns().add(column("anomalous", r -> new SimpleObjectProperty<>(r.anomalous() ? "yes" : ""), 70));
        t.getColumns().add(column("packaged", r -> new SimpleObjectProperty<>(r.packaged() ? "yes" : ""), 64));
        t.getColumns().add(column("acknowledged", r -> new SimpleObjectProperty<>(r.acknowledged() ? "yes" : ""), 90));
        t.getColumns().add(column("verdict", r -> new SimpleObjectProperty<>(r.verdict()), 64));
        t.getColumns().add(column("why", r -> new SimpleObjectProperty<>(r.reason()), 200));
        return t;
    }

    private VBox database() {
        TableView<LoadRow> t = new TableView<>(model.loads());
        t.setId("loadTable");
        t.setPlaceholder(new Label("no archive days"));
        t.getColumns().add(column("day", r -> new SimpleObjectProperty<>(r.day()), 70));
        t.getColumns()
                .add(column("status", r -> new SimpleObjectProperty<>(r.status().replace('_', ' ')), 80));
        TableColumn<LoadRow, Double> progress = new TableColumn<>("progress");
        progress.setCellValueFactory(
                f -> new SimpleObjectProperty<>(f.getValue().progress()));
        progress.setCellFactory(c -> new javafx.scene.control.TableCell<>() {
            private final javafx.scene.control.ProgressBar bar = new javafx.scene.control.ProgressBar();

            @Override
            protected void updateItem(Double p, boolean empty) {
                super.updateItem(p, empty);
                if (empty || p == null) {
                    setGraphic(null);
                    return;
                }
                bar.setProgress(p < 0 ? javafx.scene.control.ProgressBar.INDETERMINATE_PROGRESS : p);
                bar.setPrefWidth(90);
                setGraphic(bar);
            }
        });
        progress.setPrefWidth(100);
        t.getColumns().add(progress);
        t.getColumns().add(column("step", r -> new SimpleObjectProperty<>(r.step()), 80));
        t.getColumns().add(column("ticks", r -> new SimpleObjectProperty<>(r.scalpTicks()), 70));
        t.getColumns().add(column("1m bars", r -> new SimpleObjectProperty<>(r.minuteBars()), 64));
        t.getColumns().add(column("10m bars", r -> new SimpleObjectProperty<>(r.tenMinuteBars()), 64));
        t.getColumns().add(column("EOD", r -> new SimpleObjectProperty<>(r.eod()), 50));
        t.getColumns().add(column("gaps", r -> new SimpleObjectProperty<>(r.gaps()), 50));
        t.getColumns().add(column("skipped", r -> new SimpleObjectProperty<>(r.skipped()), 60));
        t.getColumns().add(column("error", r -> new SimpleObjectProperty<>(r.error()), 200));
        Button load = new Button("Load selected day");
        load.setId("loadDayButton");
        load.setOnAction(e -> {
            LoadRow r = t.getSelectionModel().getSelectedItem();
            if (r == null) {
                status.setText("select a day first");
            } else if (r.status().equals("running")) {
                status.setText(r.day() + " is being loaded");
            } else {
                actions.loadDay(r.day(), status::setText);
            }
        });
        Runnable roles = () -> {
            load.setDisable(!model.mayOperate());
            load.setTooltip(
                    model.mayOperate()
                            ? null
                            : new Tooltip("this login (" + model.userProperty().get() + ") may not operate"));
        };
        model.roles().addListener((SetChangeListener<String>) c -> roles.run());
        roles.run();
        VBox box = new VBox(4, t, new HBox(8, load));
        VBox.setVgrow(t, Priority.ALWAYS);
        return box;
    }

    private ListView<String> events() {
        ListView<String> l = new ListView<>(model.recentEvents());
        l.setId("events");
        l.setPlaceholder(new Label("no live events yet"));
        return l;
    }

    // ---- actions --------------------------------------------------------------------------------------------

    private HBox actions(DashboardActions actions) {
        TextField symbol = new TextField();
        symbol.setId("pinSymbol");
        symbol.setPromptText("symbol, e.g. 005930");
        symbol.setPrefColumnCount(9);
        Button pin = new Button("Pin");
        pin.setId("pinButton");
        pin.setDefaultButton(false);
        pin.setOnAction(
                e -> actions.pin(symbol.getText(), model.symbolPattern(), model.symbolDescription(), status::setText));
        symbol.setOnAction(e -> pin.fire());
        Button unpin = new Button("Unpin selected");
        unpin.setId("unpinButton");
        TableView<?> grid = (TableView<?>) ((SplitPane) getCenter()).getItems().get(0);
        unpin.setOnAction(e -> {
            Object selected = grid.getSelectionModel().getSelectedItem();
            if (selected instanceof SlotRow row) {
                actions.unpin(row.symbol(), status::setText);
            } else {
                status.setText("select a pinned slot first");
            }
        });
        DatePicker day = new DatePicker(LocalDate.now(MARKET));
        day.setId("packageDay");
        day.setPrefWidth(150);
        Button pack = new Button("Package day");
        pack.setId("packageButton");
        pack.setOnAction(e -> actions.packageDay(day.getValue(), status::setText));
        status.setId("actionStatus");
        status.setWrapText(true);
        HBox.setHgrow(status, Priority.ALWAYS);

        Runnable roles = () -> {
            boolean operate = model.mayOperate();
            for (var n : new javafx.scene.Node[] {symbol, pin, unpin, day, pack}) {
                n.setDisable(!operate);
            }
            Tooltip tip = operate
                    ? null
                    : new Tooltip("this login (" + model.userProperty().get() + ") may not operate");
            pin.setTooltip(tip);
            pack.setTooltip(tip);
        };
        model.roles().addListener((SetChangeListener<String>) c -> roles.run());
        roles.run();

        HBox box = new HBox(
                8,
                symbol,
                pin,
                unpin,
                new Separator(Orientation.VERTICAL),
                day,
                pack,
                new Separator(Orientation.VERTICAL),
                status);
        box.setAlignment(Pos.CENTER_LEFT);
        box.setPadding(new Insets(6, 10, 6, 10));
        box.getStyleClass().add("dashboard-actions");
        return box;
    }

    /** The status line (the last action's outcome). */
    public Label status() {
        return status;
    }
}
