package io.stockobserver.calendar;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Locale;

/**
 * When a track collects, in the market's own time zone: {@code exchange} mode opens the window on weekdays between
 * {@code from} and {@code to} (e.g. 09:00–15:30 Asia/Seoul for Track A); {@code always} keeps it open (the sandbox
 * default, and off-hours tests against a real-format venue). Exchange holidays come with the trading calendar.
 */
public final class CollectionWindow {
    /** OBSERVER_MARKET_HOURS values. */
    public enum Mode {
        EXCHANGE,
        ALWAYS;

        public static Mode parse(String value) {
            try {
                return valueOf(value.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException | NullPointerException e) {
                throw new IllegalArgumentException(
                        "OBSERVER_MARKET_HOURS must be 'exchange' or 'always' but was '" + value + "'");
            }
        }
    }

    private final Mode mode;
    private final ZoneId zone;
    private final LocalTime from;
    private final LocalTime to;

    public CollectionWindow(Mode mode, ZoneId zone, LocalTime from, LocalTime to) {
        if (!from.isBefore(to)) {
            throw new IllegalArgumentException("collection window start " + from + " must be before end " + to);
        }
        this.mode = mode;
        this.zone = zone;
        this.from = from;
        this.to = to;
    }

    /** Parses {@code HH:mm-HH:mm}, e.g. {@code 09:00-15:30}. */
    public static CollectionWindow parse(Mode mode, ZoneId zone, String range, String settingName) {
        String[] parts = range == null ? new String[0] : range.trim().split("-");
        try {
            return new CollectionWindow(mode, zone, LocalTime.parse(parts[0].trim()), LocalTime.parse(parts[1].trim()));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(settingName + " must look like 09:00-15:30 but was '" + range + "'", e);
        }
    }

    public boolean isOpen(Instant t) {
        if (mode == Mode.ALWAYS) {
            return true;
        }
        ZonedDateTime local = t.atZone(zone);
        DayOfWeek day = local.getDayOfWeek();
        if (day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY) {
            return false;
        }
        LocalTime time = local.toLocalTime();
        return !time.isBefore(from) && time.isBefore(to);
    }

    public Mode mode() {
        return mode;
    }

    @Override
    public String toString() {
        return mode == Mode.ALWAYS ? "always" : from + "-" + to + " " + zone;
    }
}
