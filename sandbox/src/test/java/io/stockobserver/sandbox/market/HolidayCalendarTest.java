package io.stockobserver.sandbox.market;

import static org.assertj.core.api.Assertions.assertThat;

import io.stockobserver.sandbox.MutableClock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Set;
import org.junit.jupiter.api.Test;

class HolidayCalendarTest {

    private static final HolidayCalendar KRX = new HolidayCalendar(HolidayCalendar.KRX_2026);

    @Test
    void shouldCloseWeekendsAndHolidaysAndKeepBanksOpenOnTheYearEndClosure() {
        assertThat(KRX.isMarketOpen(LocalDate.of(2026, 9, 23))).isTrue();
        assertThat(KRX.isMarketOpen(LocalDate.of(2026, 9, 24))).isFalse();
        assertThat(KRX.isMarketOpen(LocalDate.of(2026, 9, 27))).isFalse();
        assertThat(KRX.day(LocalDate.of(2026, 2, 17)))
                .isEqualTo(new VenueDay(LocalDate.of(2026, 2, 17), false, false, false, false));
        assertThat(KRX.day(LocalDate.of(2026, 12, 31)))
                .isEqualTo(new VenueDay(LocalDate.of(2026, 12, 31), true, true, false, false));
        assertThat(HolidayCalendar.weekendsOnly().isMarketOpen(LocalDate.of(2026, 9, 24)))
                .isTrue();
    }

    @Test
    void shouldKeepTheExchangeClosedOnAHolidayWithThePreviousDayCurrent() {
        MutableClock clock = new MutableClock(
                LocalDateTime.of(2026, 9, 24, 10, 0).atZone(KoreanTime.ZONE).toInstant());
        TradingCalendar calendar =
                TradingCalendar.exchangeHours(new HolidayCalendar(Set.of(LocalDate.of(2026, 9, 24))));
        MarketModel model = MarketModel.create(new MarketModelSettings(42, 20, calendar, 1.0, clock));

        assertThat(calendar.isOpen(clock.instant())).isFalse();
        assertThat(model.quote("005930").businessDate()).isEqualTo(LocalDate.of(2026, 9, 23));
        assertThat(calendar.nextDayStart(clock.instant()))
                .isEqualTo(LocalDateTime.of(2026, 9, 25, 9, 0)
                        .atZone(KoreanTime.ZONE)
                        .toInstant());
    }
}
