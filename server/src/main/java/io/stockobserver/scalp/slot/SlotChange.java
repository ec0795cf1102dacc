package io.stockobserver.scalp.slot;

import io.stockobserver.scalp.trigger.TriggerType;
import java.util.Objects;

/**
 * A symbol that got or lost a slot in one decision, and why. Reasons are a closed vocabulary (docs/slots.md):
 * allocations are {@value #PINNED}, {@value #TRIGGERED} or {@value #ACTIVITY_RANK}; releases are {@code replaced_by:<symbol>},
 * {@value #NO_LONGER_TRIGGERED} or {@value #UNPINNED}.
 *
 * @param symbol venue code
 * @param trigger the trigger of {@code score}
 * @param score the score it was allocated with, or its latest score when released
 * @param reason why, from the vocabulary above
 * @param heldSeconds for a release, whole seconds it held the slot; 0 for an allocation
 */
public record SlotChange(String symbol, TriggerType trigger, double score, String reason, long heldSeconds) {

    /** Allocated because an operator pinned it. */
    public static final String PINNED = "pinned";
    /** Allocated because it ranked high enough. */
    public static final String TRIGGERED = "triggered";
    /** Allocated to a slot no trigger claimed, from the activity rank (the day's traded value). */
    public static final String ACTIVITY_RANK = "activity_rank";
    /** Released because it left the ranking (or fell to the minimum score) and had held its slot long enough. */
    public static final String NO_LONGER_TRIGGERED = "no_longer_triggered";
    /** Released because its pin was removed and it does not qualify on its score. */
    public static final String UNPINNED = "unpinned";
    /** Prefix of a release in favour of another symbol: {@code replaced_by:000660}. */
    public static final String REPLACED_BY_PREFIX = "replaced_by:";

    public SlotChange {
        Scores.requireSymbol(symbol);
        Objects.requireNonNull(trigger, "trigger");
        Scores.requireScore(score);
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("reason must not be blank");
        }
        if (heldSeconds < 0) {
            throw new IllegalArgumentException("heldSeconds must be >= 0 but was " + heldSeconds);
        }
    }

    /** The release reason when {@code symbol} takes the slot. */
    public static String replacedBy(String symbol) {
        Scores.requireSymbol(symbol);
        return REPLACED_BY_PREFIX + symbol;
    }

    static SlotChange allocated(Slot slot, String reason) {
        return new SlotChange(slot.symbol(), slot.trigger(), slot.score(), reason, 0);
    }

    static SlotChange released(Slot slot, String reason, long heldSeconds) {
        return new SlotChange(slot.symbol(), slot.trigger(), slot.score(), reason, heldSeconds);
    }
}
