package io.stockobserver.scalp.trigger;

import java.util.Comparator;
import java.util.Map;
import java.util.Objects;

/**
 * A candidate's score in 0..1 and the trigger that produced it (the highest component; ties go to the trigger of
 * higher priority), with every component for the record. {@code strength} is the winning component before it is
 * clamped to 1 — how far past the full threshold the candidate is — so candidates that all saturate at 1.0 still
 * rank by how extreme they are (a ×50 volume surge above a ×11 one).
 */
public record TriggerScore(
        String symbol, TriggerType trigger, double score, double strength, Map<TriggerType, Double> components) {

    /** The ranking order: score descending, then strength descending, then trigger priority, then symbol. */
    public static final Comparator<TriggerScore> RANKING = Comparator.comparingDouble(TriggerScore::score)
            .reversed()
            .thenComparing(Comparator.comparingDouble(TriggerScore::strength).reversed())
            .thenComparing(TriggerScore::trigger)
            .thenComparing(TriggerScore::symbol);

    public TriggerScore {
        Objects.requireNonNull(symbol, "symbol");
        Objects.requireNonNull(trigger, "trigger");
        if (!(score >= 0 && score <= 1)) {
            throw new IllegalArgumentException("score must be in 0..1 but was " + score);
        }
        if (!(strength >= score) || Double.isInfinite(strength)) {
            throw new IllegalArgumentException("strength must be finite and >= score but was " + strength);
        }
        components = Map.copyOf(components);
    }

    /** A score whose strength is the score itself (nothing beyond saturation known). */
    public TriggerScore(String symbol, TriggerType trigger, double score, Map<TriggerType, Double> components) {
        this(symbol, trigger, score, score, components);
    }
}
