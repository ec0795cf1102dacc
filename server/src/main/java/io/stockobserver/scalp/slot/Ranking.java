package io.stockobserver.scalp.slot;

import io.stockobserver.scalp.trigger.TriggerScore;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The trigger ranking as the allocator reads it: sorted in the engine's order ({@link TriggerScore#RANKING}) whatever order the caller passed, with each symbol's position.
 */
final class Ranking {
    /** The order of {@code TriggerEngine.rank}: the decision must not depend on the caller's list order. */
    static final Comparator<TriggerScore> ORDER = TriggerScore.RANKING;

    private final List<TriggerScore> sorted;
    private final Map<String, Integer> positions = new HashMap<>();

    Ranking(List<TriggerScore> ranked) {
        Objects.requireNonNull(ranked, "ranked");
        List<TriggerScore> copy = new ArrayList<>(ranked.size());
        for (TriggerScore score : ranked) {
            copy.add(Objects.requireNonNull(score, "ranked must not contain null"));
        }
        copy.sort(ORDER);
        this.sorted = List.copyOf(copy);
        for (int i = 0; i < sorted.size(); i++) {
            String symbol = sorted.get(i).symbol();
            Scores.requireSymbol(symbol);
            if (positions.putIfAbsent(symbol, i) != null) {
                throw new IllegalArgumentException("ranked lists " + symbol + " more than once");
            }
        }
    }

    /** Best first. */
    List<TriggerScore> inOrder() {
        return sorted;
    }

    /** The symbol's score, or null when it is not ranked. */
    TriggerScore get(String symbol) {
        Integer position = positions.get(symbol);
        return position == null ? null : sorted.get(position);
    }

    /** 0 for the best; {@link Integer#MAX_VALUE} when not ranked. */
    int position(String symbol) {
        return positions.getOrDefault(symbol, Integer.MAX_VALUE);
    }
}
