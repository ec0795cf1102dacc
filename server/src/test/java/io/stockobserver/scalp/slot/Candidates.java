package io.stockobserver.scalp.slot;

import io.stockobserver.scalp.trigger.TriggerScore;
import io.stockobserver.scalp.trigger.TriggerType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Test inputs for the slot allocator: symbols, scores and slots. */
final class Candidates {
    static final Instant T0 = Instant.parse("2026-07-24T01:00:00Z"); // 10:00 KST

    private Candidates() {}

    /** {@code 000001}, {@code 000002}, … */
    static String sym(int n) {
        return String.format("%06d", n);
    }

    static TriggerScore score(String symbol, double score) {
        return new TriggerScore(symbol, TriggerType.VOLUME_SURGE, score, Map.of(TriggerType.VOLUME_SURGE, score));
    }

    /** {@code count} candidates {@code sym(first)…}, scores falling from 0.99 by 0.01, best first. */
    static List<TriggerScore> ranked(int first, int count) {
        List<TriggerScore> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            out.add(score(sym(first + i), 0.99 - i * 0.01));
        }
        return out;
    }

    /** {@code count} non-pinned slots {@code sym(first)…}, all with {@code score}, held since {@code since}. */
    static List<Slot> slots(int first, int count, double score, Instant since) {
        List<Slot> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            out.add(new Slot(sym(first + i), TriggerType.VOLUME_SURGE, score, since, false));
        }
        return out;
    }

    /** Scores for {@code slots}, as the engine would rank them again. */
    static List<TriggerScore> rankedAgain(List<Slot> slots) {
        List<TriggerScore> out = new ArrayList<>();
        for (Slot s : slots) {
            out.add(score(s.symbol(), s.score()));
        }
        return out;
    }
}
