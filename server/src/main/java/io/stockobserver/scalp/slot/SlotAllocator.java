package io.stockobserver.scalp.slot;

import io.stockobserver.scalp.trigger.TriggerScore;
import io.stockobserver.scalp.trigger.TriggerType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Decides which symbols hold the scalp slots (seed 003 §2.4–2.6). Pure and deterministic: the same inputs give the
 * same decision, whatever the iteration order of the collections passed in; no clock (time is {@code now}), no I/O.
 * Thread-safe (immutable).
 *
 * <p>Rules, applied in this order (docs/slots.md):
 *
 * <ol>
 *   <li><b>Pins win.</b> Every pinned symbol holds a slot, taking one from the weakest non-pinned slot if needed
 *       (one past its minimum hold if any, else any: a pin overrides hysteresis); that slot is released
 *       {@code replaced_by:<pin>}. Pins already holding a slot come first (longest held first), then the others in
 *       ranking order, unranked ones by symbol; pins beyond capacity are refused and reported in
 *       {@link SlotDecision#pinsRefused()}. A pin not ranked is held as manual override with score 1.0.
 *   <li><b>Incumbents.</b> An incumbent still ranked above the minimum score keeps its slot with its new score. One
 *       that no longer qualifies keeps it until it has been held {@link SlotPolicy#minHold()}, then is released
 *       {@code no_longer_triggered}; a formerly pinned one that no longer qualifies is released {@code unpinned} at
 *       once (the operator decided).
 *   <li><b>Free slots</b> go to the best-ranked qualifying candidates without a slot ({@code triggered}).
 *   <li><b>Replacement.</b> When full, the best remaining challenger replaces the weakest evictable incumbent (not
 *       pinned, not allocated in this decision, held ≥ minHold) only if its score ≥ that incumbent's score +
 *       {@link SlotPolicy#replaceMargin()} (within 1e-9, to absorb binary rounding) — or, when both scores are
 *       saturated at 1.0, its strength is at least {@value #SATURATED_STRENGTH_FACTOR} times the incumbent's — and it
 *       ranks above that incumbent; repeated while this holds.
 *   <li><b>Activity fill.</b> Slots still free go to the best of the activity rank ({@code fillOrder}: the day's
 *       traded value, best first) without a slot, as {@link TriggerType#ACTIVITY_RANK} slots with score 0
 *       ({@code activity_rank}). Coverage first: all 41 registrations observe something from the first decision. Such
 *       a slot is kept while no trigger claims it; being the weakest, any triggered challenger replaces it once it has
 *       been held {@link SlotPolicy#minHold()} (rule 4, score 0 + margin).
 *   <li><b>Overflow.</b> Every ranked candidate left without a slot is an {@link OverflowEntry}: {@code low_score}
 *       when its score is at or below {@link SlotPolicy#minScore()}, else {@code slot_full}; refused pins are
 *       {@code slot_full} (with score 1.0 when not ranked); when rule 5 allocated, the next
 *       {@value #ACTIVITY_CUTOFF_LEDGERED} of the activity rank are {@code activity_rank_cutoff}. The cut-off rank is
 *       the number of slots.
 * </ol>
 */
public final class SlotAllocator {
    /** Tolerance of the margin comparison: 0.60 must beat 0.50 + 0.10 although the binary sum is not 0.60. */
    private static final double EPSILON = 1e-9;
    /**
     * Between two saturated scores (both 1.0) the margin cannot work, so a challenger must be this many times as
     * strong as the incumbent ({@code TriggerScore#strength}): a ×50 surge replaces a ×11 one, a ×12 one does not.
     */
    static final double SATURATED_STRENGTH_FACTOR = 2.0;
    /** Activity-ranked candidates just below the cut-off that a fill ledgers (not the whole universe). */
    static final int ACTIVITY_CUTOFF_LEDGERED = 5;

    private final SlotPolicy policy;

    public SlotAllocator(SlotPolicy policy) {
        this.policy = Objects.requireNonNull(policy, "policy");
    }

    public SlotPolicy policy() {
        return policy;
    }

    /**
     * One allocation round.
     *
     * @param now the decision time: hold times are measured to it and new slots are held since it
     * @param ranked the trigger engine's ranking (re-sorted in the engine's order; a symbol at most once)
     * @param pins symbols an operator pinned
     * @param current the slots of the previous decision (at most {@link SlotPolicy#slots()}, a symbol at most once)
     */
    public SlotDecision decide(Instant now, List<TriggerScore> ranked, Set<String> pins, Collection<Slot> current) {
        return decide(now, ranked, List.of(), pins, current);
    }

    /**
     * One allocation round that also fills free slots from the activity rank.
     *
     * @param fillOrder symbols of the activity rank, most active first (a symbol at most once); may be empty
     */
    public SlotDecision decide(
            Instant now,
            List<TriggerScore> ranked,
            List<String> fillOrder,
            Set<String> pins,
            Collection<Slot> current) {
        Objects.requireNonNull(now, "now");
        Ranking ranking = new Ranking(ranked);
        Map<String, Integer> fillPositions = fillPositions(fillOrder);
        Map<String, Slot> incumbents = incumbents(current);
        List<String> pinOrder = pinOrder(pins, incumbents, ranking);
        int acceptedCount = Math.min(pinOrder.size(), policy.slots());
        List<String> acceptedPins = pinOrder.subList(0, acceptedCount);
        List<String> refusedPins = pinOrder.subList(acceptedCount, pinOrder.size());

        Allocation a = new Allocation(now, policy, ranking, fillPositions);
        keepIncumbents(a, incumbents.values(), new HashSet<>(acceptedPins));
        placePins(a, acceptedPins);
        List<TriggerScore> challengers = challengers(a, ranking, pins);
        int next = fillFreeSlots(a, challengers);
        replaceWeakest(a, challengers.subList(next, challengers.size()), ranking);
        boolean filled = fillFromActivity(a, fillOrder, pins);
        List<OverflowEntry> overflow = overflow(a, ranking, refusedPins);
        if (filled) {
            ledgerActivityCutoff(a, fillOrder, overflow);
        }
        return new SlotDecision(
                a.slots(), a.allocated(), a.released(), overflow, refusedPins, policy.registrationsPerSlot());
    }

    private static Map<String, Integer> fillPositions(List<String> fillOrder) {
        Objects.requireNonNull(fillOrder, "fillOrder");
        Map<String, Integer> positions = new java.util.HashMap<>();
        for (int i = 0; i < fillOrder.size(); i++) {
            String symbol = fillOrder.get(i);
            Scores.requireSymbol(symbol);
            if (positions.putIfAbsent(symbol, i) != null) {
                throw new IllegalArgumentException("fillOrder lists " + symbol + " more than once");
            }
        }
        return positions;
    }

    /** Rule 5: free slots to the most active symbols without one; true when it allocated any. */
    private static boolean fillFromActivity(Allocation a, List<String> fillOrder, Set<String> pins) {
        boolean filled = false;
        for (String symbol : fillOrder) {
            if (a.full()) {
                break;
            }
            if (!a.holds(symbol) && !pins.contains(symbol)) {
                a.allocate(new Slot(symbol, TriggerType.ACTIVITY_RANK, 0, a.now(), false), SlotChange.ACTIVITY_RANK);
                filled = true;
            }
        }
        return filled;
    }

    private void ledgerActivityCutoff(Allocation a, List<String> fillOrder, List<OverflowEntry> overflow) {
        Set<String> ledgered = new HashSet<>();
        overflow.forEach(e -> ledgered.add(e.symbol()));
        int n = 0;
        for (String symbol : fillOrder) {
            if (n >= ACTIVITY_CUTOFF_LEDGERED) {
                return;
            }
            if (!a.holds(symbol) && ledgered.add(symbol)) {
                overflow.add(
                        new OverflowEntry(a.now(), symbol, 0, policy.slots(), OverflowReason.ACTIVITY_RANK_CUTOFF));
                n++;
            }
        }
    }

    private Map<String, Slot> incumbents(Collection<Slot> current) {
        Objects.requireNonNull(current, "current");
        if (current.size() > policy.slots()) {
            throw new IllegalArgumentException(
                    current.size() + " current slots but the policy allows " + policy.slots());
        }
        Map<String, Slot> bySymbol = new TreeMap<>();
        for (Slot slot : current) {
            Objects.requireNonNull(slot, "current must not contain null");
            if (bySymbol.putIfAbsent(slot.symbol(), slot) != null) {
                throw new IllegalArgumentException("current holds " + slot.symbol() + " more than once");
            }
        }
        return bySymbol;
    }

    /** Pins holding a slot (longest held first), then the others by ranking position, then symbol. */
    private static List<String> pinOrder(Set<String> pins, Map<String, Slot> incumbents, Ranking ranking) {
        Objects.requireNonNull(pins, "pins");
        List<String> order = new ArrayList<>(pins.size());
        for (String pin : pins) {
            Scores.requireSymbol(pin);
            order.add(pin);
        }
        order.sort(Comparator.comparing((String p) -> !incumbents.containsKey(p))
                .thenComparing(
                        p -> incumbents.containsKey(p) ? incumbents.get(p).heldSince() : Instant.MIN)
                .thenComparingInt(ranking::position)
                .thenComparing(Comparator.naturalOrder()));
        return order;
    }

    private void keepIncumbents(Allocation a, Collection<Slot> incumbents, Set<String> acceptedPins) {
        for (Slot c : incumbents) {
            String symbol = c.symbol();
            if (acceptedPins.contains(symbol)) {
                a.keep(a.slotFor(symbol, c.heldSince(), true, c));
            } else if (a.qualifies(symbol)) {
                a.keep(a.slotFor(symbol, c.heldSince(), false, c));
            } else if (c.trigger() == TriggerType.ACTIVITY_RANK) {
                a.keep(a.slotFor(symbol, c.heldSince(), false, c)); // a fill slot stays until a trigger claims it
            } else if (c.pinned()) {
                a.release(c, SlotChange.UNPINNED);
            } else if (a.heldLongEnough(c)) {
                a.release(a.slotFor(symbol, c.heldSince(), false, c), SlotChange.NO_LONGER_TRIGGERED);
            } else {
                a.keep(a.slotFor(symbol, c.heldSince(), false, c));
            }
        }
    }

    private static void placePins(Allocation a, List<String> acceptedPins) {
        for (String pin : acceptedPins) {
            if (a.holds(pin)) {
                continue;
            }
            if (a.full()) {
                Slot victim =
                        a.pinVictim().orElseThrow(() -> new IllegalStateException("accepted pins exceed the slots"));
                a.release(victim, SlotChange.replacedBy(pin));
            }
            a.allocate(a.slotFor(pin, a.now(), true, null), SlotChange.PINNED);
        }
    }

    /** Qualifying ranked candidates without a slot, best first; refused pins do not compete. */
    private static List<TriggerScore> challengers(Allocation a, Ranking ranking, Set<String> pins) {
        List<TriggerScore> out = new ArrayList<>();
        for (TriggerScore s : ranking.inOrder()) {
            if (!a.holds(s.symbol()) && !pins.contains(s.symbol()) && a.qualifies(s.symbol())) {
                out.add(s);
            }
        }
        return out;
    }

    /** Gives free slots to the best challengers; returns how many challengers got one. */
    private static int fillFreeSlots(Allocation a, List<TriggerScore> challengers) {
        int next = 0;
        while (next < challengers.size() && !a.full()) {
            a.allocate(newSlot(a, challengers.get(next)), SlotChange.TRIGGERED);
            next++;
        }
        return next;
    }

    private void replaceWeakest(Allocation a, List<TriggerScore> challengers, Ranking ranking) {
        for (TriggerScore challenger : challengers) {
            Optional<Slot> weakest = a.weakestEvictable();
            if (weakest.isEmpty() || !beats(challenger, weakest.get(), ranking)) {
                return; // later challengers score no higher, and the weakest incumbent only gets stronger
            }
            a.release(weakest.get(), SlotChange.replacedBy(challenger.symbol()));
            a.allocate(newSlot(a, challenger), SlotChange.TRIGGERED);
        }
    }

    /**
     * Score at least the incumbent's plus the margin — or, both saturated at 1.0, at least
     * {@value #SATURATED_STRENGTH_FACTOR} times its strength — and ranked above it.
     */
    private boolean beats(TriggerScore challenger, Slot incumbent, Ranking ranking) {
        boolean byScore = challenger.score() - incumbent.score() >= policy.replaceMargin() - EPSILON;
        boolean byStrength = challenger.score() >= 1 - EPSILON
                && incumbent.score() >= 1 - EPSILON
                && challenger.strength() >= incumbent.strength() * SATURATED_STRENGTH_FACTOR;
        return (byScore || byStrength) && ranking.position(challenger.symbol()) < ranking.position(incumbent.symbol());
    }

    private static Slot newSlot(Allocation a, TriggerScore s) {
        return new Slot(s.symbol(), s.trigger(), s.score(), s.strength(), a.now(), false);
    }

    private List<OverflowEntry> overflow(Allocation a, Ranking ranking, List<String> refusedPins) {
        Set<String> refused = new HashSet<>(refusedPins);
        int cutoff = policy.slots();
        List<OverflowEntry> out = new ArrayList<>();
        for (TriggerScore s : ranking.inOrder()) {
            if (!a.holds(s.symbol())) {
                OverflowReason reason = refused.contains(s.symbol()) || a.qualifies(s.symbol())
                        ? OverflowReason.SLOT_FULL
                        : OverflowReason.LOW_SCORE;
                out.add(new OverflowEntry(a.now(), s.symbol(), s.score(), cutoff, reason));
            }
        }
        refusedPins.stream()
                .filter(pin -> ranking.get(pin) == null)
                .sorted()
                .forEach(pin -> out.add(new OverflowEntry(a.now(), pin, 1.0, cutoff, OverflowReason.SLOT_FULL)));
        return out;
    }
}
