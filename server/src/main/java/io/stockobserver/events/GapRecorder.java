package io.stockobserver.events;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * Records {@code gap_marker} events with exactly the fields of seed 003 §2.14.2. A gap is either known whole (a
 * process restart: start and end given) or opened when collection stops and closed when it resumes; opening an
 * already open gap of the same scope and reason is a no-op, so callers may report every failure.
 */
public final class GapRecorder {
    /** The closed vocabulary of gap reasons (docs/archive-format.md). */
    public enum Reason {
        WS_DISCONNECT,
        WS_STALE,
        API_ERROR,
        RATE_LIMIT,
        PROCESS_RESTART,
        DISK_FULL,
        QUEUE_SATURATED,
        PAUSED,
        /** A downstream sink's target (the database, a broker) was unreachable; the archive kept every record. */
        SINK_UNAVAILABLE;

        public String wireName() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    private final SystemEventLog events;
    private final ConcurrentHashMap<String, Instant> open = new ConcurrentHashMap<>();
    private final LongAdder gaps = new LongAdder();
    private final LongAdder gapMillis = new LongAdder();

    public GapRecorder(SystemEventLog events) {
        this.events = events;
    }

    /** Records a gap whose start and end are both known. */
    public void record(Instant start, Instant end, String scope, Reason reason) {
        record(start, end, scope, reason, Map.of());
    }

    /**
     * Records a gap with extra context after the seed's fields (e.g. {@code symbol} when one symbol was missed);
     * readers ignore fields they do not know.
     */
    public void record(Instant start, Instant end, String scope, Reason reason, Map<String, ?> context) {
        long millis = Math.max(0, Duration.between(start, end).toMillis());
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("gap_start_ts", start);
        fields.put("gap_end_ts", end);
        fields.put("gap_seconds", (millis + 999) / 1000); // rounded up: evidence never understates a gap
        fields.put("scope", scope);
        fields.put("reason", reason.wireName());
        fields.putAll(context);
        events.record("gap_marker", fields, end);
        gaps.increment();
        gapMillis.add(millis);
    }

    /** Marks the start of a gap if none of this scope and reason is open. */
    public void open(String scope, Reason reason, Instant start) {
        open.putIfAbsent(key(scope, reason), start);
    }

    /** Closes an open gap of this scope and reason, writing its marker; returns its start if one was open. */
    public Optional<Instant> close(String scope, Reason reason, Instant end) {
        Instant start = open.remove(key(scope, reason));
        if (start != null) {
            record(start, end, scope, reason);
        }
        return Optional.ofNullable(start);
    }

    public boolean isOpen(String scope, Reason reason) {
        return open.containsKey(key(scope, reason));
    }

    /** Gap markers written by this run. */
    public long gapCount() {
        return gaps.sum();
    }

    /** Total seconds covered by the gap markers of this run. */
    public double gapSeconds() {
        return gapMillis.sum() / 1000.0;
    }

    private static String key(String scope, Reason reason) {
        return scope + '/' + reason.name();
    }
}
