package io.stockobserver.archive;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.LongAdder;

/**
 * Journals every raw input (WebSocket frame, REST response body) before it is parsed, as one JSON line
 * {@code {"receive_time":"…Z","channel":"ws","payload":"<exact text>"}} in {@code raw/{provider}/{YYYYMMDD}/
 * {HH_MM_SS}.raw}, and returns the {@link RawRef} ({@code file:line}) that records built from it carry. The raw
 * journal is the replay input: the payload string round-trips exactly through the JSON escaping.
 *
 * <p>Line numbers always match the physical line: the number is assigned and the line queued under one lock, the
 * writer appends in queue order, an existing file is counted on first touch (restart within a segment), the current
 * segment is {@linkplain ArchiveWriter#pin pinned} so it never rolls into a {@code .late} file, and once a write to it
 * fails it refuses further lines rather than shift them. Segments only move forward: an input whose receive time
 * falls in an earlier segment (clock step, slow caller) goes to the current one, carrying its own receive time.
 *
 * <p>Use one journal per writer (it is thread-safe); two journals over the same files would number lines apart.
 */
public final class RawJournal {

    /** The channel of a WebSocket frame. */
    public static final String CHANNEL_WS = "ws";

    private static final String REST_PREFIX = "rest:/";

    private final ArchiveLayout layout;
    private final ArchiveWriter writer;
    private final Object lock = new Object();
    private final Map<String, Segment> current = new HashMap<>();
    private final LongAdder journaled = new LongAdder();
    private final LongAdder notJournaled = new LongAdder();

    public RawJournal(ArchiveLayout layout, ArchiveWriter writer) {
        this.layout = Objects.requireNonNull(layout, "layout");
        this.writer = Objects.requireNonNull(writer, "writer");
    }

    /** The channel of a REST response from {@code path} (e.g. {@code /uapi/domestic-stock/v1/quotations/…}). */
    public static String restChannel(String path) {
        Objects.requireNonNull(path, "path");
        if (!path.startsWith("/")) {
            throw new IllegalArgumentException("REST path must start with '/': " + path);
        }
        return "rest:" + path;
    }

    /**
     * Journals one raw input.
     *
     * @param provider e.g. {@code kis}
     * @param channel {@link #CHANNEL_WS} or {@link #restChannel(String) rest:/path}
     * @param payload the frame or body exactly as received
     * @param receiveTime when it was received (wall clock), names the segment and is written with it
     * @param receivedAtNanos {@link System#nanoTime()} at receipt, for the receive-to-durable latency
     * @return where it was journaled, or a ref saying why it was not
     */
    public RawRef journal(String provider, String channel, String payload, Instant receiveTime, long receivedAtNanos) {
        byte[] line = encode(requireChannel(channel), Objects.requireNonNull(payload, "payload"), receiveTime);
        Path file = layout.rawFile(provider, receiveTime);
        Instant segmentStart = layout.rawSegmentStart(receiveTime);
        synchronized (lock) {
            Segment segment = current.get(provider);
            if (segment == null || segmentStart.isAfter(segment.start)) {
                try {
                    segment = roll(provider, segment, file, segmentStart);
                } catch (IOException e) {
                    return rejected(file, RawRef.Status.FILE_FAILED);
                }
            }
            if (writer.isBroken(segment.file)) {
                return rejected(segment.file, RawRef.Status.FILE_FAILED);
            }
            AppendResult result = writer.append(segment.file, line, receivedAtNanos);
            if (!result.accepted()) {
                return rejected(
                        segment.file,
                        result == AppendResult.REJECTED_FULL
                                ? RawRef.Status.REJECTED_FULL
                                : RawRef.Status.REJECTED_CLOSED);
            }
            segment.lines++;
            journaled.increment();
            return RawRef.journaled(segment.file, segment.lines);
        }
    }

    /** Inputs journaled (queued) so far. */
    public long journaledCount() {
        return journaled.sum();
    }

    /** Inputs that could not be journaled (their refs say why). */
    public long notJournaledCount() {
        return notJournaled.sum();
    }

    /** The raw line for one input; package-private so tests can check the format. */
    static byte[] encode(String channel, String payload, Instant receiveTime) {
        StringBuilder json = new StringBuilder(payload.length() + channel.length() + 64);
        json.append("{\"receive_time\":\"")
                .append(UtcTimestamps.format(receiveTime))
                .append("\",\"channel\":");
        JsonStrings.appendQuoted(json, channel).append(",\"payload\":");
        JsonStrings.appendQuoted(json, payload).append('}');
        // Unpaired surrogates were escaped, so this encoding is lossless.
        return json.toString().getBytes(StandardCharsets.UTF_8);
    }

    private Segment roll(String provider, Segment previous, Path file, Instant start) throws IOException {
        Segment next = new Segment(file, start, countLines(layout.resolve(file)));
        writer.pin(file);
        if (previous != null) {
            writer.unpin(previous.file);
        }
        current.put(provider, next);
        return next;
    }

    private RawRef rejected(Path file, RawRef.Status why) {
        notJournaled.increment();
        return RawRef.notJournaled(file, why);
    }

    private static String requireChannel(String channel) {
        if (!CHANNEL_WS.equals(channel) && (channel == null || !channel.startsWith(REST_PREFIX))) {
            throw new IllegalArgumentException("channel must be 'ws' or 'rest:/path' but was '" + channel + "'");
        }
        return channel;
    }

    /** Complete lines already in {@code file}; a torn tail is not counted (the writer quarantines it on open). */
    private static long countLines(Path file) throws IOException {
        if (!Files.exists(file)) {
            return 0;
        }
        long lines = 0;
        ByteBuffer buffer = ByteBuffer.allocateDirect(1 << 16);
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            // Bounded by the size seen now: the file is not being written (it is not open in this process yet).
            long remaining = channel.size();
            while (remaining > 0) {
                buffer.clear().limit((int) Math.min(buffer.capacity(), remaining));
                int read = channel.read(buffer);
                if (read < 0) {
                    break;
                }
                remaining -= read;
                buffer.flip();
                while (buffer.hasRemaining()) {
                    if (buffer.get() == '\n') {
                        lines++;
                    }
                }
            }
        } catch (NoSuchFileException gone) {
            return 0;
        }
        return lines;
    }

    /** The raw file a provider's inputs go to now, and how many lines it has. Guarded by {@code lock}. */
    private static final class Segment {
        final Path file;
        final Instant start;
        long lines;

        Segment(Path file, Instant start, long lines) {
            this.file = file;
            this.start = start;
            this.lines = lines;
        }
    }
}
