package io.stockobserver.mitigation;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Decides the mitigation level from a stream of resource samples. The level rises to L once L's condition has held
 * continuously for the policy's window; it falls only after the current level's condition has stayed clear for the
 * same window (hysteresis: no flapping), to the highest level whose condition has then held for the window.
 * Coverage beats frequency: a level only changes the sampling rate ({@link #hz(int)}), never the slots.
 */
public final class MitigationController {
    /** The highest level (0.5 Hz). */
    public static final int MAX_LEVEL = 2;

    private final MitigationPolicy policy;
    private final Instant[] heldSince = new Instant[3]; // index 1, 2
    private Instant clearSince;
    private int level;

    public MitigationController(MitigationPolicy policy) {
        this.policy = policy;
    }

    /** Sampling rate of a level: 2, 1 and 0.5 Hz. */
    public static double hz(int level) {
        return switch (level) {
            case 0 -> 2.0;
            case 1 -> 1.0;
            case 2 -> 0.5;
            default -> throw new IllegalArgumentException("mitigation level must be 0..2 but was " + level);
        };
    }

    /** Sampling period of a level: 500 ms, 1 s, 2 s. */
    public static Duration period(int level) {
        return Duration.ofMillis(Math.round(1000 / hz(level)));
    }

    public synchronized int level() {
        return level;
    }

    /** Feeds one sample (in time order); returns the change it caused, if any. */
    public synchronized Optional<LevelChange> observe(ResourceSample s) {
        Instant now = s.at();
        for (int l = 1; l <= 2; l++) {
            heldSince[l] = policy.breaches(s, l).isEmpty() ? null : (heldSince[l] == null ? now : heldSince[l]);
        }
        int sustained = 0;
        for (int l = 2; l >= 1; l--) {
            if (heldSince[l] != null && !now.isBefore(heldSince[l].plus(policy.sustain()))) {
                sustained = l;
                break;
            }
        }
        if (sustained > level) {
            clearSince = null;
            return Optional.of(change(now, sustained, policy.breaches(s, sustained), s));
        }
        if (level > 0 && policy.breaches(s, level).isEmpty()) {
            clearSince = clearSince == null ? now : clearSince;
            if (!now.isBefore(clearSince.plus(policy.sustain()))) {
                clearSince = null;
                return Optional.of(change(now, sustained, List.of(), s));
            }
        } else {
            clearSince = null;
        }
        return Optional.empty();
    }

    private LevelChange change(Instant now, int to, List<String> reasons, ResourceSample s) {
        int from = level;
        level = to;
        return new LevelChange(now, from, to, hz(to), reasons, s);
    }
}
