package io.stockobserver.archive;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * The time the observer was not running, as seen at start-up from the previous run's heartbeat: from
 * {@code lastAlive} (its last heartbeat) to {@code now} (this start-up). The caller writes the {@code gap_marker}
 * with reason {@code process_restart} for it; {@code cleanShutdown} tells an orderly stop from a crash.
 */
public record Downtime(Instant lastAlive, Instant now, boolean cleanShutdown, String previousSessionId) {

    public Downtime {
        Objects.requireNonNull(lastAlive, "lastAlive");
        Objects.requireNonNull(now, "now");
        Objects.requireNonNull(previousSessionId, "previousSessionId");
    }

    /** How long nothing was observed; zero if the clock went backwards. */
    public Duration duration() {
        Duration d = Duration.between(lastAlive, now);
        return d.isNegative() ? Duration.ZERO : d;
    }
}
