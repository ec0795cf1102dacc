package io.stockobserver.sandbox.auth;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * An access token the sandbox issued.
 *
 * @param value the JWT string a client sends as "Bearer …"
 * @param appkey the appkey it was issued to (also its jti claim)
 * @param issuedAt when it was issued
 * @param expiresAt when it stops being accepted
 */
public record AccessToken(String value, String appkey, Instant issuedAt, Instant expiresAt) {

    /** Checks the fields. */
    public AccessToken {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(appkey, "appkey");
        Objects.requireNonNull(issuedAt, "issuedAt");
        Objects.requireNonNull(expiresAt, "expiresAt");
    }

    /** Returns whether the token is past its lifetime at {@code now}. */
    public boolean isExpiredAt(Instant now) {
        return !now.isBefore(expiresAt);
    }

    /** Returns the whole seconds left at {@code now}, at least 0. */
    public long secondsLeftAt(Instant now) {
        return Math.max(0, Duration.between(now, expiresAt).getSeconds());
    }

    @Override
    public String toString() {
        return "AccessToken[appkey=" + appkey + ", issuedAt=" + issuedAt + ", expiresAt=" + expiresAt + "]";
    }
}
