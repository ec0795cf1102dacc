package io.stockobserver.sandbox.auth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Issues WebSocket approval keys (36-character UUIDs, as observed) and remembers which appkey each belongs to.
 * Issuance is limited per appkey (KIS notice 2026-04-20: one per second).
 *
 * <p>Thread-safe; remembers at most {@value #MAX_KEYS} keys, forgetting the least recently used.
 */
public final class ApprovalKeyIssuer {

    static final int MAX_KEYS = 65_536;

    private final Duration minInterval;
    private final Clock clock;
    private final LruMap<String, Instant> lastIssued = new LruMap<>(AccessTokenIssuer.MAX_APPKEYS);
    private final LruMap<String, String> appkeyByApprovalKey = new LruMap<>(MAX_KEYS);

    /** Creates an issuer refusing calls for one appkey closer together than {@code minInterval}. */
    public ApprovalKeyIssuer(Duration minInterval, Clock clock) {
        this.minInterval = Objects.requireNonNull(minInterval, "minInterval");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Issues a new approval key for an appkey.
     *
     * @throws AuthRefusal with {@link AuthRefusal.Reason#APPROVAL_TOO_SOON} inside the minimum interval
     */
    public synchronized String issue(String appkey) throws AuthRefusal {
        Instant now = clock.instant();
        Instant previous = lastIssued.get(appkey);
        if (previous != null && now.isBefore(previous.plus(minInterval))) {
            throw new AuthRefusal(AuthRefusal.Reason.APPROVAL_TOO_SOON, "접속키 발급 잠시 후 다시 시도하세요(1초당 1회)");
        }
        lastIssued.put(appkey, now);
        String key = UUID.randomUUID().toString();
        appkeyByApprovalKey.put(key, appkey);
        return key;
    }

    /** Returns the appkey an approval key was issued to. */
    public synchronized Optional<String> appkeyOf(String approvalKey) {
        return approvalKey == null ? Optional.empty() : Optional.ofNullable(appkeyByApprovalKey.get(approvalKey));
    }
}
