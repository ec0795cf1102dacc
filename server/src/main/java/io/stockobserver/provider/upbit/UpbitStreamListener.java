package io.stockobserver.provider.upbit;

import java.time.Instant;

/**
 * What an {@link UpbitWebSocketSession} reports. Calls come from the socket's reader thread (and {@link #onClosed}
 * possibly from the keep-alive thread): implementations must hand work off quickly. Every message is reported raw
 * first, then exactly one of {@link #onData}, {@link #onStatus}, {@link #onError} or {@link #onMalformed}.
 */
public interface UpbitStreamListener {
    /**
     * Every message exactly as received, before any decoding (the replay input). Binary frames are given as their
     * UTF-8 text; one that is not UTF-8 as {@code base64:} followed by its bytes. Returns the raw reference the
     * records of this message will carry, or null.
     */
    String onRaw(String message, boolean binary, Instant receiveTime, long receivedAtNanos);

    /** A ticker, trade or orderbook frame. */
    void onData(UpbitMarketData data, String rawRef, Instant receiveTime, long receivedAtNanos);

    /** The keep-alive answer {@code {"status":"UP"}}. */
    void onStatus(UpbitStatus status, String rawRef);

    /** A venue error frame such as {@code WRONG_FORMAT}; the venue closes the socket right after it. */
    void onError(UpbitError error, String rawRef);

    /** A message that is not a valid frame; the raw text is in the exception. */
    void onMalformed(UpbitFrameDecodeException error, String rawRef);

    /** The socket opened (the subscribe request follows). */
    void onOpen();

    /**
     * The socket closed, failed or went silent for longer than the idle limit; {@code reason} says which (and names
     * the venue error that preceded the close, if any). Reported exactly once per session that opened.
     */
    void onClosed(String reason);
}
