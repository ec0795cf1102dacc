package io.stockobserver.etl;

import io.stockobserver.provider.VenueProfile.TradingSession;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Which market days the daily load is due for. A day is due at OBSERVER_ETL_AT on the day itself when that time is
 * at or after the session's close (KIS 16:00 ≥ 15:30), else — and always for a venue that trades around the clock —
 * at that time of the next day (Upbit: 00:30 the day after).
 */
final class EtlSchedule {
    private EtlSchedule() {}

    static Instant due(LocalDate day, LocalTime at, ZoneId zone, Optional<TradingSession> session) {
        boolean sameDay = session.isPresent() && !at.isBefore(session.get().close());
        return (sameDay ? day : day.plusDays(1)).atTime(at).atZone(zone).toInstant();
    }

    /** The days among the last three whose load is due at {@code now}, oldest first. */
    static List<LocalDate> dueDays(Instant now, LocalTime at, ZoneId zone, Optional<TradingSession> session) {
        LocalDate today = now.atZone(zone).toLocalDate();
        List<LocalDate> out = new ArrayList<>();
        for (LocalDate d = today.minusDays(2); !d.isAfter(today); d = d.plusDays(1)) {
            if (!now.isBefore(due(d, at, zone, session))) {
                out.add(d);
            }
        }
        return out;
    }
}
