package io.stockobserver.scalp.slot;

import static io.stockobserver.scalp.slot.Candidates.T0;
import static io.stockobserver.scalp.slot.Candidates.ranked;
import static io.stockobserver.scalp.slot.Candidates.rankedAgain;
import static io.stockobserver.scalp.slot.Candidates.score;
import static io.stockobserver.scalp.slot.Candidates.slots;
import static io.stockobserver.scalp.slot.Candidates.sym;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import io.stockobserver.scalp.trigger.TriggerScore;
import io.stockobserver.scalp.trigger.TriggerType;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class SlotAllocatorTest {
    private static final Instant ONE_MINUTE_LATER = T0.plus(Duration.ofMinutes(1));
    private static final Instant TWO_MINUTES_LATER = T0.plus(Duration.ofMinutes(2));
    private static final Instant THREE_MINUTES_LATER = T0.plus(Duration.ofMinutes(3));

    private final SlotAllocator allocator = new SlotAllocator(SlotPolicy.defaults());

    private static List<TriggerScore> with(List<TriggerScore> base, TriggerScore... more) {
        List<TriggerScore> out = new ArrayList<>(base);
        out.addAll(List.of(more));
        return out;
    }

    @Test
    void fillsAll41SlotsFrom60RankedCandidatesAndOverflowsThe19OthersAsSlotFullAtCutoff41() {
        List<TriggerScore> ranked = ranked(1, 60);

        SlotDecision d = allocator.decide(T0, ranked, Set.of(), List.of());

        assertThat(d.slots()).hasSize(41);
        assertThat(d.slots()).extracting(Slot::symbol).containsExactlyElementsOf(symbols(1, 41));
        assertThat(d.slots()).allSatisfy(s -> {
            assertThat(s.heldSince()).isEqualTo(T0);
            assertThat(s.pinned()).isFalse();
        });
        assertThat(d.registrationsUsed()).isEqualTo(41);
        assertThat(d.allocated()).hasSize(41).allSatisfy(c -> {
            assertThat(c.reason()).isEqualTo(SlotChange.TRIGGERED);
            assertThat(c.heldSeconds()).isZero();
        });
        assertThat(d.released()).isEmpty();
        assertThat(d.pinsRefused()).isEmpty();
        assertThat(d.overflow()).hasSize(19);
        for (int i = 0; i < 19; i++) {
            OverflowEntry e = d.overflow().get(i);
            TriggerScore expected = ranked.get(41 + i);
            assertThat(e.symbol()).isEqualTo(expected.symbol());
            assertThat(e.candidateScore()).isEqualTo(expected.score());
            assertThat(e.cutoffRank()).isEqualTo(41);
            assertThat(e.reason()).isEqualTo(OverflowReason.SLOT_FULL);
            assertThat(e.timestamp()).isEqualTo(T0);
        }
    }

    @Test
    void incumbentsStillRankedKeepTheirSlotAndHeldSinceAndTakeTheirNewScore() {
        List<Slot> current = slots(1, 3, 0.5, T0);
        List<TriggerScore> ranked = List.of(score(sym(1), 0.2), score(sym(2), 0.9), score(sym(3), 0.6));

        SlotDecision d = allocator.decide(ONE_MINUTE_LATER, ranked, Set.of(), current);

        assertThat(d.changed()).isFalse();
        assertThat(d.slots())
                .extracting(Slot::symbol, Slot::score, Slot::heldSince)
                .containsExactly(tuple(sym(2), 0.9, T0), tuple(sym(3), 0.6, T0), tuple(sym(1), 0.2, T0));
    }

    @Test
    void pinsWinOverHigherScoresAndOverTheMinimumHold() {
        List<Slot> current = slots(1, 41, 0.9, ONE_MINUTE_LATER); // full, all younger than the hold
        List<TriggerScore> ranked = rankedAgain(current);
        ranked.set(40, score(sym(41), 0.8)); // 000041 is the weakest incumbent

        SlotDecision d = allocator.decide(TWO_MINUTES_LATER, ranked, Set.of("999999"), current);

        assertThat(d.slots()).hasSize(41);
        assertThat(d.slots().get(0)).satisfies(s -> {
            assertThat(s.symbol()).isEqualTo("999999");
            assertThat(s.pinned()).isTrue();
            assertThat(s.trigger()).isEqualTo(TriggerType.MANUAL_OVERRIDE);
            assertThat(s.score()).isEqualTo(1.0);
            assertThat(s.heldSince()).isEqualTo(TWO_MINUTES_LATER);
        });
        assertThat(d.allocated())
                .extracting(SlotChange::symbol, SlotChange::reason)
                .containsExactly(tuple("999999", "pinned"));
        assertThat(d.released()).singleElement().satisfies(c -> {
            assertThat(c.symbol()).isEqualTo(sym(41));
            assertThat(c.reason()).isEqualTo("replaced_by:999999");
            assertThat(c.heldSeconds()).isEqualTo(60);
        });
        assertThat(d.overflow()).singleElement().satisfies(e -> {
            assertThat(e.symbol()).isEqualTo(sym(41));
            assertThat(e.reason()).isEqualTo(OverflowReason.SLOT_FULL);
            assertThat(e.candidateScore()).isEqualTo(0.8);
        });
    }

    @Test
    void aPinnedCandidateWithALowScoreTakesASlotBeforeBetterCandidates() {
        List<TriggerScore> ranked = with(ranked(1, 41), score("999999", 0.05));

        SlotDecision d = allocator.decide(T0, ranked, Set.of("999999"), List.of());

        assertThat(d.slots()).extracting(Slot::symbol).contains("999999").doesNotContain(sym(41));
        assertThat(d.slots().get(0)).satisfies(s -> {
            assertThat(s.pinned()).isTrue();
            assertThat(s.score()).isEqualTo(0.05); // a ranked pin keeps its ranked score
        });
        assertThat(d.allocated().get(0).reason()).isEqualTo(SlotChange.PINNED);
        assertThat(d.overflow()).extracting(OverflowEntry::symbol).containsExactly(sym(41));
    }

    @Test
    void fortyTwoPinsFillEverySlotAndTheExtraPinIsRefusedAndReportedNotDropped() {
        Set<String> pins = new TreeSet<>(symbols(101, 42));
        List<TriggerScore> ranked = ranked(1, 5);

        SlotDecision d = allocator.decide(T0, ranked, pins, List.of());

        assertThat(d.slots()).hasSize(41).allSatisfy(s -> assertThat(s.pinned()).isTrue());
        assertThat(d.pinsRefused()).containsExactly(sym(142)); // unranked pins are taken in symbol order
        assertThat(d.slots()).extracting(Slot::symbol).doesNotContain(sym(142));
        assertThat(d.overflow()).hasSize(6);
        assertThat(d.overflow().subList(0, 5))
                .extracting(OverflowEntry::symbol)
                .containsExactlyElementsOf(symbols(1, 5));
        assertThat(d.overflow().get(5)).satisfies(e -> {
            assertThat(e.symbol()).isEqualTo(sym(142));
            assertThat(e.candidateScore()).isEqualTo(1.0);
            assertThat(e.reason()).isEqualTo(OverflowReason.SLOT_FULL);
            assertThat(e.cutoffRank()).isEqualTo(41);
        });
    }

    @Test
    void pinsAlreadyHoldingASlotAreNeverTheOnesRefused() {
        List<Slot> current = new ArrayList<>();
        for (int i = 0; i < 41; i++) {
            current.add(new Slot(sym(200 + i), TriggerType.MANUAL_OVERRIDE, 1.0, T0, true));
        }
        Set<String> pins = new HashSet<>(symbols(200, 41));
        pins.add(sym(1)); // a new pin that sorts before every held one

        SlotDecision d = allocator.decide(ONE_MINUTE_LATER, List.of(), pins, current);

        assertThat(d.pinsRefused()).containsExactly(sym(1));
        assertThat(d.changed()).isFalse();
        assertThat(d.slots()).extracting(Slot::symbol).containsExactlyInAnyOrderElementsOf(symbols(200, 41));
    }

    @Test
    void anIncumbentYoungerThanTheMinimumHoldKeepsItsSlotAgainstAMuchBetterChallenger() {
        List<Slot> current = slots(1, 41, 0.2, T0);
        List<TriggerScore> ranked = with(rankedAgain(current), score("999999", 1.0));

        SlotDecision d = allocator.decide(T0.plus(Duration.ofSeconds(119)), ranked, Set.of(), current);

        assertThat(d.changed()).isFalse();
        assertThat(d.slots()).extracting(Slot::symbol).doesNotContain("999999");
        assertThat(d.overflow()).singleElement().satisfies(e -> {
            assertThat(e.symbol()).isEqualTo("999999");
            assertThat(e.candidateScore()).isEqualTo(1.0);
            assertThat(e.reason()).isEqualTo(OverflowReason.SLOT_FULL);
        });
    }

    @Test
    void anIncumbentPastTheMinimumHoldIsNotReplacedByAChallengerShortOfTheMargin() {
        List<Slot> current = slots(1, 41, 0.5, T0);
        List<TriggerScore> ranked = with(rankedAgain(current), score("999999", 0.59));

        SlotDecision d = allocator.decide(THREE_MINUTES_LATER, ranked, Set.of(), current);

        assertThat(d.changed()).isFalse();
        assertThat(d.overflow()).extracting(OverflowEntry::symbol).containsExactly("999999");
    }

    @Test
    void anIncumbentPastTheMinimumHoldIsReplacedByAChallengerReachingTheMargin() {
        List<Slot> current = slots(1, 41, 0.5, T0);
        List<TriggerScore> ranked = with(rankedAgain(current), score("999999", 0.6)); // exactly 0.5 + 0.10

        SlotDecision d = allocator.decide(THREE_MINUTES_LATER, ranked, Set.of(), current);

        // every incumbent scores 0.5; the weakest is the last in ranking order (ties go by symbol)
        assertThat(d.released()).singleElement().satisfies(c -> {
            assertThat(c.symbol()).isEqualTo(sym(41));
            assertThat(c.reason()).isEqualTo("replaced_by:999999");
            assertThat(c.score()).isEqualTo(0.5);
            assertThat(c.heldSeconds()).isEqualTo(180);
        });
        assertThat(d.allocated()).singleElement().satisfies(c -> {
            assertThat(c.symbol()).isEqualTo("999999");
            assertThat(c.reason()).isEqualTo(SlotChange.TRIGGERED);
        });
        assertThat(d.slots().get(0))
                .isEqualTo(new Slot("999999", TriggerType.VOLUME_SURGE, 0.6, THREE_MINUTES_LATER, false));
        assertThat(d.overflow()).singleElement().satisfies(e -> {
            assertThat(e.symbol()).isEqualTo(sym(41));
            assertThat(e.reason()).isEqualTo(OverflowReason.SLOT_FULL);
        });
    }

    @Test
    void replacementRepeatsWhileChallengersBeatTheWeakestEvictableIncumbentByTheMargin() {
        List<Slot> current = new ArrayList<>(slots(1, 38, 0.9, T0));
        current.addAll(slots(39, 3, 0.3, T0)); // three weak incumbents: 000039..000041
        List<TriggerScore> ranked =
                with(rankedAgain(current), score("900001", 0.8), score("900002", 0.45), score("900003", 0.39));

        SlotDecision d = allocator.decide(THREE_MINUTES_LATER, ranked, Set.of(), current);

        assertThat(d.allocated()).extracting(SlotChange::symbol).containsExactly("900001", "900002");
        assertThat(d.released())
                .extracting(SlotChange::symbol, SlotChange::reason)
                .containsExactly(tuple(sym(41), "replaced_by:900001"), tuple(sym(40), "replaced_by:900002"));
        assertThat(d.overflow()).extracting(OverflowEntry::symbol).containsExactly("900003", sym(40), sym(41));
    }

    @Test
    void aNoLongerRankedIncumbentKeepsItsSlotUntilTheMinimumHoldAndIsThenReleased() {
        List<Slot> current = slots(1, 1, 0.7, T0);

        SlotDecision young = allocator.decide(ONE_MINUTE_LATER, List.of(), Set.of(), current);
        assertThat(young.changed()).isFalse();
        assertThat(young.slots()).containsExactlyElementsOf(current); // keeps its latest score
        assertThat(young.overflow()).isEmpty();

        SlotDecision old = allocator.decide(TWO_MINUTES_LATER, List.of(), Set.of(), young.slots());
        assertThat(old.slots()).isEmpty();
        assertThat(old.released()).singleElement().satisfies(c -> {
            assertThat(c.symbol()).isEqualTo(sym(1));
            assertThat(c.reason()).isEqualTo(SlotChange.NO_LONGER_TRIGGERED);
            assertThat(c.score()).isEqualTo(0.7);
            assertThat(c.heldSeconds()).isEqualTo(120);
        });
        assertThat(old.registrationsUsed()).isZero();
    }

    @Test
    void aNoLongerRankedIncumbentStillWithinItsHoldBlocksAChallengerFromItsSlot() {
        List<Slot> current = slots(1, 41, 0.9, T0);
        List<TriggerScore> ranked = with(rankedAgain(current.subList(0, 40)), score("999999", 1.0));

        SlotDecision d = allocator.decide(ONE_MINUTE_LATER, ranked, Set.of(), current);

        assertThat(d.slots()).extracting(Slot::symbol).contains(sym(41)).doesNotContain("999999");
        assertThat(d.overflow()).extracting(OverflowEntry::symbol).containsExactly("999999");
    }

    @Test
    void candidatesAtOrBelowTheMinimumScoreOverflowAsLowScoreAndGetNoFreeSlot() {
        SlotAllocator strict = new SlotAllocator(SlotPolicy.defaults().withMinScore(0.3));
        List<TriggerScore> ranked = List.of(score(sym(1), 0.31), score(sym(2), 0.3), score(sym(3), 0.1));

        SlotDecision d = strict.decide(T0, ranked, Set.of(), List.of());

        assertThat(d.slots()).extracting(Slot::symbol).containsExactly(sym(1));
        assertThat(d.overflow())
                .extracting(OverflowEntry::symbol, OverflowEntry::reason, OverflowEntry::candidateScore)
                .containsExactly(
                        tuple(sym(2), OverflowReason.LOW_SCORE, 0.3), tuple(sym(3), OverflowReason.LOW_SCORE, 0.1));
    }

    @Test
    void anIncumbentFallenToTheMinimumScoreIsReleasedAfterTheHoldButKeptBefore() {
        SlotAllocator strict = new SlotAllocator(SlotPolicy.defaults().withMinScore(0.3));
        List<Slot> current = slots(1, 1, 0.8, T0);
        List<TriggerScore> ranked = List.of(score(sym(1), 0.2));

        SlotDecision young = strict.decide(ONE_MINUTE_LATER, ranked, Set.of(), current);
        assertThat(young.slots()).singleElement().satisfies(s -> assertThat(s.score())
                .isEqualTo(0.2));
        assertThat(young.overflow()).isEmpty();

        SlotDecision old = strict.decide(TWO_MINUTES_LATER, ranked, Set.of(), young.slots());
        assertThat(old.released()).extracting(SlotChange::reason).containsExactly(SlotChange.NO_LONGER_TRIGGERED);
        assertThat(old.overflow()).singleElement().satisfies(e -> assertThat(e.reason())
                .isEqualTo(OverflowReason.LOW_SCORE));
    }

    @Test
    void anUnpinnedSymbolThatDoesNotQualifyIsReleasedAtOnceAndOneThatDoesKeepsItsSlot() {
        List<Slot> current = List.of(
                new Slot(sym(1), TriggerType.MANUAL_OVERRIDE, 1.0, ONE_MINUTE_LATER, true),
                new Slot(sym(2), TriggerType.MANUAL_OVERRIDE, 1.0, T0, true));
        List<TriggerScore> ranked = List.of(score(sym(2), 0.4));

        SlotDecision d = allocator.decide(TWO_MINUTES_LATER, ranked, Set.of(), current);

        assertThat(d.released()).singleElement().satisfies(c -> {
            assertThat(c.symbol()).isEqualTo(sym(1));
            assertThat(c.reason()).isEqualTo(SlotChange.UNPINNED);
            assertThat(c.heldSeconds()).isEqualTo(60);
        });
        assertThat(d.slots()).containsExactly(new Slot(sym(2), TriggerType.VOLUME_SURGE, 0.4, T0, false));
    }

    @Test
    void pinningAHeldSymbolKeepsItsHoldTimeAndReportsNoAllocation() {
        List<Slot> current = slots(1, 1, 0.4, T0);
        List<TriggerScore> ranked = List.of(score(sym(1), 0.4));

        SlotDecision d = allocator.decide(ONE_MINUTE_LATER, ranked, Set.of(sym(1)), current);

        assertThat(d.changed()).isFalse();
        assertThat(d.slots()).containsExactly(new Slot(sym(1), TriggerType.VOLUME_SURGE, 0.4, T0, true));
    }

    @Test
    void withNoHoldAndNoMarginAnEqualScoreDoesNotReplaceAnIncumbentRankedAboveIt() {
        SlotAllocator eager = new SlotAllocator(
                SlotPolicy.defaults().withMinHold(Duration.ZERO).withReplaceMargin(0.0));
        List<Slot> current = slots(1, 41, 0.5, T0);
        List<TriggerScore> ranked = with(rankedAgain(current), score("900001", 0.5), score("900002", 0.6));

        SlotDecision d = eager.decide(T0, ranked, Set.of(), current);

        assertThat(d.allocated()).extracting(SlotChange::symbol).containsExactly("900002");
        assertThat(d.released()).extracting(SlotChange::symbol).containsExactly(sym(41));
        assertThat(d.overflow()).extracting(OverflowEntry::symbol).containsExactly(sym(41), "900001");
    }

    @Test
    void theSameInputsGiveTheSameDecisionWhateverTheirIterationOrder() {
        List<Slot> current = new ArrayList<>(slots(1, 30, 0.4, T0));
        current.addAll(slots(31, 11, 0.6, ONE_MINUTE_LATER));
        List<TriggerScore> ranked = with(ranked(20, 50), score("900001", 0.97), score("900002", 0.97));
        Set<String> pins = new TreeSet<>(List.of(sym(3), "800001", "800002"));

        SlotDecision expected = allocator.decide(THREE_MINUTES_LATER, ranked, pins, current);
        Random random = new Random(7);
        for (int i = 0; i < 20; i++) {
            List<TriggerScore> shuffledRanked = new ArrayList<>(ranked);
            Collections.shuffle(shuffledRanked, random);
            List<Slot> shuffledCurrent = new ArrayList<>(current);
            Collections.shuffle(shuffledCurrent, random);
            SlotDecision again =
                    allocator.decide(THREE_MINUTES_LATER, shuffledRanked, new HashSet<>(pins), shuffledCurrent);
            assertThat(again).isEqualTo(expected);
        }
        assertThat(expected.slots()).hasSize(41);
        assertThat(expected.changed()).isTrue();
    }

    @Test
    void twoRegistrationsPerSlotHalveTheSlotsAndCountTheirRegistrations() {
        SlotAllocator withOrderbook = new SlotAllocator(SlotPolicy.defaults().withRegistrations(41, 2));

        SlotDecision d = withOrderbook.decide(T0, ranked(1, 60), Set.of(), List.of());

        assertThat(d.slots()).hasSize(20);
        assertThat(d.registrationsUsed()).isEqualTo(40);
        assertThat(d.overflow()).hasSize(40).allSatisfy(e -> assertThat(e.cutoffRank())
                .isEqualTo(20));
    }

    @Test
    void refusesInputsThatCannotComeFromTheEngineOrAPreviousDecision() {
        assertThatThrownBy(() ->
                        allocator.decide(T0, List.of(score(sym(1), 0.5), score(sym(1), 0.4)), Set.of(), List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("more than once");
        assertThatThrownBy(() -> allocator.decide(T0, List.of(), Set.of(), slots(1, 42, 0.5, T0)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("42 current slots");
        List<Slot> twice =
                List.of(slots(1, 1, 0.5, T0).get(0), slots(1, 1, 0.6, T0).get(0));
        assertThatThrownBy(() -> allocator.decide(T0, List.of(), Set.of(), twice))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("more than once");
        assertThatThrownBy(() -> allocator.decide(T0, List.of(), Set.of(" "), List.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> allocator.decide(null, List.of(), Set.of(), List.of()))
                .isInstanceOf(NullPointerException.class);
    }

    private static List<String> symbols(int first, int count) {
        return IntStream.range(first, first + count).mapToObj(Candidates::sym).toList();
    }

    private static TriggerScore saturated(String symbol, double strength) {
        return new TriggerScore(
                symbol, TriggerType.VOLUME_SURGE, 1.0, strength, java.util.Map.of(TriggerType.VOLUME_SURGE, 1.0));
    }

    @Test
    void shouldLetAMuchStrongerSaturatedChallengerReplaceASaturatedIncumbent() {
        List<Slot> current = new java.util.ArrayList<>();
        List<TriggerScore> ranking = new java.util.ArrayList<>();
        for (int i = 0; i < 41; i++) {
            current.add(new Slot(sym(i + 1), TriggerType.VOLUME_SURGE, 1.0, 1.5, T0, false));
            ranking.add(saturated(sym(i + 1), 1.5));
        }
        ranking.add(saturated("777777", 2.9)); // not twice as strong: stays out
        SlotDecision d = allocator.decide(THREE_MINUTES_LATER, ranking, Set.of(), current);
        assertThat(d.allocated()).isEmpty();
        assertThat(d.overflow()).extracting(OverflowEntry::symbol).containsExactly("777777");

        ranking.add(saturated("888888", 6.7)); // a ×50 volume surge against ×13.5 incumbents
        d = allocator.decide(THREE_MINUTES_LATER, ranking, Set.of(), current);
        assertThat(d.allocated()).extracting(SlotChange::symbol).containsExactly("888888");
        assertThat(d.released()).hasSize(1);
        assertThat(d.released().get(0).reason()).isEqualTo("replaced_by:888888");
        assertThat(d.slots())
                .filteredOn(x -> x.symbol().equals("888888"))
                .singleElement()
                .extracting(Slot::strength)
                .isEqualTo(6.7);
    }
}
