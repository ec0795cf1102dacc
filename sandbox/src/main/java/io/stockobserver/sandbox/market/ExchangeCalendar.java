package io.stockobserver.sandbox.market;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;

/**
 * The KRX regular session (KIS facts §9): 09:00–15:30 Asia/Seoul on the days a {@link HolidayCalendar} has the market
 * open. Before 09:00, at weekends and on holidays the previous trading day's data stays current, as on the real venue.
 */
final class ExchangeCalendar implements TradingCalendar {

    private static final LocalTime OPEN = LocalTime.of(9, 0);
    private static final LocalTime CLOSE = LocalTime.of(15, 30);
    private static final double SESSION_SECONDS = CLOSE.toSecondOfDay() - OPEN.toSecondOfDay();

    private final HolidayCalendar days;

    ExchangeCalendar(HolidayCalendar days) {
        this.days = days;
    }

    @Override
    public boolean isOpen(Instant time) {
        ZonedDateTime local = time.atZone(KoreanTime.ZONE);
        LocalTime clock = local.toLocalTime();
        return isTradingDay(local.toLocalDate()) && !clock.isBefore(OPEN) && clock.isBefore(CLOSE);
    }

    @Override
    public double activity(Instant time) {
        return isOpen(time) ? IntradayProfile.multiplier(sessionFraction(time)) : 0.0;
    }

    @Override
    public LocalDate businessDate(Instant time) {
        ZonedDateTime local = time.atZone(KoreanTime.ZONE);
        LocalDate date = local.toLocalDate();
        if (!isTradingDay(date) || local.toLocalTime().isBefore(OPEN)) {
            date = date.minusDays(1);
        }
        while (!isTradingDay(date)) {
            date = date.minusDays(1);
        }
        return date;
    }

    @Override
    public Instant dayStart(LocalDate businessDate) {
        return businessDate.atTime(OPEN).atZone(KoreanTime.ZONE).toInstant();
    }

    @Override
    public Instant nextDayStart(Instant time) {
        LocalDate date = businessDate(time).plusDays(1);
        while (!isTradingDay(date)) {
            date = date.plusDays(1);
        }
        return dayStart(date);
    }

    @Override
    public double elapsedShare(Instant time) {
        ZonedDateTime local = time.atZone(KoreanTime.ZONE);
        if (!local.toLocalDate().equals(businessDate(time))) {
            return 1.0;
        }
        return IntradayProfile.cumulativeShare(sessionFraction(time));
    }

    private static double sessionFraction(Instant time) {
        LocalTime clock = LocalTime.ofInstant(time, KoreanTime.ZONE);
        return (clock.toSecondOfDay() - OPEN.toSecondOfDay()) / SESSION_SECONDS;
    }

    @Override
    public double tradingSecondsPerDay() {
        return SESSION_SECONDS;
    }

    private boolean isTradingDay(LocalDate date) {
        return days.isMarketOpen(date);
    }
}
