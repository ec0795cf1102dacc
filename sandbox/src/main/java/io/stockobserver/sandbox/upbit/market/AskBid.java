package io.stockobserver.sandbox.upbit.market;

/** The aggressor of a trade, as Upbit's {@code ask_bid}. */
public enum AskBid {
    /** A seller hit the best bid (매도). */
    ASK,
    /** A buyer lifted the best ask (매수). */
    BID
}
