package io.stockobserver.sandbox.upbit.market;

/** The currency a market is quoted in: the part of the market code before the dash ({@code KRW-BTC}). */
public enum QuoteCurrency {
    /** Korean won; the only quote currency with orderbook grouping levels on Upbit. */
    KRW,
    /** Bitcoin; one tick of 0.00000001 BTC at every price. */
    BTC,
    /** Tether. */
    USDT
}
