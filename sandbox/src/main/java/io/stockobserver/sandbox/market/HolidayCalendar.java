package io.stockobserver.sandbox.market;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.Collections;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The days the Korean market is closed: weekends and a configured set of holidays. Feeds chk-holiday and the
 * exchange-hours trading calendar.
 *
 * <p>A holiday on 31 December is the KRX 연말휴장일: banks and brokers work (영업일, 거래일) but the market neither
 * opens nor settles. Every other holiday closes everything. This is the sandbox's approximation; KIS takes its
 * answer from its own ledger.
 */
public final class HolidayCalendar {

    /**
     * The sandbox's approximation of the KRX 2026 closures on weekdays (and two that fall on a Saturday): 신정 1/1,
     * 설날 2/16–18, 삼일절 대체 3/2, 근로자의 날 5/1, 어린이날 5/5, 부처님오신날 대체 5/25, 지방선거 6/3, 현충일 6/6 (Sat),
     * 광복절 대체 8/17, 추석 9/24–26 (9/26 Sat), 개천절 대체 10/5, 한글날 10/9, 성탄절 12/25, 연말휴장 12/31 — and 신정
     * 2027-01-01, so that a December query sees the new year right. Other years close only at weekends.
     */
    public static final Set<LocalDate> KRX_2026 = Collections.unmodifiableSortedSet(new TreeSet<>(Set.of(
            LocalDate.of(2026, 1, 1),
            LocalDate.of(2026, 2, 16),
            LocalDate.of(2026, 2, 17),
            LocalDate.of(2026, 2, 18),
            LocalDate.of(2026, 3, 2),
            LocalDate.of(2026, 5, 1),
            LocalDate.of(2026, 5, 5),
            LocalDate.of(2026, 5, 25),
            LocalDate.of(2026, 6, 3),
            LocalDate.of(2026, 6, 6),
            LocalDate.of(2026, 8, 17),
            LocalDate.of(2026, 9, 24),
            LocalDate.of(2026, 9, 25),
            LocalDate.of(2026, 9, 26),
            LocalDate.of(2026, 10, 5),
            LocalDate.of(2026, 10, 9),
            LocalDate.of(2026, 12, 25),
            LocalDate.of(2026, 12, 31),
            LocalDate.of(2027, 1, 1))));

    private final SortedSet<LocalDate> holidays;

    /** Creates a calendar closed at weekends and on {@code holidays}. */
    public HolidayCalendar(Set<LocalDate> holidays) {
        this.holidays = Collections.unmodifiableSortedSet(new TreeSet<>(holidays));
    }

    /** Returns a calendar closed only at weekends. */
    public static HolidayCalendar weekendsOnly() {
        return new HolidayCalendar(Set.of());
    }

    /** Returns the configured holidays, in date order. */
    public SortedSet<LocalDate> holidays() {
        return holidays;
    }

    /** Returns whether the stock market opens on a date. */
    public boolean isMarketOpen(LocalDate date) {
        return !isWeekend(date) && !holidays.contains(date);
    }

    /** Returns what a date is for the market, banks and settlement. */
    public VenueDay day(LocalDate date) {
        if (isWeekend(date)) {
            return new VenueDay(date, false, false, false, false);
        }
        if (!holidays.contains(date)) {
            return new VenueDay(date, true, true, true, true);
        }
        boolean yearEndClosure = date.getMonth() == Month.DECEMBER && date.getDayOfMonth() == 31;
        return new VenueDay(date, yearEndClosure, yearEndClosure, false, false);
    }

    private static boolean isWeekend(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        return day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY;
    }
}
