package io.stockobserver.provider;

/** A venue call that failed: the venue refused, answered something unusable, or could not be reached. */
public class VenueException extends Exception {
    public VenueException(String message) {
        super(message);
    }

    public VenueException(String message, Throwable cause) {
        super(message, cause);
    }

    /** True when the venue refused for its rate limit (the call may succeed later): recorded as {@code rate_limit}. */
    public boolean rateLimited() {
        return false;
    }
}
