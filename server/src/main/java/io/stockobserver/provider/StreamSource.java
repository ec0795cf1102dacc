package io.stockobserver.provider;

import java.io.IOException;

/**
 * Track B's view of a venue: a real-time session that registers symbols under the venue's registration budget and
 * reports what arrives as venue-neutral ticks, quotes and typed control events. Reconnection, gaps, the budget's
 * use and sampling are the collector's; the wire (approval keys, TR ids, frame formats, control codes) is the
 * source's.
 */
public interface StreamSource {
    /**
     * Opens one session and reports to {@code listener} from then on (on the socket's thread: the listener must hand
     * work off quickly). Nothing is registered yet.
     */
    StreamSession connect(StreamListener listener) throws VenueException, IOException, InterruptedException;

    /** Symbols one session may hold registered at most (KIS 41; Upbit: configurable). */
    int registrationBudget();

    /** A short name of the stream for logs and events, e.g. {@code KIS real-time}. */
    String name();
}
