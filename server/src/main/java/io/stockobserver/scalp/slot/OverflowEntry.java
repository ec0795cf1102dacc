package io.stockobserver.scalp.slot;

import java.time.Instant;
import java.util.Objects;

/**
 * A candidate that got no slot in one decision: the allocator's part of an Overflow Ledger line. The
 * {@link OverflowLedger} adds provider, mitigation level and session id when it writes it.
 *
 * @param timestamp when the decision was made
 * @param symbol venue code
 * @param candidateScore its score, 0..1
 * @param cutoffRank the cut-off rank: the number of slots (41 with the default policy)
 * @param reason why it got no slot
 */
public record OverflowEntry(
        Instant timestamp, String symbol, double candidateScore, int cutoffRank, OverflowReason reason) {

    public OverflowEntry {
        Objects.requireNonNull(timestamp, "timestamp");
        Scores.requireSymbol(symbol);
        Scores.requireScore(candidateScore);
        if (cutoffRank < 1) {
            throw new IllegalArgumentException("cutoffRank must be >= 1 but was " + cutoffRank);
        }
        Objects.requireNonNull(reason, "reason");
    }
}
