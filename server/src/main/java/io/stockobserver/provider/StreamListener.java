package io.stockobserver.provider;

import io.stockobserver.pipeline.FieldValueException;
import java.time.Instant;

/** What a {@link StreamSession} reports, on the socket's thread. */
public interface StreamListener {
    /**
     * Every message exactly as received, before any parsing (the replay input). Returns the raw reference the
     * observations of this message will carry, or null.
     */
    String onRaw(String message, Instant receiveTime, long receivedAtNanos);

    /**
     * Whether records for {@code symbol} are wanted (registered by the collector). Asked before a record is read:
     * records for other symbols are skipped, so a sender cannot grow the book.
     */
    boolean wants(String symbol);

    /** A data message arrived (whatever it held): the watchdog measures silence from the last one. */
    void onDataMessage(Instant receiveTime);

    /**
     * The venue answered its keep-alive on a venue where a quiet market sends no frames at all (Upbit's
     * {@code {"status":"UP"}}): the session delivers, it has nothing to say, so the silence is not an outage. A venue
     * that streams while its market trades (KIS) never calls it: its PINGPONG says nothing about the data.
     */
    void onAlive();

    /** A trade for a registered or unregistered symbol (the listener decides whether it is wanted). */
    void onTrade(TradeTick tick);

    /** A best-quote update. */
    void onQuote(QuoteTop quote);

    /** A reply about registrations or the session, typed by the source. */
    void onEvent(StreamEvent event);

    /** A message that is not valid venue input; {@code reason} says why. */
    void onMalformed(String reason, String rawRef);

    /** A record with a value outside its field's bounds; {@code kind} is the venue's record type. */
    void onValueRejected(String kind, FieldValueException error, String rawRef, int messageChars);

    void onOpen();

    /** The session closed or failed, reported once per session; {@code reason} says why. */
    void onClosed(String reason);
}
