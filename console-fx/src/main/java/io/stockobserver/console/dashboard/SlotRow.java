package io.stockobserver.console.dashboard;

import java.time.Instant;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * One of the 41 slots as the grid shows it. Rows are updated in place (not replaced) so the operator's selection
 * survives the refresh every two seconds.
 */
public final class SlotRow {
    /** Last input older than this and the row is stale (highlighted). */
    public static final long STALE_AFTER_MS = 30_000;

    private final String symbol;
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty trigger = new SimpleStringProperty("");
    private final DoubleProperty score = new SimpleDoubleProperty();
    private final ObjectProperty<Instant> heldSince = new SimpleObjectProperty<>();
    private final DoubleProperty hz = new SimpleDoubleProperty();
    /** Milliseconds since the last input, -1 when nothing arrived since registration. */
    private final LongProperty lastUpdateAgeMs = new SimpleLongProperty(-1);

    private final BooleanProperty pinned = new SimpleBooleanProperty();
    private final BooleanProperty stale = new SimpleBooleanProperty();

    public SlotRow(String symbol) {
        this.symbol = symbol;
    }

    public String symbol() {
        return symbol;
    }

    /** Applies the server's view of this slot. */
    void update(
            String name,
            String trigger,
            double score,
            Instant heldSince,
            double hz,
            long ageMs,
            boolean pinned,
            boolean subscribed) {
        this.name.set(name);
        this.trigger.set(trigger);
        this.score.set(score);
        this.heldSince.set(heldSince);
        this.hz.set(subscribed && ageMs >= 0 ? hz : 0); // no input yet: the sampler has nothing to record
        this.lastUpdateAgeMs.set(ageMs);
        this.pinned.set(pinned);
        // nothing since registration is stale only once the slot has had time to receive something
        long heldMs = heldSince == null
                ? Long.MAX_VALUE
                : java.time.Duration.between(heldSince, java.time.Instant.now()).toMillis();
        this.stale.set(!subscribed || ageMs > STALE_AFTER_MS || (ageMs < 0 && heldMs > STALE_AFTER_MS));
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty triggerProperty() {
        return trigger;
    }

    public DoubleProperty scoreProperty() {
        return score;
    }

    public ObjectProperty<Instant> heldSinceProperty() {
        return heldSince;
    }

    public DoubleProperty hzProperty() {
        return hz;
    }

    public LongProperty lastUpdateAgeMsProperty() {
        return lastUpdateAgeMs;
    }

    public BooleanProperty pinnedProperty() {
        return pinned;
    }

    public BooleanProperty staleProperty() {
        return stale;
    }
}
