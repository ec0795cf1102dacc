package io.stockobserver.sandbox.market;

import java.time.Instant;
import java.util.Objects;

/**
 * A change of a listing's order book (after a trade, a quote update or a price move).
 *
 * @param book the book after the change
 */
public record BookEvent(OrderBookSnapshot book) implements MarketEvent {

    /** Checks the snapshot. */
    public BookEvent {
        Objects.requireNonNull(book, "book");
    }

    @Override
    public String code() {
        return book.code();
    }

    @Override
    public Instant time() {
        return book.time();
    }
}
