package io.stockobserver.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.Collections;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The configured calendar: the market is closed on Saturdays, Sundays and the configured holidays
 * ({@value #SETTING}, a comma-separated list of {@code YYYY-MM-DD} dates), open on every other day. It answers when
 * the venue has not (see {@link VenueTradingCalendar}). Immutable and thread-safe.
 *
 * <p>{@link #KRX_2026_HOLIDAYS} is a default list of the KRX (유가증권·코스닥) market holidays of 2026 on weekdays. It is
 * an <b>approximation compiled from public holiday rules, not an exchange publication</b>: operators must check it
 * against KRX's own 휴장일 announcement (temporary holidays are declared at short notice) and set
 * {@value #SETTING} for the years they run.
 */
public final class FallbackCalendar implements TradingCalendar {

    /** The setting that lists the holidays. */
    public static final String SETTING = "OBSERVER_HOLIDAYS";

    /** What {@link #source()} says. */
    public static final String SOURCE = "configured";

    /**
     * KRX 2026 market holidays on weekdays (approximate; check against KRX): 신정 01-01; 설날 02-16, 02-17, 02-18;
     * 삼일절 대체 03-02; 근로자의 날 05-01 (the exchange closes on it); 어린이날 05-05; 부처님오신날 대체 05-25;
     * 지방선거 06-03; 광복절 대체 08-17; 추석 09-24, 09-25 (09-26 is a Saturday); 개천절 대체 10-05; 한글날 10-09;
     * 성탄절 12-25; 연말휴장 12-31. Holidays falling on weekends (현충일 06-06, …) need no entry.
     */
    public static final String KRX_2026_HOLIDAYS = "2026-01-01,2026-02-16,2026-02-17,2026-02-18,2026-03-02,"
            + "2026-05-01,2026-05-05,2026-05-25,2026-06-03,2026-08-17,2026-09-24,2026-09-25,2026-10-05,"
            + "2026-10-09,2026-12-25,2026-12-31";

    private final SortedSet<LocalDate> holidays;

    /** A calendar closed on weekends and on {@code holidays}. */
    public FallbackCalendar(Collection<LocalDate> holidays) {
        TreeSet<LocalDate> copy = new TreeSet<>();
        for (LocalDate day : Objects.requireNonNull(holidays, "holidays")) {
            copy.add(Objects.requireNonNull(day, "holiday"));
        }
        this.holidays = Collections.unmodifiableSortedSet(copy);
    }

    /**
     * Parses the {@value #SETTING} value: comma-separated {@code YYYY-MM-DD} dates, spaces around them allowed. A
     * blank value means no holidays (weekends only).
     *
     * @throws IllegalArgumentException naming {@value #SETTING} and the offending entry
     */
    public static FallbackCalendar parse(String value) {
        TreeSet<LocalDate> days = new TreeSet<>();
        if (value == null || value.isBlank()) {
            return new FallbackCalendar(days);
        }
        String[] entries = value.split(",", -1);
        for (int i = 0; i < entries.length; i++) {
            String entry = entries[i].strip();
            try {
                days.add(LocalDate.parse(entry));
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException(
                        SETTING + " must be a comma-separated list of YYYY-MM-DD dates, but" + " entry " + (i + 1)
                                + " is '" + entry + "' (in '" + value + "')",
                        e);
            }
        }
        return new FallbackCalendar(days);
    }

    /** The default calendar: weekends and {@link #KRX_2026_HOLIDAYS}. */
    public static FallbackCalendar krx2026() {
        return parse(KRX_2026_HOLIDAYS);
    }

    /** The configured holidays, sorted. */
    public SortedSet<LocalDate> holidays() {
        return holidays;
    }

    @Override
    public boolean isTradingDay(LocalDate day) {
        DayOfWeek weekday = Objects.requireNonNull(day, "day").getDayOfWeek();
        return weekday != DayOfWeek.SATURDAY && weekday != DayOfWeek.SUNDAY && !holidays.contains(day);
    }

    @Override
    public String source() {
        return SOURCE;
    }

    @Override
    public String toString() {
        return "FallbackCalendar" + holidays;
    }
}
