package io.stockobserver.scalp.trigger;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Scores candidates (seed 003 §2.5). Each trigger's component is a linear ramp of its ratio between the fire and
 * full thresholds, clamped to 0..1: {@code clamp((ratio − fire) ÷ (full − fire))}, and 0 below the fire threshold or
 * with an unknown (zero) baseline. A manual pin scores 1. The candidate's score is its largest component; the trigger
 * is that component's, ties going to the earlier trigger in {@link TriggerType} order. A candidate with no component
 * above 0 did not trigger.
 */
public final class TriggerEngine {
    private final TriggerThresholds t;

    public TriggerEngine(TriggerThresholds thresholds) {
        this.t = thresholds;
    }

    /** The candidate's score, or empty when nothing fired. */
    public Optional<TriggerScore> evaluate(CandidateMetrics m) {
        Map<TriggerType, Double> c = new EnumMap<>(TriggerType.class);
        c.put(
                TriggerType.VOLUME_SURGE,
                ramp(ratio(m.recentVolume(), m.baselineVolume()), t.volumeFire(), t.volumeFull()));
        c.put(
                TriggerType.TRADE_VELOCITY,
                ramp(
                        ratio(m.recentTradesPerMinute(), m.baselineTradesPerMinute()),
                        t.velocityFire(),
                        t.velocityFull()));
        c.put(
                TriggerType.VOLATILITY_SPIKE,
                ramp(ratio(m.recentVolatility(), m.baselineVolatility()), t.volatilityFire(), t.volatilityFull()));
        c.put(TriggerType.MANUAL_OVERRIDE, m.pinned() ? 1.0 : 0.0);
        c.put(
                TriggerType.PRICE_SPIKE,
                ramp(Math.abs(m.changeRatePercent()), t.priceFirePercent(), t.priceFullPercent()));
        TriggerType best = null;
        double score = 0;
        for (Map.Entry<TriggerType, Double> e : c.entrySet()) { // EnumMap iterates in priority order
            if (e.getValue() > score) {
                best = e.getKey();
                score = e.getValue();
            }
        }
        return best == null ? Optional.empty() : Optional.of(new TriggerScore(m.symbol(), best, score, c));
    }

    /** Every triggered candidate, best first: score descending, then trigger priority, then symbol. */
    public List<TriggerScore> rank(Collection<CandidateMetrics> candidates) {
        List<TriggerScore> out = new ArrayList<>();
        for (CandidateMetrics m : candidates) {
            evaluate(m).ifPresent(out::add);
        }
        out.sort(Comparator.comparingDouble(TriggerScore::score)
                .reversed()
                .thenComparing(TriggerScore::trigger)
                .thenComparing(TriggerScore::symbol));
        return out;
    }

    static double ratio(double recent, double baseline) {
        return baseline > 0 ? recent / baseline : 0;
    }

    static double ramp(double value, double fire, double full) {
        if (value < fire) {
            return 0;
        }
        return Math.min(1.0, (value - fire) / (full - fire));
    }
}
