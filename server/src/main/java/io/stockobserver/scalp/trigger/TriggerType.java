package io.stockobserver.scalp.trigger;

import java.util.Locale;

/** The triggers of seed 003 §2.5 in priority order (earlier wins a tie), plus price-spike monitoring. */
public enum TriggerType {
    /** Volume in the recent window far above the symbol's own baseline. */
    VOLUME_SURGE,
    /** Trades per minute far above the baseline. */
    TRADE_VELOCITY,
    /** Realized volatility of the recent window far above the baseline. */
    VOLATILITY_SPIKE,
    /** An operator pinned the symbol. */
    MANUAL_OVERRIDE,
    /** A large move against the previous close; monitored, lowest priority. */
    PRICE_SPIKE,
    /**
     * Not a trigger: a slot no trigger claims, filled from the activity rank (the day's traded value) so that every
     * registration observes something; any triggered candidate displaces it after the minimum hold.
     */
    ACTIVITY_RANK;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
