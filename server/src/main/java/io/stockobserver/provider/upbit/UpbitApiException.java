package io.stockobserver.provider.upbit;

import io.stockobserver.provider.VenueException;
import java.time.Instant;

/**
 * An Upbit REST call that did not produce a usable answer. The {@link Kind} says what the caller may do about it;
 * the message carries the status, the venue's error name and at most 200 characters of its text.
 */
public class UpbitApiException extends VenueException {
    /** What went wrong, from the caller's point of view. */
    public enum Kind {
        /** The venue answered an {@code {"error":…}} body or an unexpected 4xx (not worth retrying). */
        VENUE_ERROR,
        /** 429 Too Many Requests, still after every retry. */
        RATE_LIMITED,
        /** 418: the venue blocked this client, or the call was refused locally while that block lasts. */
        BLOCKED,
        /** 5xx, still after every retry. */
        SERVER_ERROR,
        /** No answer at all: time-out, connection refused or reset. */
        IO,
        /** An answer whose body is not the JSON the endpoint documents. */
        MALFORMED
    }

    private final Kind kind;
    private final int httpStatus;
    private final String name;
    private final String venueMessage;
    private final UpbitRateGroup group;
    private final Instant blockedUntil;

    public UpbitApiException(
            Kind kind, UpbitRateGroup group, int httpStatus, String name, String venueMessage, Instant blockedUntil) {
        super(describe(kind, group, httpStatus, name, venueMessage, blockedUntil));
        this.kind = kind;
        this.httpStatus = httpStatus;
        this.name = name;
        this.venueMessage = venueMessage;
        this.group = group;
        this.blockedUntil = blockedUntil;
    }

    /** A call that got an answer, but not a usable one. */
    public UpbitApiException(Kind kind, UpbitRateGroup group, int httpStatus, String name, String venueMessage) {
        this(kind, group, httpStatus, name, venueMessage, null);
    }

    /** A call that got no answer ({@link Kind#IO}). */
    public UpbitApiException(UpbitRateGroup group, String message, Throwable cause) {
        super("Upbit call failed (" + group.wireName() + "): " + excerpt(message), cause);
        this.kind = Kind.IO;
        this.httpStatus = -1;
        this.name = "IO";
        this.venueMessage = "";
        this.group = group;
        this.blockedUntil = null;
    }

    private static String describe(
            Kind kind, UpbitRateGroup group, int status, String name, String text, Instant blockedUntil) {
        String head = "Upbit call failed (" + group.wireName() + "): " + kind + " HTTP " + status;
        String until = blockedUntil == null ? "" : " blocked until " + blockedUntil;
        return head + " " + excerpt(name) + " " + excerpt(text) + until;
    }

    /** Venue text goes into logs and events: at most 200 characters of it, control characters shown as '?'. */
    static String excerpt(String text) {
        if (text == null) {
            return "";
        }
        String cut = text.length() <= 200 ? text : text.substring(0, 200) + "…(" + text.length() + " chars)";
        return cut.replaceAll("\\p{Cntrl}", "?");
    }

    public Kind kind() {
        return kind;
    }

    /** HTTP status, or -1 when no answer arrived (also for a call refused locally during a block). */
    public int httpStatus() {
        return httpStatus;
    }

    /**
     * The venue's {@code error.name} as text (the REST examples write it as a number, e.g. {@code 404}; the socket
     * as a code such as {@code WRONG_FORMAT}), or {@code HTTP_nnn} when the body had none.
     */
    public String name() {
        return name;
    }

    /** The venue's {@code error.message}, or an excerpt of a non-JSON body; never null. */
    public String venueMessage() {
        return venueMessage;
    }

    public UpbitRateGroup group() {
        return group;
    }

    /** For {@link Kind#BLOCKED}: when the block ends; null otherwise. */
    public Instant blockedUntil() {
        return blockedUntil;
    }

    /** Worth calling again later (not within this call's retries): rate limit, block, 5xx or no answer. */
    /** A 429 or a 418 block: recorded as {@code rate_limit}. */
    @Override
    public boolean rateLimited() {
        return kind == Kind.RATE_LIMITED || kind == Kind.BLOCKED;
    }

    public boolean isTransient() {
        return kind == Kind.RATE_LIMITED || kind == Kind.BLOCKED || kind == Kind.SERVER_ERROR || kind == Kind.IO;
    }
}
