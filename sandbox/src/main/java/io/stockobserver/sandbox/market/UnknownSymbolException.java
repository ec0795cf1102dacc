package io.stockobserver.sandbox.market;

/** Thrown when a code is not in the model's universe. */
public final class UnknownSymbolException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String code;

    /** Creates the exception for a code. */
    public UnknownSymbolException(String code) {
        super("unknown symbol: " + code);
        this.code = code;
    }

    /** Returns the code that was asked for. */
    public String code() {
        return code;
    }
}
