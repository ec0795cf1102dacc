package io.stockobserver.events;

import io.stockobserver.pipeline.Observation;
import io.stockobserver.pipeline.Rejection;
import io.stockobserver.pipeline.RejectionListener;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;

/**
 * Turns pipeline rejections into {@code validation_rejected} / {@code guard_rejected} events. A flood is sampled:
 * per stage and reason at most one event per {@code interval}, carrying how many were folded into it
 * ({@code suppressed_count}), so the evidence stays complete in count while the file stays readable.
 */
public final class RejectionReporter implements RejectionListener {
    private static final Logger LOG = Logger.getLogger(RejectionReporter.class.getName());

    private final SystemEventLog events;
    private final Clock clock;
    private final Duration interval;
    private final ConcurrentHashMap<String, Window> windows = new ConcurrentHashMap<>();

    public RejectionReporter(SystemEventLog events, Clock clock, Duration interval) {
        this.events = events;
        this.clock = clock;
        this.interval = interval;
    }

    @Override
    public void rejected(Observation o, Rejection r) {
        Instant now = clock.instant();
        Window w = windows.computeIfAbsent(r.stage() + ':' + r.reason(), k -> new Window());
        long suppressed;
        synchronized (w) {
            if (w.lastEmitted != null && now.isBefore(w.lastEmitted.plus(interval))) {
                w.suppressed++;
                return;
            }
            suppressed = w.suppressed;
            w.suppressed = 0;
            w.lastEmitted = now;
        }
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("stage", r.stage());
        fields.put("reason", r.reason());
        fields.put("detail", r.detail());
        fields.put("symbol", o.symbol());
        fields.put("track", o.track().wireName());
        if (o.rawRef() != null) {
            fields.put("raw_ref", o.rawRef());
        }
        fields.put("suppressed_count", suppressed);
        events.record(r.stage() + "_rejected", fields);
        LOG.fine(() -> r.stage() + " rejected " + o.symbol() + ": " + r.reason() + " " + r.detail());
    }

    private static final class Window {
        Instant lastEmitted;
        long suppressed;
    }
}
