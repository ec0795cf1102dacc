package io.stockobserver.sandbox.auth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * Issues and checks access tokens with the real venue's rules (KIS facts §2.1): a tokenP call within the re-use
 * window returns the same token; a call sooner than the minimum interval after the previous served call for that
 * appkey is refused (EGW00133); tokens stop working after their lifetime (EGW00123).
 *
 * <p>Design note: the interval is measured from the last <em>served</em> call, so a client retrying a refused call
 * does not lock itself out for ever. Thread-safe; state is bounded by {@value #MAX_APPKEYS} appkeys and
 * {@value #MAX_TOKENS} live tokens.
 */
public final class AccessTokenIssuer {

    static final int MAX_APPKEYS = 4_096;
    static final int MAX_TOKENS = 16_384;

    /**
     * The issuing rules.
     *
     * @param reuseWindow a call within this time of the current token's issue returns the same token
     * @param minInterval a call sooner than this after the previous served call is refused
     * @param lifetime how long a token is accepted
     */
    public record Policy(Duration reuseWindow, Duration minInterval, Duration lifetime) {

        /** Checks the durations. */
        public Policy {
            Objects.requireNonNull(reuseWindow, "reuseWindow");
            Objects.requireNonNull(minInterval, "minInterval");
            Objects.requireNonNull(lifetime, "lifetime");
            if (reuseWindow.isNegative() || minInterval.isNegative() || lifetime.isNegative() || lifetime.isZero()) {
                throw new IllegalArgumentException("token durations must not be negative, lifetime must be positive");
            }
        }
    }

    /** What one appkey has been given. */
    private static final class AppkeyState {
        private Instant lastServed;
        private AccessToken current;
    }

    private final Policy policy;
    private final Clock clock;
    private final JwtSigner signer = new JwtSigner();
    private final LruMap<String, AppkeyState> appkeys = new LruMap<>(MAX_APPKEYS);
    private final LruMap<String, AccessToken> tokens = new LruMap<>(MAX_TOKENS);

    /** Creates an issuer with its own signing secret. */
    public AccessTokenIssuer(Policy policy, Clock clock) {
        this.policy = Objects.requireNonNull(policy, "policy");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Result of a served tokenP call. */
    public record Grant(AccessToken token, boolean reused) {}

    /**
     * Serves a tokenP call for an appkey.
     *
     * @throws AuthRefusal with {@link AuthRefusal.Reason#TOKEN_TOO_SOON} inside the minimum interval
     */
    public synchronized Grant issue(String appkey) throws AuthRefusal {
        Instant now = clock.instant();
        AppkeyState state = appkeys.computeIfAbsent(appkey, key -> new AppkeyState());
        if (state.lastServed != null && now.isBefore(state.lastServed.plus(policy.minInterval()))) {
            throw new AuthRefusal(AuthRefusal.Reason.TOKEN_TOO_SOON, "접근토큰 발급 잠시 후 다시 시도하세요(1분당 1회)");
        }
        state.lastServed = now;
        AccessToken current = state.current;
        if (current != null
                && !current.isExpiredAt(now)
                && tokens.containsKey(current.value())
                && now.isBefore(current.issuedAt().plus(policy.reuseWindow()))) {
            return new Grant(current, true);
        }
        Instant expiresAt = now.plus(policy.lifetime());
        AccessToken token = new AccessToken(signer.sign(appkey, now, expiresAt), appkey, now, expiresAt);
        state.current = token;
        tokens.put(token.value(), token);
        return new Grant(token, false);
    }

    /**
     * Checks a bearer token.
     *
     * @return the token's record
     * @throws AuthRefusal {@link AuthRefusal.Reason#INVALID_TOKEN} or {@link AuthRefusal.Reason#EXPIRED_TOKEN}
     */
    public synchronized AccessToken verify(String value) throws AuthRefusal {
        AccessToken token = value == null ? null : tokens.get(value);
        if (token == null) {
            throw new AuthRefusal(AuthRefusal.Reason.INVALID_TOKEN, "유효하지 않은 token 입니다.");
        }
        if (token.isExpiredAt(clock.instant())) {
            throw new AuthRefusal(AuthRefusal.Reason.EXPIRED_TOKEN, "기간이 만료된 token 입니다.");
        }
        return token;
    }

    /** Revokes a token of an appkey (revokeP); returns whether it was live and belonged to that appkey. */
    public synchronized boolean revoke(String value, String appkey) {
        AccessToken token = value == null ? null : tokens.get(value);
        if (token == null || !token.appkey().equals(appkey)) {
            return false;
        }
        tokens.remove(value);
        AppkeyState state = appkeys.get(appkey);
        if (state != null && token.equals(state.current)) {
            state.current = null;
        }
        return true;
    }

    /** Returns the current time of the issuer's clock. */
    public Instant now() {
        return clock.instant();
    }
}
