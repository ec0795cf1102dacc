package io.stockobserver.sandbox.upbit.market;

/**
 * Something that happened on a watched market, kept until the feed drains it: a trade (with the ticker right after
 * it) or a change of the book.
 */
public sealed interface PairEvent permits PairEvent.Traded, PairEvent.BookChanged {

    /** Returns the market code. */
    String market();

    /** Returns when it happened, epoch nanoseconds (orders events against a snapshot). */
    long nanos();

    /**
     * A trade.
     *
     * @param nanos when, epoch nanoseconds
     * @param trade the trade
     * @param ticker the market's ticker right after it
     */
    record Traded(long nanos, TradeTick trade, TickerSnapshot ticker) implements PairEvent {
        @Override
        public String market() {
            return trade.market();
        }
    }

    /**
     * A new state of the book.
     *
     * @param nanos when, epoch nanoseconds
     * @param book the whole book
     */
    record BookChanged(long nanos, OrderbookSnapshot book) implements PairEvent {
        @Override
        public String market() {
            return book.market();
        }
    }
}
