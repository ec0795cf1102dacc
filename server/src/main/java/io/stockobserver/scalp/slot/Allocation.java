package io.stockobserver.scalp.slot;

import io.stockobserver.scalp.trigger.TriggerScore;
import io.stockobserver.scalp.trigger.TriggerType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The working set of one {@link SlotAllocator#decide} call: the slots so far and the changes made to reach them.
 * Mutable and confined to that call.
 */
final class Allocation {
    private final Instant now;
    private final SlotPolicy policy;
    private final Ranking ranking;
    private final Map<String, Slot> slots = new LinkedHashMap<>();
    private final Set<String> allocatedNow = new HashSet<>();
    private final List<SlotChange> allocated = new ArrayList<>();
    private final List<SlotChange> released = new ArrayList<>();
    /** Weakest first: not qualifying, then lower in the ranking, then lower score, then symbol. */
    private final Comparator<Slot> weakerFirst;

    Allocation(Instant now, SlotPolicy policy, Ranking ranking, Map<String, Integer> fillPositions) {
        this.now = now;
        this.policy = policy;
        this.ranking = ranking;
        this.weakerFirst = Comparator.comparing((Slot s) -> qualifies(s.symbol()))
                .thenComparing((Slot s) -> ranking.position(s.symbol()), Comparator.reverseOrder())
                .thenComparingDouble(Slot::score)
                .thenComparing(
                        (Slot s) -> fillPositions.getOrDefault(s.symbol(), Integer.MAX_VALUE),
                        Comparator.reverseOrder())
                .thenComparing(Slot::symbol);
    }

    /** Whether {@code symbol} is ranked with a score above the policy's minimum. */
    boolean qualifies(String symbol) {
        TriggerScore score = ranking.get(symbol);
        return score != null && score.score() > policy.minScore();
    }

    boolean holds(String symbol) {
        return slots.containsKey(symbol);
    }

    boolean full() {
        return slots.size() >= policy.slots();
    }

    /** Keeps an incumbent (with its refreshed score) without reporting a change. */
    void keep(Slot slot) {
        slots.put(slot.symbol(), slot);
    }

    void allocate(Slot slot, String reason) {
        slots.put(slot.symbol(), slot);
        allocatedNow.add(slot.symbol());
        allocated.add(SlotChange.allocated(slot, reason));
    }

    void release(Slot slot, String reason) {
        slots.remove(slot.symbol());
        released.add(SlotChange.released(slot, reason, slot.heldFor(now).toSeconds()));
    }

    /** Whether the slot has been held at least the minimum hold. */
    boolean heldLongEnough(Slot slot) {
        return slot.heldFor(now).compareTo(policy.minHold()) >= 0;
    }

    /**
     * The non-pinned slot a new pin takes: the weakest one past its minimum hold, else the weakest one (pins win
     * over hysteresis). Empty only when every slot is pinned.
     */
    Optional<Slot> pinVictim() {
        Optional<Slot> evictable = weakest(true);
        return evictable.isPresent() ? evictable : weakest(false);
    }

    /** The weakest slot a challenger may replace: not pinned, not allocated in this decision, held ≥ minHold. */
    Optional<Slot> weakestEvictable() {
        return weakest(true);
    }

    private Optional<Slot> weakest(boolean onlyEvictable) {
        return slots.values().stream()
                .filter(s -> !s.pinned() && !allocatedNow.contains(s.symbol()))
                .filter(s -> !onlyEvictable || heldLongEnough(s))
                .min(weakerFirst);
    }

    /**
     * A slot for {@code symbol} held since {@code heldSince} with its latest score: the ranked one; if not ranked, a
     * pin's (manual override, 1.0, as the trigger engine scores a pin) or else the score it had ({@code previous}).
     */
    Slot slotFor(String symbol, Instant heldSince, boolean pinned, Slot previous) {
        TriggerScore score = ranking.get(symbol);
        if (score != null) {
            return new Slot(symbol, score.trigger(), score.score(), score.strength(), heldSince, pinned);
        }
        if (pinned || previous == null) {
            return new Slot(symbol, TriggerType.MANUAL_OVERRIDE, 1.0, heldSince, pinned);
        }
        return new Slot(symbol, previous.trigger(), previous.score(), previous.strength(), heldSince, false);
    }

    Instant now() {
        return now;
    }

    /** Pinned first, then by score descending, then symbol. */
    List<Slot> slots() {
        List<Slot> out = new ArrayList<>(slots.values());
        out.sort(Comparator.comparing((Slot s) -> !s.pinned())
                .thenComparing(Comparator.comparingDouble(Slot::score).reversed())
                .thenComparing(Slot::symbol));
        return out;
    }

    List<SlotChange> allocated() {
        return allocated;
    }

    List<SlotChange> released() {
        return released;
    }
}
