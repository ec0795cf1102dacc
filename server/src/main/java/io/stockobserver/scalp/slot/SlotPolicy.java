package io.stockobserver.scalp.slot;

import java.time.Duration;
import java.util.Objects;

/**
 * How the scalp slots are sized and how sticky they are. Immutable; an instance that exists is valid. Defaults in
 * {@link #defaults()}; rules in docs/slots.md.
 *
 * <p>Design note, why one registration per slot: KIS allows 41 real-time registrations per session, counted per
 * {@code (tr_id, symbol)} (KIS_API_FACTS §7). The 2 Hz snapshot needs the last trade and the best bid/ask, and the
 * trade feed {@code H0STCNT0} already carries ASKP1, BIDP1, ASKP_RSQN1 and BIDP_RSQN1. Adding the orderbook feed
 * {@code H0STASP0} would add nothing the snapshot needs and halve coverage (20 symbols instead of 41), and coverage
 * beats frequency (ARCHITECTURE §6). The observer registers no execution notice ({@code H0STCNI0}), so all 41
 * registrations go to slots.
 *
 * @param registrations real-time registrations the venue allows per session (KIS: 41)
 * @param registrationsPerSlot registrations one slot symbol consumes (1: {@code H0STCNT0} only); at most
 *     {@code registrations}
 * @param minHold a non-pinned slot is not taken away sooner than this after it was allocated (hysteresis); zero or
 *     positive
 * @param replaceMargin a challenger must score at least the weakest evictable incumbent's current score plus this to
 *     replace it; 0..1
 * @param minScore candidates scoring at or below this are not slotted ({@code low_score}); 0 inclusive to 1 exclusive
 */
public record SlotPolicy(
        int registrations, int registrationsPerSlot, Duration minHold, double replaceMargin, double minScore) {

    /** KIS: 41 real-time registrations per WebSocket session (notice of 2026-04-20). */
    public static final int DEFAULT_REGISTRATIONS = 41;
    /** One trade registration ({@code H0STCNT0}) per slot symbol. */
    public static final int DEFAULT_REGISTRATIONS_PER_SLOT = 1;
    /** Two minutes: long enough to record a burst, short enough to follow the market. */
    public static final Duration DEFAULT_MIN_HOLD = Duration.ofMinutes(2);
    /** A challenger needs 0.10 more than the incumbent it replaces, so near-equal scores do not churn. */
    public static final double DEFAULT_REPLACE_MARGIN = 0.10;
    /** Anything that triggered (score above 0) qualifies. */
    public static final double DEFAULT_MIN_SCORE = 0.0;

    public SlotPolicy {
        if (registrations < 1) {
            throw new IllegalArgumentException("registrations must be >= 1 but was " + registrations);
        }
        if (registrationsPerSlot < 1 || registrationsPerSlot > registrations) {
            throw new IllegalArgumentException(
                    "registrationsPerSlot must be in 1.." + registrations + " but was " + registrationsPerSlot);
        }
        Objects.requireNonNull(minHold, "minHold");
        if (minHold.isNegative()) {
            throw new IllegalArgumentException("minHold must not be negative but was " + minHold);
        }
        if (!(replaceMargin >= 0 && replaceMargin <= 1)) {
            throw new IllegalArgumentException("replaceMargin must be in 0..1 but was " + replaceMargin);
        }
        if (!(minScore >= 0 && minScore < 1)) {
            throw new IllegalArgumentException("minScore must be in [0, 1) but was " + minScore);
        }
    }

    /** 41 registrations, 1 per slot (41 slots), 2 min hold, 0.10 margin, min score 0.0. */
    public static SlotPolicy defaults() {
        return new SlotPolicy(
                DEFAULT_REGISTRATIONS,
                DEFAULT_REGISTRATIONS_PER_SLOT,
                DEFAULT_MIN_HOLD,
                DEFAULT_REPLACE_MARGIN,
                DEFAULT_MIN_SCORE);
    }

    /** How many symbols can hold a slot at once: {@code registrations ÷ registrationsPerSlot}, rounded down. */
    public int slots() {
        return registrations / registrationsPerSlot;
    }

    /** This policy with another minimum hold. */
    public SlotPolicy withMinHold(Duration value) {
        return new SlotPolicy(registrations, registrationsPerSlot, value, replaceMargin, minScore);
    }

    /** This policy with another replacement margin. */
    public SlotPolicy withReplaceMargin(double value) {
        return new SlotPolicy(registrations, registrationsPerSlot, minHold, value, minScore);
    }

    /** This policy with another minimum score. */
    public SlotPolicy withMinScore(double value) {
        return new SlotPolicy(registrations, registrationsPerSlot, minHold, replaceMargin, value);
    }

    /** This policy with another registration budget and split. */
    public SlotPolicy withRegistrations(int total, int perSlot) {
        return new SlotPolicy(total, perSlot, minHold, replaceMargin, minScore);
    }
}
