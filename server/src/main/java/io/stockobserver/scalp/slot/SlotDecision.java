package io.stockobserver.scalp.slot;

import java.util.List;

/**
 * The outcome of one {@link SlotAllocator#decide} call. Lists are immutable and deterministic in order (see each).
 *
 * @param slots the new slot set: pinned first, then by score descending, then symbol
 * @param allocated symbols that got a slot, in the order they got it (pins, free slots, replacements)
 * @param released symbols that lost their slot, in the order they lost it, with how long they held it
 * @param overflow every candidate left without a slot: ranked candidates in ranking order, then refused pins that
 *     were not ranked, by symbol
 * @param pinsRefused pinned symbols that found no slot because pins already fill every slot; never dropped silently
 * @param registrationsPerSlot venue registrations each slot consumes (from the policy)
 */
public record SlotDecision(
        List<Slot> slots,
        List<SlotChange> allocated,
        List<SlotChange> released,
        List<OverflowEntry> overflow,
        List<String> pinsRefused,
        int registrationsPerSlot) {

    public SlotDecision {
        slots = List.copyOf(slots);
        allocated = List.copyOf(allocated);
        released = List.copyOf(released);
        overflow = List.copyOf(overflow);
        pinsRefused = List.copyOf(pinsRefused);
        if (registrationsPerSlot < 1) {
            throw new IllegalArgumentException("registrationsPerSlot must be >= 1 but was " + registrationsPerSlot);
        }
    }

    /** Venue registrations the new slot set needs: slots × registrations per slot. */
    public int registrationsUsed() {
        return slots.size() * registrationsPerSlot;
    }

    /** Whether anything changed: a slot allocated or released. */
    public boolean changed() {
        return !allocated.isEmpty() || !released.isEmpty();
    }
}
