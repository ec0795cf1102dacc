package io.stockobserver.sandbox.upbit.market;

/** Thrown when a market code is not in the universe (the REST layer answers 404 "Code not found"). */
public final class UnknownMarketException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** Creates the exception for a code. */
    public UnknownMarketException(String market) {
        super("unknown market: " + market);
    }
}
