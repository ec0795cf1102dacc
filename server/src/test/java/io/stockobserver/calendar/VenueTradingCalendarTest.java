package io.stockobserver.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class VenueTradingCalendarTest {

    private static final LocalDate TUESDAY = LocalDate.of(2026, 6, 30);
    private static final LocalDate SATURDAY = LocalDate.of(2026, 7, 4);
    private static final Boolean OPEN = true;
    private static final Boolean CLOSED = false;

    private final VenueTradingCalendar calendar =
            new VenueTradingCalendar("kis_chk_holiday", FallbackCalendar.parse("2026-07-01"));

    @Test
    void shouldAnswerFromTheFallbackBeforeVenueDataArrives() {
        assertThat(calendar.answer(TUESDAY)).isEqualTo(new TradingDayAnswer(TUESDAY, true, "configured"));
        assertThat(calendar.isTradingDay(SATURDAY)).isFalse();
        assertThat(calendar.knows(TUESDAY)).isFalse();
        assertThat(calendar.source()).isEqualTo("kis_chk_holiday");
    }

    @Test
    void shouldLetVenueDataOverrideTheFallbackForTheDaysItKnows() {
        calendar.accept(Map.of(TUESDAY, OPEN, LocalDate.of(2026, 7, 1), OPEN, SATURDAY, CLOSED));

        LocalDate configuredHoliday = LocalDate.of(2026, 7, 1);
        assertThat(calendar.answer(configuredHoliday))
                .isEqualTo(new TradingDayAnswer(configuredHoliday, true, "kis_chk_holiday"));
        assertThat(calendar.answer(SATURDAY)).isEqualTo(new TradingDayAnswer(SATURDAY, false, "kis_chk_holiday"));
        assertThat(calendar.answer(LocalDate.of(2026, 7, 2)).source()).isEqualTo("configured");
        assertThat(calendar.open(TUESDAY)).contains(OPEN);
        assertThat(calendar.knownDays()).isEqualTo(3);
    }

    @Test
    void shouldReportTheDaysOnWhichTheVenueContradictsTheConfiguredCalendar() {
        LocalDate configuredHoliday = LocalDate.of(2026, 7, 1);
        LocalDate unexpectedHoliday = LocalDate.of(2026, 7, 17);

        var disagreements = calendar.accept(
                Map.of(TUESDAY, OPEN, configuredHoliday, OPEN, unexpectedHoliday, CLOSED, SATURDAY, CLOSED));

        assertThat(disagreements).containsExactly(configuredHoliday, unexpectedHoliday);
    }

    @Test
    void shouldReplaceADayWithTheNewerAnswer() {
        calendar.accept(Map.of(TUESDAY, OPEN));
        calendar.accept(Map.of(TUESDAY, CLOSED));

        assertThat(calendar.isTradingDay(TUESDAY)).isFalse();
    }

    @Test
    void shouldAnswerWhileAnotherThreadFeedsIt() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch start = new CountDownLatch(1);
        try {
            Future<?> feeder = pool.submit(() -> {
                start.await();
                for (int i = 0; i < 365; i++) {
                    calendar.accept(Map.of(TUESDAY.plusDays(i), CLOSED));
                }
                return null;
            });
            Future<Integer> reader = pool.submit(() -> {
                start.await();
                int answered = 0;
                for (int i = 0; i < 365; i++) {
                    calendar.answer(TUESDAY.plusDays(i));
                    answered++;
                }
                return answered;
            });
            start.countDown();
            feeder.get(10, TimeUnit.SECONDS);
            assertThat(reader.get(10, TimeUnit.SECONDS)).isEqualTo(365);
        } finally {
            pool.shutdownNow();
        }
        assertThat(calendar.knownDays()).isEqualTo(365);
        assertThat(calendar.isTradingDay(TUESDAY.plusDays(100))).isFalse();
    }
}
