package io.stockobserver.provider.kis;

/**
 * A holiday-API answer that cannot be used: not JSON, {@code rt_cd} other than {@code "0"}, or a missing or
 * malformed field. Carries the body as received so the failure can be logged with its evidence.
 */
public class CalendarSourceException extends Exception {
    private static final long serialVersionUID = 1L;

    private final String body;

    public CalendarSourceException(String message, String body) {
        this(message, body, null);
    }

    public CalendarSourceException(String message, String body, Throwable cause) {
        super(message, cause);
        this.body = body;
    }

    /** The response body as received (re-serialized when the caller passed a parsed tree). */
    public String body() {
        return body;
    }
}
