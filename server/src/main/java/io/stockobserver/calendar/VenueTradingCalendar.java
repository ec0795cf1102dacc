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
 * The trading calendar as the venue states it (KIS: chk-holiday's {@code opnd_yn}), with a fallback for the days the
 * venue has not been asked about. The venue call is not made here: a caller asks the venue's trading-day source and
 * feeds the days through {@link #accept}. {@link #answer} says which source answered each day, so a collector can
 * log that it relied on the configured calendar.
 *
 * <p>Days fed in are kept for the life of the instance (a year is about 365 small entries); a day fed again is
 * replaced by the newer answer. Thread-safe: one thread may feed while others ask.
 */
public final class VenueTradingCalendar implements TradingCalendar {

    private final String source;
    private final TradingCalendar fallback;
    private final ConcurrentMap<LocalDate, Boolean> known = new ConcurrentHashMap<>();

    /**
     * @param source what {@link #source()} says, and {@link #answer} for a day known from the venue
     * @param fallback answers the days the venue has not been asked about (usually a {@link FallbackCalendar})
     */
    public VenueTradingCalendar(String source, TradingCalendar fallback) {
        this.source = Objects.requireNonNull(source, "source");
        this.fallback = Objects.requireNonNull(fallback, "fallback");
    }

    /**
     * Adds the days of one venue answer (day → the market opens).
     *
     * @return the days, sorted, on which the venue and the fallback disagree (worth a system event: the configured
     *     holidays may be wrong)
     */
    public List<LocalDate> accept(Map<LocalDate, Boolean> days) {
        Objects.requireNonNull(days, "days");
        List<LocalDate> disagreements = new ArrayList<>();
        days.forEach((day, open) -> {
            known.put(Objects.requireNonNull(day, "day"), Objects.requireNonNull(open, "open"));
            if (open != fallback.isTradingDay(day)) {
                disagreements.add(day);
            }
        });
        disagreements.sort(null);
        return disagreements;
    }

    /** Whether the venue said its market opens on {@code day}, if it has been fed. */
    public Optional<Boolean> open(LocalDate day) {
        return Optional.ofNullable(known.get(Objects.requireNonNull(day, "day")));
    }

    /** True when {@code day} is answered from venue data rather than the fallback. */
    public boolean knows(LocalDate day) {
        return known.containsKey(Objects.requireNonNull(day, "day"));
    }

    /** The number of days known from the venue. */
    public int knownDays() {
        return known.size();
    }

    /** The fallback calendar. */
    public TradingCalendar fallback() {
        return fallback;
    }

    @Override
    public TradingDayAnswer answer(LocalDate day) {
        Boolean open = known.get(Objects.requireNonNull(day, "day"));
        return open != null ? new TradingDayAnswer(day, open, source) : fallback.answer(day);
    }

    @Override
    public boolean isTradingDay(LocalDate day) {
        return answer(day).tradingDay();
    }

    @Override
    public String source() {
        return source;
    }
}
