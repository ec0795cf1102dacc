package io.stockobserver.sandbox.upbit.market;

/** The direction of the last price against the previous close, as Upbit's {@code change}. */
public enum Change {
    /** Above the previous close. */
    RISE,
    /** At the previous close. */
    EVEN,
    /** Below the previous close. */
    FALL;

    /** Returns the change of {@code price} against {@code previousClose}. */
    static Change of(long price, long previousClose) {
        if (price > previousClose) {
            return RISE;
        }
        return price < previousClose ? FALL : EVEN;
    }
}
