package io.stockobserver.sandbox.market;

/** The aggressor of a trade: a buyer lifting the ask or a seller hitting the bid. */
public enum Side {
    /** Trade at the best ask (KIS CCLD_DVSN "1"). */
    BUY,
    /** Trade at the best bid (KIS CCLD_DVSN "5"). */
    SELL
}
