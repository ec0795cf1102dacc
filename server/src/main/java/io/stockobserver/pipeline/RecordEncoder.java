package io.stockobserver.pipeline;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.ByteArrayBuilder;
import io.stockobserver.archive.UtcTimestamps;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.Map;

/**
 * Writes an {@link ArchiveRecord} as one JSON object (no newline): the common meta first, then the normalized fields,
 * then {@code provider_specific}. Numbers are written exactly (Long or BigDecimal plain), never as binary floats;
 * null values are omitted, never written as 0 or "".
 */
public final class RecordEncoder {
    private static final JsonFactory FACTORY = new JsonFactory();

    public byte[] encode(ArchiveRecord record) {
        Observation o = record.observation();
        try (ByteArrayBuilder out = new ByteArrayBuilder(512);
                JsonGenerator g = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
            g.writeStartObject();
            g.writeStringField("schema_version", record.schemaVersion());
            g.writeStringField("event_time", UtcTimestamps.format(o.eventTime()));
            g.writeStringField("receive_time", UtcTimestamps.format(o.receiveTime()));
            g.writeStringField("session_id", record.sessionId());
            g.writeNumberField("mitigation_level", record.mitigationLevel());
            g.writeStringField("quality_flag", o.quality().wireName());
            if (o.rawRef() != null) {
                g.writeStringField("raw_ref", o.rawRef());
            }
            g.writeStringField("provider", o.provider());
            g.writeStringField("market", o.market());
            g.writeStringField("symbol", o.symbol());
            g.writeStringField("track", o.track().wireName());
            for (Map.Entry<String, Object> e : o.fields().entrySet()) {
                writeField(g, e.getKey(), e.getValue());
            }
            if (!o.providerSpecific().isEmpty()) {
                g.writeObjectFieldStart("provider_specific");
                for (Map.Entry<String, String> e : o.providerSpecific().entrySet()) {
                    if (e.getValue() != null) {
                        g.writeStringField(e.getKey(), e.getValue());
                    }
                }
                g.writeEndObject();
            }
            g.writeEndObject();
            g.flush();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("encoding a record in memory cannot fail", e);
        }
    }

    /** Writes one value of a type the archive allows; other types are a programming error. */
    public static void writeField(JsonGenerator g, String name, Object value) throws IOException {
        if (value == null) {
            return;
        }
        if (value instanceof Long || value instanceof Integer) {
            g.writeNumberField(name, ((Number) value).longValue());
        } else if (value instanceof BigDecimal d) {
            g.writeFieldName(name);
            g.writeNumber(d.toPlainString());
        } else if (value instanceof String s) {
            g.writeStringField(name, s);
        } else if (value instanceof Boolean b) {
            g.writeBooleanField(name, b);
        } else if (value instanceof java.time.Instant t) {
            g.writeStringField(name, UtcTimestamps.format(t));
        } else if (value instanceof java.util.Collection<?> c) {
            g.writeArrayFieldStart(name);
            for (Object item : c) {
                g.writeString(String.valueOf(item));
            }
            g.writeEndArray();
        } else {
            throw new IllegalArgumentException("field " + name + " has unsupported type "
                    + value.getClass().getName());
        }
    }
}
