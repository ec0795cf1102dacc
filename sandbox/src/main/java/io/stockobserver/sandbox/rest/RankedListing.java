package io.stockobserver.sandbox.rest;

import io.stockobserver.sandbox.market.MarketModel;
import io.stockobserver.sandbox.market.QuoteSnapshot;
import io.stockobserver.sandbox.market.SymbolInfo;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * A listing and its state at the moment of a ranking call; {@link #top} ranks a whole filtered universe.
 *
 * @param info the listing
 * @param quote its state now
 */
record RankedListing(SymbolInfo info, QuoteSnapshot quote) {

    /** Rows one ranking call returns: KIS answers at most 30 and offers no next page (KIS facts §4.6, §4.7). */
    static final int MAX_ROWS = 30;

    /** Orders by a figure, largest first, ties by code. */
    static Comparator<RankedListing> descending(ToDoubleFunction<QuoteSnapshot> figure) {
        return Comparator.comparingDouble((RankedListing row) -> figure.applyAsDouble(row.quote()))
                .reversed()
                .thenComparing(row -> row.info().code());
    }

    /** Orders by a figure, smallest first, ties by code. */
    static Comparator<RankedListing> ascending(ToDoubleFunction<QuoteSnapshot> figure) {
        return Comparator.comparingDouble((RankedListing row) -> figure.applyAsDouble(row.quote()))
                .thenComparing(row -> row.info().code());
    }

    /**
     * Quotes every listing the filter admits (advancing each to now) and returns the first {@value #MAX_ROWS} in
     * {@code order}.
     */
    static List<RankedListing> top(MarketModel market, RankingFilter filter, Comparator<RankedListing> order) {
        List<RankedListing> rows = new ArrayList<>();
        for (SymbolInfo info : market.symbols()) {
            if (filter.admits(info)) {
                QuoteSnapshot quote = market.quote(info.code());
                if (filter.admits(quote)) {
                    rows.add(new RankedListing(info, quote));
                }
            }
        }
        rows.sort(order);
        return rows.size() > MAX_ROWS ? List.copyOf(rows.subList(0, MAX_ROWS)) : rows;
    }
}
