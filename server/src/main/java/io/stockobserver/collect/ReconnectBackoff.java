package io.stockobserver.collect;

import java.time.Duration;
import java.util.List;

/**
 * The reconnection back-off of seed 003 §2.11: 1, 2, 5, 10, 20, 30, 60 s, then 60 s for every further attempt.
 * Attempt numbers start at 1.
 */
public final class ReconnectBackoff {
    private static final List<Duration> STEPS =
            List.of(1, 2, 5, 10, 20, 30, 60).stream().map(Duration::ofSeconds).toList();

    private final double scale;

    /** {@code scale} 1.0 in production; tests shrink the schedule without changing its shape. */
    public ReconnectBackoff(double scale) {
        if (!(scale > 0)) {
            throw new IllegalArgumentException("back-off scale must be > 0 but was " + scale);
        }
        this.scale = scale;
    }

    /** The nominal delay before attempt {@code n} (1-based), unscaled, as recorded in reconnection_event. */
    public static Duration nominal(int attempt) {
        if (attempt < 1) {
            throw new IllegalArgumentException("attempt numbers start at 1, got " + attempt);
        }
        return STEPS.get(Math.min(attempt, STEPS.size()) - 1);
    }

    /** The delay actually waited before attempt {@code n}. */
    public Duration delay(int attempt) {
        return Duration.ofMillis(Math.max(1, Math.round(nominal(attempt).toMillis() * scale)));
    }
}
