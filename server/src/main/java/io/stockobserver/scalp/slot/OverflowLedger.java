package io.stockobserver.scalp.slot;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.ByteArrayBuilder;
import io.stockobserver.archive.ArchiveLayout;
import io.stockobserver.archive.ArchiveWriter;
import io.stockobserver.archive.SessionIds;
import io.stockobserver.archive.UtcTimestamps;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.IntSupplier;
import java.util.logging.Logger;

/**
 * Writes the Overflow Ledger: one JSON line per candidate left without a slot, to
 * {@code system/overflow/{provider}/{YYYYMMDD}_overflow.jsonl} (market-local day of the entry's timestamp), with
 * exactly the fields of seed 003 §2.14.1 in this order and nothing else: {@code timestamp}, {@code provider},
 * {@code symbol}, {@code candidate_score} (rounded to 4 decimals), {@code cutoff_rank}, {@code mitigation_level},
 * {@code decision_reason}, {@code session_id}.
 *
 * <p>Overflow lines are evidence, so like system events they wait (bounded) for room in the writer queue; a line that
 * still cannot be queued is counted in {@link #failedCount()} and logged at SEVERE with its content — the last place
 * it can survive. Thread-safe.
 */
public final class OverflowLedger {
    private static final Logger LOG = Logger.getLogger(OverflowLedger.class.getName());
    private static final JsonFactory FACTORY = new JsonFactory();

    private final ArchiveLayout layout;
    private final ArchiveWriter writer;
    private final String provider;
    private final String sessionId;
    private final IntSupplier mitigationLevel;
    private final Duration enqueueTimeout;
    private final LongAdder written = new LongAdder();
    private final LongAdder failed = new LongAdder();

    /**
     * @param layout names the ledger file
     * @param writer the archive writer the lines go through
     * @param provider provider name, {@code [a-z0-9_]+} (e.g. {@code kis})
     * @param sessionId this run's {@code sess_YYYYMMDD_HHMMSS}
     * @param mitigationLevel the current mitigation level (0..2), read when a line is written
     * @param enqueueTimeout how long to wait for room in the writer queue before a line counts as failed
     */
    public OverflowLedger(
            ArchiveLayout layout,
            ArchiveWriter writer,
            String provider,
            String sessionId,
            IntSupplier mitigationLevel,
            Duration enqueueTimeout) {
        this.layout = Objects.requireNonNull(layout, "layout");
        this.writer = Objects.requireNonNull(writer, "writer");
        layout.overflowFile(provider, Instant.EPOCH); // fails fast on a provider name no file can carry
        this.provider = provider;
        if (!SessionIds.isValid(sessionId)) {
            throw new IllegalArgumentException("session id must be sess_YYYYMMDD_HHMMSS but was '" + sessionId + "'");
        }
        this.sessionId = sessionId;
        this.mitigationLevel = Objects.requireNonNull(mitigationLevel, "mitigationLevel");
        this.enqueueTimeout = Objects.requireNonNull(enqueueTimeout, "enqueueTimeout");
        if (enqueueTimeout.isNegative()) {
            throw new IllegalArgumentException("enqueueTimeout must not be negative but was " + enqueueTimeout);
        }
    }

    /** Writes every entry (e.g. {@link SlotDecision#overflow()}); returns how many were handed to the writer. */
    public int write(List<OverflowEntry> entries) {
        int queued = 0;
        for (OverflowEntry entry : entries) {
            if (write(entry)) {
                queued++;
            }
        }
        return queued;
    }

    /** Writes one entry; false (counted and logged at SEVERE) when the writer queue stayed full or is closed. */
    public boolean write(OverflowEntry entry) {
        byte[] line = encode(entry, currentMitigationLevel());
        Path file = layout.overflowFile(provider, entry.timestamp());
        boolean queued;
        try {
            queued = writer.appendBlocking(file, line, System.nanoTime(), enqueueTimeout);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            queued = false;
        }
        if (queued) {
            written.increment();
        } else {
            failed.increment();
            LOG.severe("overflow ledger line could not be archived (writer queue full or closed, or interrupted): "
                    + new String(line, StandardCharsets.UTF_8));
        }
        return queued;
    }

    /** Lines handed to the writer; they count as archived once the writer has forced them. */
    public long writtenCount() {
        return written.sum();
    }

    /** Lines that could not be handed to the writer (each logged at SEVERE with its content). */
    public long failedCount() {
        return failed.sum();
    }

    /** The ledger line of {@code entry}: the eight fields of seed 003 §2.14.1, in order, no newline. */
    byte[] encode(OverflowEntry entry, int level) {
        try (ByteArrayBuilder out = new ByteArrayBuilder(192);
                JsonGenerator g = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
            g.writeStartObject();
            g.writeStringField("timestamp", UtcTimestamps.format(entry.timestamp()));
            g.writeStringField("provider", provider);
            g.writeStringField("symbol", entry.symbol());
            g.writeFieldName("candidate_score");
            g.writeNumber(Scores.rounded(entry.candidateScore()).toPlainString());
            g.writeNumberField("cutoff_rank", entry.cutoffRank());
            g.writeNumberField("mitigation_level", level);
            g.writeStringField("decision_reason", entry.reason().wireName());
            g.writeStringField("session_id", sessionId);
            g.writeEndObject();
            g.flush();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("encoding a ledger line in memory cannot fail", e);
        }
    }

    private int currentMitigationLevel() {
        int level = mitigationLevel.getAsInt();
        if (level < 0 || level > 2) {
            throw new IllegalStateException("mitigation level must be 0..2 but was " + level);
        }
        return level;
    }
}
