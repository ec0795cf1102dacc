package io.stockobserver.provider;

import java.time.LocalDate;
import java.util.SortedMap;

/** The venue's own statement of which days its market opens, where it publishes one. */
public interface TradingDaySource {
    /** A short name of this source for events and answers, e.g. {@code kis_chk_holiday}. */
    String name();

    /** False when this venue (or this environment of it) publishes no trading days: the configured calendar rules. */
    boolean available();

    /**
     * The days around {@code day} the venue answers for (at least {@code day}), each mapped to whether the market
     * opens. A refusal or an unreadable answer fails the whole call: a calendar half-read is worse than the fallback.
     */
    SortedMap<LocalDate, Boolean> openDays(LocalDate day) throws VenueException, InterruptedException;
}
