package io.stockobserver.provider.kis;

import java.time.Instant;

/**
 * What a {@link KisWebSocketSession} reports. Calls come from the socket's reader thread: implementations must hand
 * work off quickly (the raw journal and the latest-quote book are both non-blocking).
 */
public interface KisStreamListener {
    /**
     * Every message exactly as received, before any parsing (the replay input). Returns the raw reference the records
     * of this message will carry, or null.
     */
    String onRaw(String message, Instant receiveTime, long receivedAtNanos);

    /** A parsed data frame (count ≥ 1 records). */
    void onData(KisDataFrame frame, String rawRef, Instant receiveTime, long receivedAtNanos);

    /** A subscribe/unsubscribe reply or a session-level error; PINGPONG is answered by the session itself. */
    void onControl(KisControlMessage message);

    /** A message that is not a valid frame; the raw text is in the exception. */
    void onMalformed(KisFrameParseException error, String rawRef);

    /** The socket opened. */
    void onOpen();

    /** The socket closed or failed; {@code reason} says why. */
    void onClosed(String reason);
}
