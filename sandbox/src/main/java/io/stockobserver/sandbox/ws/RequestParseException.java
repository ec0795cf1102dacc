package io.stockobserver.sandbox.ws;

/**
 * A client message the sandbox cannot read; the message becomes the text after "JSON PARSING ERROR : " in the reply
 * (KIS's own texts "header not found" and "invalid tr_key" are used where they apply).
 */
final class RequestParseException extends Exception {

    private static final long serialVersionUID = 1L;

    private final String trId;
    private final String trKey;

    RequestParseException(String problem, String trId, String trKey) {
        super(problem);
        this.trId = trId;
        this.trKey = trKey;
    }

    /** Returns the tr_id read before the problem, or {@code null}. */
    String trId() {
        return trId;
    }

    /** Returns the tr_key read before the problem, or {@code null}. */
    String trKey() {
        return trKey;
    }
}
