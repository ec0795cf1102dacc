package io.stockobserver.scalp.slot;

import io.stockobserver.scalp.candidate.CandidateBoard;
import io.stockobserver.scalp.trigger.CandidateMetrics;
import io.stockobserver.scalp.trigger.TriggerEngine;
import io.stockobserver.scalp.trigger.TriggerScore;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One slot decision from what the candidate monitor knows: the board's metrics → the trigger ranking and the
 * activity rank (the day's traded value, most active first) → the allocator. Pure apart from reading the board; the
 * slot service runs it on its schedule, the tests on a clock of their own.
 */
public final class SlotRound {
    /** A decision and the ranking it was made from. */
    public record Outcome(SlotDecision decision, List<TriggerScore> ranking, List<String> activityRank) {}

    private final CandidateBoard board;
    private final TriggerEngine engine;
    private final SlotAllocator allocator;

    public SlotRound(CandidateBoard board, TriggerEngine engine, SlotAllocator allocator) {
        this.board = Objects.requireNonNull(board, "board");
        this.engine = Objects.requireNonNull(engine, "engine");
        this.allocator = Objects.requireNonNull(allocator, "allocator");
    }

    public SlotAllocator allocator() {
        return allocator;
    }

    public Outcome decide(Instant now, Set<String> pins, Collection<Slot> current) {
        List<CandidateMetrics> metrics = board.metrics(now, pins);
        List<TriggerScore> ranked = engine.rank(metrics);
        List<String> activity = activityRank(metrics);
        return new Outcome(allocator.decide(now, ranked, activity, pins, current), ranked, activity);
    }

    /** Observed symbols with a known activity, most active first (ties by symbol, so decisions are deterministic). */
    static List<String> activityRank(List<CandidateMetrics> metrics) {
        return metrics.stream()
                .filter(m -> m.activity() > 0)
                .sorted(Comparator.comparingDouble(CandidateMetrics::activity)
                        .reversed()
                        .thenComparing(CandidateMetrics::symbol))
                .map(CandidateMetrics::symbol)
                .toList();
    }
}
