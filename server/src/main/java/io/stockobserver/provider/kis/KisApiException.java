package io.stockobserver.provider.kis;

import io.stockobserver.provider.VenueException;

/**
 * A KIS REST call that failed with a venue error ({@code msg_cd} such as EGW00201) or an unexpected HTTP status.
 * The message carries the code and the venue's text, never credentials or tokens.
 */
public class KisApiException extends VenueException {
    private final int httpStatus;
    private final String code;

    public KisApiException(int httpStatus, String code, String venueMessage) {
        super("KIS call failed: HTTP " + httpStatus + " " + excerpt(code) + " " + excerpt(venueMessage));
        this.httpStatus = httpStatus;
        this.code = code;
    }

    /** Venue text goes into logs and events: at most 200 characters of it, control characters shown as '?'. */
    static String excerpt(String text) {
        if (text == null) {
            return "";
        }
        String cut = text.length() <= 200 ? text : text.substring(0, 200) + "…(" + text.length() + " chars)";
        return cut.replaceAll("\\p{Cntrl}", "?");
    }

    public KisApiException(String message, Throwable cause) {
        super(message, cause);
        this.httpStatus = -1;
        this.code = "IO";
    }

    /** HTTP status, or -1 when no response arrived (time-out, connection refused). */
    public int httpStatus() {
        return httpStatus;
    }

    /** KIS {@code msg_cd}/{@code error_code}, {@code HTTP_nnn} when the body had none, or {@code IO}. */
    public String code() {
        return code;
    }

    @Override
    public boolean rateLimited() {
        return isRateLimit();
    }

    public boolean isRateLimit() {
        return KisErrorCodes.RATE_LIMIT.equals(code);
    }

    public boolean isExpiredToken() {
        return KisErrorCodes.EXPIRED_TOKEN.equals(code);
    }

    /** Worth retrying after a back-off: rate limit, 5xx without a venue code, or no response at all. */
    public boolean isTransient() {
        return isRateLimit() || httpStatus == -1 || (httpStatus >= 500 && code.startsWith("HTTP_"));
    }
}
