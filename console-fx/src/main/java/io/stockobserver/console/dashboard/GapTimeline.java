package io.stockobserver.console.dashboard;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.shape.Line;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Text;

/**
 * The day's gaps on a time line from 08:00 to 20:00 market time: one lane per scope (all, swing, scalp), each gap a
 * bar as long as it lasted (at least 2 px so a one-second gap is still seen), its reason in the tooltip. Bars carry
 * the style class {@code gap-bar} and the id {@code gap-<scope>-<reason>-<start epoch s>}.
 */
public final class GapTimeline extends Region {
    static final LocalTime FROM = LocalTime.of(8, 0);
    static final LocalTime TO = LocalTime.of(20, 0);
    private static final List<String> LANES = List.of("all", "swing", "scalp");
    private static final double LABEL = 48;
    private static final double LANE = 22;

    private final ObservableList<GapRow> gaps;
    private final ZoneId market;
    private final Pane canvas = new Pane();

    public GapTimeline(ObservableList<GapRow> gaps, ZoneId market) {
        this.gaps = gaps;
        this.market = market;
        getStyleClass().add("gap-timeline");
        getChildren().add(canvas);
        setMinHeight(LANE * LANES.size() + 24);
        setPrefHeight(LANE * LANES.size() + 24);
        gaps.addListener((ListChangeListener<GapRow>) c -> requestLayout());
        widthProperty().addListener((o, a, b) -> requestLayout());
    }

    @Override
    protected void layoutChildren() {
        canvas.resizeRelocate(0, 0, getWidth(), getHeight());
        canvas.getChildren().clear();
        double width = Math.max(getWidth() - LABEL - 8, 10);
        for (int i = 0; i < LANES.size(); i++) {
            double y = i * LANE + 4;
            Text label = new Text(4, y + 14, LANES.get(i));
            label.getStyleClass().add("gap-lane-label");
            Line base = new Line(LABEL, y + LANE / 2, LABEL + width, y + LANE / 2);
            base.getStyleClass().add("gap-lane");
            canvas.getChildren().addAll(label, base);
        }
        for (int h = FROM.getHour(); h <= TO.getHour(); h += 2) {
            double x = LABEL + width * fraction(LocalTime.of(h, 0));
            Text t = new Text(x - 12, LANE * LANES.size() + 18, String.format("%02d:00", h));
            t.getStyleClass().add("gap-hour");
            canvas.getChildren().add(t);
        }
        LocalDate day = gaps.isEmpty()
                ? null
                : gaps.get(gaps.size() - 1).end().atZone(market).toLocalDate();
        for (GapRow g : gaps) {
            int lane = Math.max(0, LANES.indexOf(g.scope()));
            double x0 = LABEL + width * fraction(clamp(g.start(), day));
            double x1 = LABEL + width * fraction(clamp(g.end(), day));
            Rectangle bar = new Rectangle(x0, lane * LANE + 8, Math.max(2, x1 - x0), LANE - 8);
            bar.getStyleClass().addAll("gap-bar", "gap-" + g.reason());
            bar.setId("gap-" + g.scope() + "-" + g.reason() + "-" + g.start().getEpochSecond());
            Tooltip.install(
                    bar,
                    new Tooltip(g.scope() + " · " + g.reason()
                            + (g.symbol().isEmpty() ? "" : " · " + g.symbol()) + "\n"
                            + g.start().atZone(market).toLocalTime().withNano(0) + " – "
                            + g.end().atZone(market).toLocalTime().withNano(0) + " (" + g.seconds() + " s)"));
            canvas.getChildren().add(bar);
        }
    }

    private LocalTime clamp(Instant t, LocalDate day) {
        var z = t.atZone(market);
        if (day != null && z.toLocalDate().isBefore(day)) {
            return FROM;
        }
        LocalTime lt = z.toLocalTime();
        return lt.isBefore(FROM) ? FROM : lt.isAfter(TO) ? TO : lt;
    }

    private static double fraction(LocalTime t) {
        double span = TO.toSecondOfDay() - FROM.toSecondOfDay();
        return (t.toSecondOfDay() - FROM.toSecondOfDay()) / span;
    }
}
