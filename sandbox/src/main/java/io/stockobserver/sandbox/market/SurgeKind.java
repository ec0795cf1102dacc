package io.stockobserver.sandbox.market;

/** What a {@link Surge} multiplies for its listing while it lasts. */
public enum SurgeKind {

    /** Trade sizes: every trade's quantity is multiplied (at least one share). */
    VOLUME,

    /** Trade arrival rate: trades come this many times as often; order-book updates keep their own rate. */
    VELOCITY,

    /** Price step sizes: the fair value's volatility is multiplied, so prices move further between trades. */
    VOLATILITY
}
