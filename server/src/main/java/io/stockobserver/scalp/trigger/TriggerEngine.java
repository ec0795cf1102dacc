package io.stockobserver.scalp.trigger;

import java.util.ArrayList;
import java.util.Collection;
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
        if (best == null) {
            return Optional.empty();
        }
        return Optional.of(new TriggerScore(m.symbol(), best, score, Math.max(score, strength(best, m)), c));
    }

    /** The winning component before clamping: how far past its fire threshold, in units of (full − fire). */
    private double strength(TriggerType trigger, CandidateMetrics m) {
        return switch (trigger) {
            case VOLUME_SURGE -> unclamped(ratio(m.recentVolume(), m.baselineVolume()), t.volumeFire(), t.volumeFull());
            case TRADE_VELOCITY -> unclamped(
                    ratio(m.recentTradesPerMinute(), m.baselineTradesPerMinute()), t.velocityFire(), t.velocityFull());
            case VOLATILITY_SPIKE -> unclamped(
                    ratio(m.recentVolatility(), m.baselineVolatility()), t.volatilityFire(), t.volatilityFull());
            case MANUAL_OVERRIDE -> 1.0;
            case PRICE_SPIKE -> unclamped(Math.abs(m.changeRatePercent()), t.priceFirePercent(), t.priceFullPercent());
            case ACTIVITY_RANK -> 0; // never a winning component: the engine does not produce it
        };
    }

    private static double unclamped(double value, double fire, double full) {
        double v = (value - fire) / (full - fire);
        return Double.isFinite(v) ? v : 0;
    }

    /** Every triggered candidate, best first ({@link TriggerScore#RANKING}). */
    public List<TriggerScore> rank(Collection<CandidateMetrics> candidates) {
        List<TriggerScore> out = new ArrayList<>();
        for (CandidateMetrics m : candidates) {
            evaluate(m).ifPresent(out::add);
        }
        out.sort(TriggerScore.RANKING);
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
