package io.stockobserver.pipeline;

import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The identity and live state of this observer run: {@code session_id} ({@code sess_YYYYMMDD_HHMMSS}, market time of
 * the start) and the current mitigation level that is stamped on every record.
 */
public final class ObserverSession {
    private final String id;
    private final Instant startedAt;
    private final AtomicInteger mitigationLevel = new AtomicInteger();

    public ObserverSession(Instant startedAt, ZoneId marketZone) {
        this.startedAt = startedAt;
        this.id = io.stockobserver.archive.SessionIds.of(startedAt, marketZone);
    }

    public String id() {
        return id;
    }

    public Instant startedAt() {
        return startedAt;
    }

    public int mitigationLevel() {
        return mitigationLevel.get();
    }

    /** Sets the level (0, 1 or 2); the mitigation controller owns the decision. */
    public void mitigationLevel(int level) {
        if (level < 0 || level > 2) {
            throw new IllegalArgumentException("mitigation level must be 0..2 but was " + level);
        }
        mitigationLevel.set(level);
    }
}
