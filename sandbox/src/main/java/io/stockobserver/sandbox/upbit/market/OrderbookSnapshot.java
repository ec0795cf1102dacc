package io.stockobserver.sandbox.upbit.market;

import java.util.List;
import java.util.Objects;

/**
 * A whole book at one moment: asks best first ascending, bids best first descending, up to 30 rows.
 *
 * @param market the market code
 * @param timestamp when the book last changed, epoch milliseconds (minutes old for a quiet book)
 * @param units the rows, best first; as many as the deeper side has levels
 */
public record OrderbookSnapshot(String market, long timestamp, List<OrderbookUnit> units) {

    /** Most rows a book has (Upbit: 30 since 2025-05-07). */
    public static final int MAX_UNITS = 30;

    /** Copies the rows. */
    public OrderbookSnapshot {
        Objects.requireNonNull(market, "market");
        units = List.copyOf(units);
        if (units.size() > MAX_UNITS) {
            throw new IllegalArgumentException("at most " + MAX_UNITS + " units: " + units.size());
        }
    }

    /** Returns the best {@code count} rows (all when fewer). */
    public List<OrderbookUnit> top(int count) {
        return units.subList(0, Math.min(Math.max(0, count), units.size()));
    }

    /** Returns the ask sizes of the best {@code count} rows added up. */
    public double totalAskSize(int count) {
        return top(count).stream().mapToDouble(OrderbookUnit::askSize).sum();
    }

    /** Returns the bid sizes of the best {@code count} rows added up. */
    public double totalBidSize(int count) {
        return top(count).stream().mapToDouble(OrderbookUnit::bidSize).sum();
    }
}
