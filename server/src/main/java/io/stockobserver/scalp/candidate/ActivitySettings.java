package io.stockobserver.scalp.candidate;

import java.time.Duration;
import java.util.Objects;

/**
 * How the candidate board turns observations into activity figures (docs/triggers.md, "Candidate monitor").
 *
 * @param window length of the "recent" window compared with the symbol's own baseline (default 5 min)
 * @param spacing samples kept per symbol are at least this far apart, so 2 Hz stream samples and 1-minute sweeps
 *     weigh alike in the volatility estimate (default 10 s)
 * @param sessionLength regular session length, to turn the previous day's volume into a per-window baseline before
 *     the symbol has a baseline of its own today (KRX: 6 h 30 min)
 * @param maxAge a symbol whose latest observation is older than this is not a candidate (its recent activity is
 *     unknown)
 */
public record ActivitySettings(Duration window, Duration spacing, Duration sessionLength, Duration maxAge) {
    public ActivitySettings {
        requirePositive(window, "window");
        requirePositive(spacing, "spacing");
        requirePositive(sessionLength, "sessionLength");
        requirePositive(maxAge, "maxAge");
        if (spacing.compareTo(window) > 0) {
            throw new IllegalArgumentException("spacing " + spacing + " must not exceed the window " + window);
        }
    }

    /** Window 5 min, spacing 10 s, session 6 h 30 min, max age 15 min. */
    public static ActivitySettings defaults() {
        return new ActivitySettings(
                Duration.ofMinutes(5), Duration.ofSeconds(10), Duration.ofMinutes(390), Duration.ofMinutes(15));
    }

    private static void requirePositive(Duration d, String name) {
        Objects.requireNonNull(d, name);
        if (d.isNegative() || d.isZero()) {
            throw new IllegalArgumentException(name + " must be positive but was " + d);
        }
    }
}
