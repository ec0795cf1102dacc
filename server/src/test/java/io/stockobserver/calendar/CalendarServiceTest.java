package io.stockobserver.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import io.stockobserver.app.TestServices;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CalendarServiceTest {
    private static final LocalDate SATURDAY = LocalDate.of(2026, 7, 25);

    @TempDir
    Path dir;

    private TestServices services;

    @AfterEach
    void stop() {
        services.close();
    }

    private CalendarService calendar(Map<String, String> settings) {
        services = TestServices.start(dir, settings);
        CalendarService c = new CalendarService();
        c.config = services.config();
        c.venue = services.venue();
        c.days = services.kis().tradingDays();
        c.archive = services.archive();
        c.start();
        return c;
    }

    @Test
    void shouldCountEveryDayAsATradingDayInAlwaysMode() {
        CalendarService c = calendar(Map.of("observer.market.hours", "always", "observer.holidays", "2026-07-24"));

        assertThat(c.answer(SATURDAY)).isEqualTo(new TradingDayAnswer(SATURDAY, true, "always"));
        assertThat(c.answer(LocalDate.of(2026, 7, 24)).tradingDay()).isTrue(); // even a configured holiday
    }

    @Test
    void shouldUseTheConfiguredHolidaysWhereTheVenueHasNoHolidayApi() {
        // the paper venue offers no chk-holiday: the configured calendar is the only source
        CalendarService c = calendar(Map.of(
                "observer.market.hours", "exchange",
                "sandbox.venue.profile", "paper",
                "observer.holidays", "2026-07-24"));

        TradingDayAnswer holiday = c.answer(LocalDate.of(2026, 7, 24));
        assertThat(holiday.tradingDay()).isFalse();
        assertThat(holiday.source()).isNotEqualTo("always");
        assertThat(c.answer(LocalDate.of(2026, 7, 23)).tradingDay()).isTrue();
        assertThat(c.answer(SATURDAY).tradingDay()).isFalse();
        assertThat(services.archive().events().writtenByType())
                .doesNotContainKeys("calendar_source_unavailable", "calendar_disagreement");
    }
}
