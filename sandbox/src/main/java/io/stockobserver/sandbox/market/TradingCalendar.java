package io.stockobserver.sandbox.market;

import java.time.Instant;
import java.time.LocalDate;

/**
 * When the simulated market trades, how busy it is, and which business day (영업일자) a moment belongs to.
 *
 * <p>Holidays exist only in exchange hours built with a {@link HolidayCalendar}; the always-open calendar has none.
 */
public interface TradingCalendar {

    /** Returns a calendar on which the market is open at every hour, with a simulated session phase (see docs). */
    static TradingCalendar alwaysOpen() {
        return new AlwaysOpenCalendar();
    }

    /** Returns the KRX regular session: weekdays 09:00–15:30 Asia/Seoul, without holidays. */
    static TradingCalendar exchangeHours() {
        return exchangeHours(HolidayCalendar.weekendsOnly());
    }

    /** Returns the KRX regular session, 09:00–15:30 Asia/Seoul, on the days {@code days} has the market open. */
    static TradingCalendar exchangeHours(HolidayCalendar days) {
        return new ExchangeCalendar(days);
    }

    /** Returns whether continuous trading runs at {@code time}. */
    boolean isOpen(Instant time);

    /** Returns the trade-rate multiplier at {@code time}: 0 when closed, the intraday profile when open. */
    double activity(Instant time);

    /** Returns the business day whose data is current at {@code time}. */
    LocalDate businessDate(Instant time);

    /** Returns the moment a business day's trading starts. */
    Instant dayStart(LocalDate businessDate);

    /** Returns the start of the first business day that starts after {@code time}. */
    Instant nextDayStart(Instant time);

    /** Returns the share of a typical day's volume that has traded by {@code time} (0 to 1). */
    double elapsedShare(Instant time);

    /** Returns how many seconds a business day trades (sizes a typical day's volume). */
    double tradingSecondsPerDay();
}
