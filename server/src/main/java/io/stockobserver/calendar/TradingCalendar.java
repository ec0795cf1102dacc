package io.stockobserver.calendar;

import java.time.LocalDate;

/** Whether a market-local date is a trading day (the market opens), and where that answer comes from. */
public interface TradingCalendar {

    /** True when the market opens on {@code day} (a market-local date, e.g. in Asia/Seoul for KRX). */
    boolean isTradingDay(LocalDate day);

    /** A short name of this calendar, e.g. {@code configured} or {@code kis_chk_holiday}. */
    String source();

    /**
     * The answer for {@code day} together with the source that gave it. A calendar that consults several sources
     * (such as {@link VenueTradingCalendar}) names the one that answered this day.
     */
    default TradingDayAnswer answer(LocalDate day) {
        return new TradingDayAnswer(day, isTradingDay(day), source());
    }
}
