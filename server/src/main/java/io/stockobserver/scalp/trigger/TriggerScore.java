package io.stockobserver.scalp.trigger;

import java.util.Map;
import java.util.Objects;

/**
 * A candidate's score in 0..1 and the trigger that produced it (the highest component; ties go to the trigger of
 * higher priority), with every component for the record.
 */
public record TriggerScore(String symbol, TriggerType trigger, double score, Map<TriggerType, Double> components) {
    public TriggerScore {
        Objects.requireNonNull(symbol, "symbol");
        Objects.requireNonNull(trigger, "trigger");
        if (!(score >= 0 && score <= 1)) {
            throw new IllegalArgumentException("score must be in 0..1 but was " + score);
        }
        components = Map.copyOf(components);
    }
}
