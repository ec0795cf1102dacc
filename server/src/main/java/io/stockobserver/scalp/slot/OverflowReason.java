package io.stockobserver.scalp.slot;

import java.util.Locale;

/** Why a candidate got no slot: the {@code decision_reason} of an Overflow Ledger line (seed 003 §2.14.1). */
public enum OverflowReason {
    /** It would qualify, but every slot is taken (by pins, by incumbents within their hold, or by better scores). */
    SLOT_FULL,
    /** Its score is at or below the policy's minimum score. */
    LOW_SCORE;

    /** The name written to the ledger: {@code slot_full}, {@code low_score}. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
