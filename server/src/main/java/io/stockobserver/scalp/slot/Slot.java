package io.stockobserver.scalp.slot;

import io.stockobserver.scalp.trigger.TriggerType;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * One symbol holding a scalp slot (its real-time registration).
 *
 * @param symbol venue code, e.g. {@code 005930}
 * @param trigger the trigger of its latest score ({@link TriggerType#MANUAL_OVERRIDE} for a pin that is not ranked)
 * @param score its latest score, 0..1
 * @param strength its latest score before clamping to 1 ({@code TriggerScore#strength}), at least {@code score}
 * @param heldSince when it got the slot; pinning or unpinning a held symbol does not reset it
 * @param pinned an operator pinned it: it is never replaced
 */
public record Slot(
        String symbol, TriggerType trigger, double score, double strength, Instant heldSince, boolean pinned) {

    public Slot {
        Scores.requireSymbol(symbol);
        Objects.requireNonNull(trigger, "trigger");
        Scores.requireScore(score);
        if (!(strength >= score) || Double.isInfinite(strength)) {
            throw new IllegalArgumentException("strength must be finite and >= score but was " + strength);
        }
        Objects.requireNonNull(heldSince, "heldSince");
    }

    /** A slot whose strength is its score (nothing beyond saturation known). */
    public Slot(String symbol, TriggerType trigger, double score, Instant heldSince, boolean pinned) {
        this(symbol, trigger, score, score, heldSince, pinned);
    }

    /** How long it has held the slot at {@code now}; zero if the clock went back. */
    public Duration heldFor(Instant now) {
        Duration held = Duration.between(heldSince, now);
        return held.isNegative() ? Duration.ZERO : held;
    }
}
