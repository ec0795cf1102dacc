package io.stockobserver.provider;

import io.stockobserver.pipeline.Observation;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;

/**
 * Track A's view of a venue: batched quotes under the venue's rate budget. The collector decides what to ask and
 * when; the source knows how many symbols one call carries, how many calls a second the venue allows, and how its
 * answers become swing observations.
 */
public interface SnapshotSource {
    /** Symbols one call carries at most (KIS intstock-multprice 30, inquire-price 1). */
    int batchSize();

    /** REST calls a second this source may make (the venue's budget, shared with every other caller). */
    int callsPerSecond();

    /** The venue endpoint a cycle uses, for events and the API (e.g. {@code intstock-multprice}). */
    String endpoint();

    /**
     * One call for {@code batch} (at most {@link #batchSize()} symbols). Symbols the venue did not answer are absent
     * from the result; each answer maps lazily, so one value out of bounds costs its symbol only.
     */
    List<SymbolAnswer> snapshot(List<String> batch, String cycleId, Instant cycleTime)
            throws VenueException, InterruptedException;

    /**
     * The venue's answer for one symbol.
     *
     * @param observation maps the answer; throws {@link io.stockobserver.pipeline.FieldValueException} for a value
     *     that is not a number within its field's bounds
     */
    record SymbolAnswer(String symbol, Supplier<Observation> observation) {}
}
