package io.stockobserver.scalp.slot;

import static io.stockobserver.scalp.slot.Candidates.T0;
import static io.stockobserver.scalp.slot.Candidates.ranked;
import static io.stockobserver.scalp.slot.Candidates.sym;
import static org.assertj.core.api.Assertions.assertThat;

import io.stockobserver.scalp.trigger.TriggerType;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Rule 5 of the allocator: every registration observes something from the first decision on. */
class SlotAllocatorActivityFillTest {
    private final SlotAllocator allocator = new SlotAllocator(SlotPolicy.defaults());

    /** {@code count} symbols from 500 on, most active first. */
    static List<String> activity(int count) {
        return IntStream.range(0, count).mapToObj(i -> sym(500 + i)).toList();
    }

    @Test
    void shouldFillEverySlotNoTriggerClaimsFromTheActivityRankAndSaySo() {
        SlotDecision d = allocator.decide(T0, ranked(1, 5), activity(100), Set.of(), List.of());
        assertThat(d.slots()).hasSize(41);
        assertThat(d.slots().stream().filter(s -> s.trigger() == TriggerType.ACTIVITY_RANK))
                .hasSize(36)
                .allMatch(s -> s.score() == 0);
        assertThat(d.allocated())
                .filteredOn(c -> c.reason().equals(SlotChange.ACTIVITY_RANK))
                .extracting(SlotChange::symbol)
                .containsExactlyElementsOf(activity(36));
        // the next few of the activity rank are ledgered, not the whole universe
        assertThat(d.overflow()).extracting(OverflowEntry::reason).containsOnly(OverflowReason.ACTIVITY_RANK_CUTOFF);
        assertThat(d.overflow())
                .extracting(OverflowEntry::symbol)
                .containsExactly(sym(536), sym(537), sym(538), sym(539), sym(540));
        assertThat(d.overflow()).allMatch(e -> e.cutoffRank() == 41 && e.candidateScore() == 0);
    }

    @Test
    void shouldKeepAFillSlotWhileNoTriggerWantsItAndLetATriggerTakeItOnlyAfterTheMinimumHold() {
        SlotDecision first = allocator.decide(T0, List.of(), activity(60), Set.of(), List.of());
        assertThat(first.slots()).hasSize(41).allMatch(s -> s.trigger() == TriggerType.ACTIVITY_RANK);

        // the activity rank moved on: fill slots stay (hysteresis), nothing is released or ledgered again
        List<String> moved = new ArrayList<>(activity(60));
        java.util.Collections.reverse(moved);
        SlotDecision again = allocator.decide(T0.plusSeconds(15), List.of(), moved, Set.of(), first.slots());
        assertThat(again.released()).isEmpty();
        assertThat(again.allocated()).isEmpty();
        assertThat(again.overflow()).isEmpty();

        // a triggered candidate within the hold: ledgered slot_full, no fill slot taken yet
        SlotDecision early = allocator.decide(
                T0.plusSeconds(60), List.of(Candidates.score(sym(1), 0.8)), moved, Set.of(), again.slots());
        assertThat(early.slots()).extracting(Slot::symbol).doesNotContain(sym(1));
        assertThat(early.overflow()).singleElement().satisfies(e -> {
            assertThat(e.symbol()).isEqualTo(sym(1));
            assertThat(e.reason()).isEqualTo(OverflowReason.SLOT_FULL);
        });

        // past the hold it replaces the least active fill slot
        SlotDecision later = allocator.decide(
                T0.plus(SlotPolicy.DEFAULT_MIN_HOLD).plusSeconds(1),
                List.of(Candidates.score(sym(1), 0.8)),
                activity(60),
                Set.of(),
                early.slots());
        assertThat(later.slots()).hasSize(41).extracting(Slot::symbol).contains(sym(1));
        assertThat(later.released()).singleElement().satisfies(c -> {
            assertThat(c.symbol()).isEqualTo(sym(540)); // the 41st most active
            assertThat(c.reason()).isEqualTo(SlotChange.replacedBy(sym(1)));
            assertThat(c.trigger()).isEqualTo(TriggerType.ACTIVITY_RANK);
        });
    }

    @Test
    void shouldTurnAFillSlotIntoATriggeredOneWhenItsSymbolTriggers() {
        SlotDecision first = allocator.decide(T0, List.of(), activity(41), Set.of(), List.of());
        SlotDecision d = allocator.decide(
                T0.plusSeconds(15), List.of(Candidates.score(sym(510), 0.7)), activity(41), Set.of(), first.slots());
        assertThat(d.slots())
                .filteredOn(s -> s.symbol().equals(sym(510)))
                .singleElement()
                .satisfies(s -> {
                    assertThat(s.trigger()).isEqualTo(TriggerType.VOLUME_SURGE);
                    assertThat(s.heldSince()).isEqualTo(T0);
                });
        assertThat(d.released()).isEmpty();
    }

    @Test
    void shouldNeverFillWithAPinnedOrRankedSymbolTwice() {
        SlotDecision d = allocator.decide(T0, ranked(500, 3), activity(100), Set.of(sym(503)), List.of());
        assertThat(d.slots()).extracting(Slot::symbol).doesNotHaveDuplicates().hasSize(41);
        assertThat(d.slots().stream().filter(Slot::pinned))
                .extracting(Slot::symbol)
                .containsExactly(sym(503));
    }
}
