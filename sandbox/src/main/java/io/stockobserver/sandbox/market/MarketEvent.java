package io.stockobserver.sandbox.market;

import java.time.Instant;

/** Something that happened to one listing: a trade or an order-book change. */
public sealed interface MarketEvent permits TradeEvent, BookEvent {

    /** Returns the listing's code. */
    String code();

    /** Returns when it happened. */
    Instant time();
}
