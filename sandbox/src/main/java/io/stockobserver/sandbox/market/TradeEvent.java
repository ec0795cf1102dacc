package io.stockobserver.sandbox.market;

import java.time.Instant;
import java.util.Objects;

/**
 * A trade and the listing's state right after it.
 *
 * @param quote the snapshot after the trade; its last price, last quantity and side are the trade's
 */
public record TradeEvent(QuoteSnapshot quote) implements MarketEvent {

    /** Checks the snapshot. */
    public TradeEvent {
        Objects.requireNonNull(quote, "quote");
        if (!quote.hasTraded() || quote.lastSide() == null) {
            throw new IllegalArgumentException("a trade event needs a traded snapshot: " + quote.code());
        }
    }

    @Override
    public String code() {
        return quote.code();
    }

    @Override
    public Instant time() {
        return quote.time();
    }

    /** Returns the trade price. */
    public long price() {
        return quote.lastPrice();
    }

    /** Returns the traded shares. */
    public long quantity() {
        return quote.lastQuantity();
    }

    /** Returns the aggressor. */
    public Side side() {
        return quote.lastSide();
    }
}
