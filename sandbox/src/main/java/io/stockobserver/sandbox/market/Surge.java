package io.stockobserver.sandbox.market;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * A scheduled burst of activity of one listing: from {@code start} (inclusive) to {@code end} (exclusive) the
 * listing's trade sizes, trade arrival rate or price step sizes ({@link SurgeKind}) are multiplied by
 * {@code multiplier}. Surges of one kind that overlap multiply together. A halted listing never trades, so surges do
 * not show on it.
 *
 * @param id number given by the model, unique and increasing
 * @param code 6-digit short code of the listing
 * @param kind what is multiplied
 * @param multiplier the factor, above 0 and at most {@value #MAX_MULTIPLIER}; below 1 calms the listing
 * @param start first moment of the surge
 * @param end first moment after the surge
 */
public record Surge(long id, String code, SurgeKind kind, double multiplier, Instant start, Instant end) {

    /** Largest multiplier: a ×100 trade rate of the busiest listing is still a few thousand events a second. */
    public static final double MAX_MULTIPLIER = 100;
    /** Longest surge. */
    public static final Duration MAX_DURATION = Duration.ofDays(7);

    /** Checks the ranges. */
    public Surge {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        checkMultiplier(multiplier);
        checkDuration(Duration.between(start, end));
    }

    /** Returns how long the surge lasts. */
    public Duration duration() {
        return Duration.between(start, end);
    }

    /** Returns whether the surge acts at {@code time}. */
    public boolean covers(Instant time) {
        return !time.isBefore(start) && time.isBefore(end);
    }

    /** Returns where the surge stands at {@code now}. */
    public SurgeState state(Instant now) {
        if (now.isBefore(start)) {
            return SurgeState.SCHEDULED;
        }
        return now.isBefore(end) ? SurgeState.ACTIVE : SurgeState.ENDED;
    }

    /**
     * Checks a multiplier is a finite number above 0 and at most {@link #MAX_MULTIPLIER}.
     *
     * @throws IllegalArgumentException if it is not
     */
    public static double checkMultiplier(double multiplier) {
        if (!(multiplier > 0) || multiplier > MAX_MULTIPLIER) {
            throw new IllegalArgumentException(
                    "surge multiplier must be above 0 and at most " + MAX_MULTIPLIER + ": " + multiplier);
        }
        return multiplier;
    }

    /**
     * Checks a duration is positive and at most {@link #MAX_DURATION}.
     *
     * @throws IllegalArgumentException if it is not
     */
    public static Duration checkDuration(Duration duration) {
        if (duration == null || duration.isNegative() || duration.isZero() || duration.compareTo(MAX_DURATION) > 0) {
            throw new IllegalArgumentException(
                    "surge duration must be above 0 and at most " + MAX_DURATION + ": " + duration);
        }
        return duration;
    }
}
