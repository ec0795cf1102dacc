package io.stockobserver.scalp.slot;

import java.util.Locale;

/** Why a candidate got no slot: the {@code decision_reason} of an Overflow Ledger line (seed 003 §2.14.1). */
public enum OverflowReason {
    /** It would qualify, but every slot is taken (by pins, by incumbents within their hold, or by better scores). */
    SLOT_FULL,
    /** Its score is at or below the policy's minimum score. */
    LOW_SCORE,
    /**
     * Not triggered, and just below the cut-off of the activity rank when free slots were filled from it (the best
     * few such candidates are ledgered per fill, never the whole universe).
     */
    ACTIVITY_RANK_CUTOFF;

    /** The name written to the ledger: {@code slot_full}, {@code low_score}, {@code activity_rank_cutoff}. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
