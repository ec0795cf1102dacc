package io.stockobserver.calendar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The trading calendar as KIS states it (chk-holiday, {@code opnd_yn}), with a fallback for the days KIS has not
 * been asked about. The HTTP call is not made here: a caller fetches the body, parses it with
 * {@link KisHolidayParser} and feeds the days through {@link #accept}. {@link #answer} says which source answered
 * each day, so a collector can log that it relied on the configured calendar.
 *
 * <p>Days fed in are kept for the life of the instance (a year is about 365 small entries); a day fed again is
 * replaced by the newer answer. Thread-safe: one thread may feed while others ask.
 */
public final class KisTradingCalendar implements TradingCalendar {

    /** What {@link #source()} says, and {@link #answer} for a day known from KIS. */
    public static final String SOURCE = "kis_chk_holiday";

    private final TradingCalendar fallback;
    private final ConcurrentMap<LocalDate, HolidayInfo> known = new ConcurrentHashMap<>();

    /** @param fallback answers the days KIS has not been asked about (usually a {@link FallbackCalendar}) */
    public KisTradingCalendar(TradingCalendar fallback) {
        this.fallback = Objects.requireNonNull(fallback, "fallback");
    }

    /**
     * Adds the days of one chk-holiday answer.
     *
     * @return the days, sorted, on which KIS and the fallback disagree (worth a system event: the configured
     *     holidays may be wrong)
     */
    public List<LocalDate> accept(Map<LocalDate, HolidayInfo> days) {
        Objects.requireNonNull(days, "days");
        List<LocalDate> disagreements = new ArrayList<>();
        days.forEach((day, info) -> {
            known.put(Objects.requireNonNull(day, "day"), Objects.requireNonNull(info, "info"));
            if (info.openDay() != fallback.isTradingDay(day)) {
                disagreements.add(day);
            }
        });
        disagreements.sort(null);
        return disagreements;
    }

    /** What KIS said about {@code day}, if it has been fed. */
    public Optional<HolidayInfo> info(LocalDate day) {
        return Optional.ofNullable(known.get(Objects.requireNonNull(day, "day")));
    }

    /** True when {@code day} is answered from KIS data rather than the fallback. */
    public boolean knows(LocalDate day) {
        return known.containsKey(Objects.requireNonNull(day, "day"));
    }

    /** The number of days known from KIS. */
    public int knownDays() {
        return known.size();
    }

    /** The fallback calendar. */
    public TradingCalendar fallback() {
        return fallback;
    }

    @Override
    public TradingDayAnswer answer(LocalDate day) {
        HolidayInfo info = known.get(Objects.requireNonNull(day, "day"));
        return info != null ? new TradingDayAnswer(day, info.openDay(), SOURCE) : fallback.answer(day);
    }

    @Override
    public boolean isTradingDay(LocalDate day) {
        return answer(day).tradingDay();
    }

    @Override
    public String source() {
        return SOURCE;
    }
}
