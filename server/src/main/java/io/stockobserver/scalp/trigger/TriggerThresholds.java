package io.stockobserver.scalp.trigger;

/**
 * Where each trigger starts to fire and where its score saturates at 1.0, as ratios of recent activity to the
 * symbol's baseline (price spike: absolute percent change). Defaults in {@link #defaults()}; docs/triggers.md.
 *
 * @param volumeFire volume ratio above which a volume surge fires (its score rises from 0 there)
 * @param volumeFull volume ratio at which its score reaches 1
 * @param velocityFire trade-rate ratio above which trade velocity fires
 * @param velocityFull trade-rate ratio at which its score reaches 1
 * @param volatilityFire volatility ratio above which a volatility spike fires
 * @param volatilityFull volatility ratio at which its score reaches 1
 * @param priceFirePercent absolute change (percent) above which a price spike fires
 * @param priceFullPercent absolute change at which its score reaches 1
 */
public record TriggerThresholds(
        double volumeFire,
        double volumeFull,
        double velocityFire,
        double velocityFull,
        double volatilityFire,
        double volatilityFull,
        double priceFirePercent,
        double priceFullPercent) {

    public TriggerThresholds {
        check("volume", volumeFire, volumeFull);
        check("velocity", velocityFire, velocityFull);
        check("volatility", volatilityFire, volatilityFull);
        check("price", priceFirePercent, priceFullPercent);
    }

    /** Volume ×3→×10, trades ×2.5→×8, volatility ×2→×6, price ±5 %→±15 %. */
    public static TriggerThresholds defaults() {
        return new TriggerThresholds(3, 10, 2.5, 8, 2, 6, 5, 15);
    }

    private static void check(String name, double fire, double full) {
        if (!(fire > 0) || !(full > fire)) {
            throw new IllegalArgumentException(
                    name + " thresholds need 0 < fire < full but were fire=" + fire + ", full=" + full);
        }
    }
}
