package io.stockobserver.events;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.ByteArrayBuilder;
import io.stockobserver.archive.ArchiveLayout;
import io.stockobserver.archive.ArchiveWriter;
import io.stockobserver.archive.UtcTimestamps;
import io.stockobserver.pipeline.ObserverSession;
import io.stockobserver.pipeline.RecordEncoder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.logging.Logger;

/**
 * Writes system events: {@code event_type}, the event's own fields, then the common meta (RECORDS.md). Events are
 * evidence, so unlike records they wait (bounded) for room in the writer queue; an event that still cannot be queued
 * is logged at SEVERE with its content — the last place it can survive.
 */
public final class SystemEventLog {
    private static final Logger LOG = Logger.getLogger(SystemEventLog.class.getName());
    private static final JsonFactory FACTORY = new JsonFactory();

    private final ArchiveLayout layout;
    private final ArchiveWriter writer;
    private final ObserverSession session;
    private final String provider;
    private final Clock clock;
    private final Duration enqueueTimeout;
    private final ConcurrentHashMap<String, LongAdder> written = new ConcurrentHashMap<>();
    private final LongAdder failed = new LongAdder();
    private final java.util.List<java.util.function.BiConsumer<String, String>> listeners =
            new java.util.concurrent.CopyOnWriteArrayList<>();

    public SystemEventLog(
            ArchiveLayout layout,
            ArchiveWriter writer,
            ObserverSession session,
            String provider,
            Clock clock,
            Duration enqueueTimeout) {
        this.layout = layout;
        this.writer = writer;
        this.session = session;
        this.provider = provider;
        this.clock = clock;
        this.enqueueTimeout = enqueueTimeout;
    }

    /**
     * Records one event that happened now. {@code fields} keep their iteration order; values may be String, Long,
     * Integer, BigDecimal, Boolean, Instant or a Collection (written as an array of strings).
     */
    public void record(String eventType, Map<String, ?> fields) {
        record(eventType, fields, clock.instant());
    }

    /** Records one event with an explicit event time. */
    public void record(String eventType, Map<String, ?> fields, Instant eventTime) {
        Instant now = clock.instant();
        byte[] line = encode(eventType, fields, eventTime, now);
        boolean queued;
        try {
            queued = writer.appendBlocking(layout.eventsFile(provider, now), line, System.nanoTime(), enqueueTimeout);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            queued = false;
        }
        notifyListeners(eventType, line);
        if (queued) {
            written.computeIfAbsent(eventType, k -> new LongAdder()).increment();
        } else {
            failed.increment();
            LOG.severe("system event could not be archived (writer queue full or closed): "
                    + new String(line, java.nio.charset.StandardCharsets.UTF_8));
        }
    }

    /**
     * Adds a listener told of every event as it is recorded: its type and its JSON line (the archive's bytes). Called
     * on the recording thread, so it must be quick and must not record events itself; its failures are logged.
     */
    public void addListener(java.util.function.BiConsumer<String, String> listener) {
        listeners.add(java.util.Objects.requireNonNull(listener, "listener"));
    }

    public void removeListener(java.util.function.BiConsumer<String, String> listener) {
        listeners.remove(listener);
    }

    private void notifyListeners(String eventType, byte[] line) {
        if (listeners.isEmpty()) {
            return;
        }
        String json = new String(line, java.nio.charset.StandardCharsets.UTF_8);
        for (java.util.function.BiConsumer<String, String> l : listeners) {
            try {
                l.accept(eventType, json);
            } catch (RuntimeException e) {
                LOG.log(java.util.logging.Level.WARNING, "event listener failed", e);
            }
        }
    }

    /** Events written, by type. */
    public Map<String, Long> writtenByType() {
        Map<String, Long> out = new TreeMap<>();
        written.forEach((k, v) -> out.put(k, v.sum()));
        return out;
    }

    public long failedCount() {
        return failed.sum();
    }

    private byte[] encode(String eventType, Map<String, ?> fields, Instant eventTime, Instant now) {
        try (ByteArrayBuilder out = new ByteArrayBuilder(256);
                JsonGenerator g = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
            g.writeStartObject();
            g.writeStringField("event_type", eventType);
            for (Map.Entry<String, ?> e : fields.entrySet()) {
                RecordEncoder.writeField(g, e.getKey(), e.getValue());
            }
            if (!fields.containsKey("session_id")) {
                g.writeStringField("session_id", session.id());
            }
            g.writeStringField("schema_version", "1.0");
            g.writeStringField("event_time", UtcTimestamps.format(eventTime));
            g.writeStringField("receive_time", UtcTimestamps.format(now));
            g.writeNumberField("mitigation_level", session.mitigationLevel());
            g.writeStringField("quality_flag", "normal");
            g.writeStringField("provider", provider);
            g.writeEndObject();
            g.flush();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("encoding an event in memory cannot fail", e);
        }
    }
}
