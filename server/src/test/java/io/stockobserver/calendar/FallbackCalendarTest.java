package io.stockobserver.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class FallbackCalendarTest {

    private static final LocalDate FRIDAY = LocalDate.of(2026, 7, 24);

    @Test
    void shouldCloseOnSaturdaysAndSundaysAndOpenOnOtherDays() {
        FallbackCalendar calendar = FallbackCalendar.parse("");

        assertThat(calendar.isTradingDay(FRIDAY)).isTrue();
        assertThat(calendar.isTradingDay(FRIDAY.plusDays(1))).isFalse();
        assertThat(calendar.isTradingDay(FRIDAY.plusDays(2))).isFalse();
        assertThat(calendar.isTradingDay(FRIDAY.plusDays(3))).isTrue();
        assertThat(calendar.source()).isEqualTo("configured");
    }

    @Test
    void shouldCloseOnConfiguredHolidays() {
        FallbackCalendar calendar = FallbackCalendar.parse(" 2026-07-24 , 2026-07-27");

        assertThat(calendar.isTradingDay(FRIDAY)).isFalse();
        assertThat(calendar.isTradingDay(LocalDate.of(2026, 7, 27))).isFalse();
        assertThat(calendar.isTradingDay(LocalDate.of(2026, 7, 28))).isTrue();
        assertThat(calendar.holidays()).containsExactly(FRIDAY, LocalDate.of(2026, 7, 27));
        assertThat(calendar.answer(FRIDAY)).isEqualTo(new TradingDayAnswer(FRIDAY, false, "configured"));
    }

    @Test
    void shouldNameTheSettingAndTheBadEntryWhenTheListCannotBeRead() {
        assertThatThrownBy(() -> FallbackCalendar.parse("2026-01-01,2026/02/16"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("OBSERVER_HOLIDAYS")
                .hasMessageContaining("entry 2 is '2026/02/16'");
        assertThatThrownBy(() -> FallbackCalendar.parse("2026-02-30")).hasMessageContaining("OBSERVER_HOLIDAYS");
        assertThatThrownBy(() -> FallbackCalendar.parse("2026-01-01,")).hasMessageContaining("entry 2 is ''");
    }

    @Test
    void shouldShipTheKrx2026HolidaysOnWeekdaysOnly() {
        FallbackCalendar krx = FallbackCalendar.krx2026();

        assertThat(krx.holidays()).hasSize(16).allSatisfy(day -> {
            assertThat(day.getYear()).isEqualTo(2026);
            assertThat(day.getDayOfWeek()).isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
        });
        assertThat(krx.holidays())
                .contains(
                        LocalDate.of(2026, 1, 1),
                        LocalDate.of(2026, 2, 17),
                        LocalDate.of(2026, 3, 2),
                        LocalDate.of(2026, 5, 1),
                        LocalDate.of(2026, 6, 3),
                        LocalDate.of(2026, 9, 25),
                        LocalDate.of(2026, 12, 31));
        assertThat(krx.isTradingDay(LocalDate.of(2026, 9, 26))).isFalse(); // 추석 on a Saturday
        assertThat(krx.isTradingDay(LocalDate.of(2026, 1, 2))).isTrue();
        assertThat(krx.isTradingDay(LocalDate.of(2026, 12, 30))).isTrue();
    }

    @Test
    void shouldTreatABlankSettingAsNoHolidays() {
        assertThat(FallbackCalendar.parse(null).holidays()).isEmpty();
        assertThat(FallbackCalendar.parse("  ").holidays()).isEmpty();
        assertThat(new FallbackCalendar(List.of(FRIDAY)).isTradingDay(FRIDAY)).isFalse();
    }
}
