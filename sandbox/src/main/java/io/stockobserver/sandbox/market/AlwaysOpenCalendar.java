package io.stockobserver.sandbox.market;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;

/**
 * A market open around the clock: business days are KST calendar days, and the intraday profile follows a simulated
 * session phase that repeats every 6 h 30 min and equals the real clock between 09:00 and 15:30 KST.
 *
 * <p>Design note: cycling the phase keeps open/close bursts in the data at any hour, so a developer at 22:00 sees the
 * same kind of market as one at 10:00.
 */
final class AlwaysOpenCalendar implements TradingCalendar {

    private static final int SESSION_SECONDS = 23_400;
    private static final int SESSION_OPEN_SECOND = 9 * 3_600;
    private static final int SECONDS_PER_DAY = 86_400;

    @Override
    public boolean isOpen(Instant time) {
        return true;
    }

    @Override
    public double activity(Instant time) {
        int phaseSeconds = Math.floorMod(secondOfDay(time) - SESSION_OPEN_SECOND, SESSION_SECONDS);
        return IntradayProfile.multiplier(phaseSeconds / (double) SESSION_SECONDS);
    }

    @Override
    public LocalDate businessDate(Instant time) {
        return LocalDate.ofInstant(time, KoreanTime.ZONE);
    }

    @Override
    public Instant dayStart(LocalDate businessDate) {
        return businessDate.atStartOfDay(KoreanTime.ZONE).toInstant();
    }

    @Override
    public Instant nextDayStart(Instant time) {
        return dayStart(businessDate(time).plusDays(1));
    }

    @Override
    public double elapsedShare(Instant time) {
        return secondOfDay(time) / (double) SECONDS_PER_DAY;
    }

    @Override
    public double tradingSecondsPerDay() {
        return SECONDS_PER_DAY;
    }

    private static int secondOfDay(Instant time) {
        return LocalTime.ofInstant(time, KoreanTime.ZONE).toSecondOfDay();
    }
}
