package io.stockobserver.provider;

import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;

/**
 * What every capability may know about the venue this server observes, and nothing of its wire: its id (the
 * {@code provider} of every record), its market, the zone its calendar and archive partitions live in, its trading
 * session and its limits. One server observes one venue (seed 003 §6.2).
 *
 * @param provider the venue id written into every record, e.g. {@code kis}, {@code upbit}
 * @param market the market written into every record, e.g. {@code kr_stocks}, {@code krw_crypto}
 * @param zone the market's zone: trading days, archive partitions and daily timers are in it
 * @param counterZone the zone whose midnight resets the venue's day-cumulative volume and turnover (KIS: Seoul;
 *     Upbit: UTC, so its "day" figures restart at 09:00 KST)
 * @param session the regular session in {@code zone}, or empty for a venue that trades around the clock
 * @param streamRegistrations how many symbols one stream session may register at most (the registration budget)
 * @param snapshotBatch how many symbols one batched snapshot request may carry
 * @param symbolPattern what a symbol of this market looks like (checked on every observation)
 * @param symbolDescription the same in words, for error messages (e.g. {@code a 6-character KRX code})
 */
public record VenueProfile(
        String provider,
        String market,
        ZoneId zone,
        ZoneId counterZone,
        Optional<TradingSession> session,
        int streamRegistrations,
        int snapshotBatch,
        String symbolPattern,
        String symbolDescription) {

    public VenueProfile {
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(market, "market");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(counterZone, "counterZone");
        Objects.requireNonNull(session, "session");
        Objects.requireNonNull(symbolPattern, "symbolPattern");
        if (streamRegistrations < 1 || snapshotBatch < 1) {
            throw new IllegalArgumentException("a venue registers and batches at least one symbol");
        }
    }

    /** Whether the venue trades around the clock (no sessions, no holidays). */
    public boolean roundTheClock() {
        return session.isEmpty();
    }

    /** How long the venue trades in a day: its regular session, or 24 hours around the clock. */
    public Duration sessionLength() {
        return session.map(s -> Duration.between(s.open(), s.close())).orElse(Duration.ofDays(1));
    }

    /** A copy with another registration budget (a venue whose budget is configurable). */
    public VenueProfile withStreamRegistrations(int registrations) {
        return new VenueProfile(
                provider,
                market,
                zone,
                counterZone,
                session,
                registrations,
                snapshotBatch,
                symbolPattern,
                symbolDescription);
    }

    /**
     * The regular session of an exchange and the part of it Track B samples by default.
     *
     * @param open first minute of the regular session
     * @param close end of the regular session
     * @param scalpFrom start of the default Track B window (after the opening auction settles)
     * @param scalpTo end of the default Track B window (before the closing auction)
     */
    public record TradingSession(LocalTime open, LocalTime close, LocalTime scalpFrom, LocalTime scalpTo) {}
}
