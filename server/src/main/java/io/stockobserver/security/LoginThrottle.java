package io.stockobserver.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Back-off after failed logins, kept per login name at an address and per address: after
 * {@value #USER_AT_ADDRESS_FREE} failures of one name from one address (or {@value #ADDRESS_FREE} of any names from
 * one address) further attempts from there are refused unchecked for 1 s, then 2, 4, … up to 5 minutes per further
 * failure. Attempts during a wait do not count and are not checked (so the right password is refused too) and do not
 * lengthen it — a guesser cannot keep a login locked for longer than its own failures earn. A success from the
 * address clears both. Not per name alone: a guesser elsewhere must not lock the operator out of their own desk.
 * Bounded: at most {@value #MAX_KEYS} keys, the oldest forgotten first; 15 quiet minutes forget a key.
 */
public final class LoginThrottle {
    static final int USER_AT_ADDRESS_FREE = 5;
    static final int ADDRESS_FREE = 20;
    static final Duration FIRST_WAIT = Duration.ofSeconds(1);
    static final Duration MAX_WAIT = Duration.ofMinutes(5);
    static final Duration FORGET_AFTER = Duration.ofMinutes(15);
    static final int MAX_KEYS = 10_000;

    /** Failures of one key and until when it must wait. */
    private static final class Entry {
        int failures;
        Instant waitUntil = Instant.MIN;
        Instant lastFailure = Instant.MIN;
    }

    private final Clock clock;
    private final Map<String, Entry> entries = new LinkedHashMap<>(16, 0.75f, true);
    private final AtomicLong failures = new AtomicLong();
    private final AtomicLong refused = new AtomicLong();

    public LoginThrottle(Clock clock) {
        this.clock = clock;
    }

    /** How long an attempt of {@code user} from {@code address} must still wait; empty when it may be checked. */
    public synchronized Optional<Duration> waitFor(String user, String address) {
        Instant now = clock.instant();
        Duration wait = max(remaining(userKey(user, address), now), remaining(addressKey(address), now));
        if (wait.isZero()) {
            return Optional.empty();
        }
        refused.incrementAndGet();
        return Optional.of(wait);
    }

    /** Records a failed check; returns the wait it earned (zero while still within the free failures). */
    public synchronized Duration failed(String user, String address) {
        Instant now = clock.instant();
        failures.incrementAndGet();
        Duration a = fail(userKey(user, address), USER_AT_ADDRESS_FREE, now);
        Duration b = fail(addressKey(address), ADDRESS_FREE, now);
        return max(a, b);
    }

    /** Records a successful login: the address starts afresh. */
    public synchronized void succeeded(String user, String address) {
        entries.remove(userKey(user, address));
        entries.remove(addressKey(address));
    }

    /** Failed checks so far. */
    public long failures() {
        return failures.get();
    }

    /** Attempts refused unchecked because they came during a wait. */
    public long refused() {
        return refused.get();
    }

    private Duration remaining(String key, Instant now) {
        Entry e = entries.get(key);
        if (e == null || !now.isBefore(e.waitUntil)) {
            return Duration.ZERO;
        }
        return Duration.between(now, e.waitUntil);
    }

    private Duration fail(String key, int free, Instant now) {
        Entry e = entries.get(key);
        if (e == null || Duration.between(e.lastFailure, now).compareTo(FORGET_AFTER) > 0) {
            e = new Entry();
            e.lastFailure = now;
            entries.put(key, e);
            trim(now);
        }
        e.failures++;
        e.lastFailure = now;
        int over = e.failures - free;
        if (over <= 0) {
            return Duration.ZERO;
        }
        Duration wait = over > 20 ? MAX_WAIT : min(MAX_WAIT, FIRST_WAIT.multipliedBy(1L << (over - 1)));
        e.waitUntil = now.plus(wait);
        return wait;
    }

    private void trim(Instant now) {
        Iterator<Map.Entry<String, Entry>> it = entries.entrySet().iterator();
        while (it.hasNext() && entries.size() > MAX_KEYS) {
            it.next(); // access order: the least recently touched first
            it.remove();
        }
        entries.values()
                .removeIf(e ->
                        Duration.between(e.lastFailure, now).compareTo(FORGET_AFTER) > 0 && !now.isBefore(e.waitUntil));
    }

    /** The number of keys kept (bounded by {@value #MAX_KEYS}). */
    synchronized int keys() {
        return entries.size();
    }

    private static String userKey(String user, String address) {
        return "u\u0000" + (user == null ? "" : user) + "\u0000" + address;
    }

    private static String addressKey(String address) {
        return "a\u0000" + address;
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
