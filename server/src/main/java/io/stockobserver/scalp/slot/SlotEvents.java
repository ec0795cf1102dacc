package io.stockobserver.scalp.slot;

import io.stockobserver.events.SystemEventLog;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Turns a {@link SlotDecision} into system events, in the order a subscriber applies it: {@code slot_released}
 * (symbol, trigger, score, reason, held_seconds) for each release (registrations are freed before they are
 * reused), then {@code slot_allocated} (symbol, trigger, score, reason) for each allocation, then
 * {@code pin_refused} (symbol, reason {@code no_free_slot}) for each pin refused since the previous decision. Scores are rounded to 4 decimals
 * as in the Overflow Ledger; triggers use their wire names ({@code volume_surge}).
 */
public final class SlotEvents {
    /** Event type of an allocation. */
    public static final String SLOT_ALLOCATED = "slot_allocated";
    /** Event type of a release. */
    public static final String SLOT_RELEASED = "slot_released";
    /** Event type of a pin that found no slot. */
    public static final String PIN_REFUSED = "pin_refused";
    /** Reason of {@value #PIN_REFUSED}: pins already fill every slot. */
    public static final String NO_FREE_SLOT = "no_free_slot";

    private final SystemEventLog log;
    private Set<String> refusedBefore = Set.of();

    public SlotEvents(SystemEventLog log) {
        this.log = Objects.requireNonNull(log, "log");
    }

    /**
     * Records every change of {@code decision} and each pin refused now that was not refused by the previous one; an
     * unchanged decision records nothing.
     */
    public synchronized void record(SlotDecision decision) {
        for (SlotChange change : decision.released()) {
            Map<String, Object> fields = fields(change);
            fields.put("held_seconds", change.heldSeconds());
            log.record(SLOT_RELEASED, fields);
        }
        for (SlotChange change : decision.allocated()) {
            log.record(SLOT_ALLOCATED, fields(change));
        }
        for (String pin : decision.pinsRefused()) {
            if (refusedBefore.contains(pin)) {
                continue; // said once when it was first refused; repeating it every decision is noise
            }
            Map<String, Object> fields = new LinkedHashMap<>();
            fields.put("symbol", pin);
            fields.put("reason", NO_FREE_SLOT);
            log.record(PIN_REFUSED, fields);
        }
        refusedBefore = Set.copyOf(decision.pinsRefused());
    }

    private static Map<String, Object> fields(SlotChange change) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("symbol", change.symbol());
        fields.put("trigger", change.trigger().wireName());
        fields.put("score", Scores.rounded(change.score()));
        fields.put("reason", change.reason());
        return fields;
    }
}
