package io.stockobserver.etl;

import static org.assertj.core.api.Assertions.assertThat;

import io.stockobserver.provider.VenueProfile.TradingSession;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Which days the daily load is due for, for a venue with a session and one trading around the clock. */
class EtlScheduleTest {
    private static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");
    private static final Optional<TradingSession> KRX = Optional.of(
            new TradingSession(LocalTime.of(9, 0), LocalTime.of(15, 30), LocalTime.of(9, 30), LocalTime.of(15, 0)));
    private static final LocalDate DAY = LocalDate.of(2026, 7, 24);

    private static Instant at(LocalDate d, int h, int m) {
        return d.atTime(h, m).atZone(SEOUL).toInstant();
    }

    @Test
    void shouldLoadAKrxDayAtFourOnTheDayItselfAfterTheClose() {
        assertThat(EtlSchedule.due(DAY, LocalTime.of(16, 0), SEOUL, KRX)).isEqualTo(at(DAY, 16, 0));
        assertThat(EtlSchedule.dueDays(at(DAY, 15, 59), LocalTime.of(16, 0), SEOUL, KRX))
                .containsExactly(DAY.minusDays(2), DAY.minusDays(1));
        assertThat(EtlSchedule.dueDays(at(DAY, 16, 0), LocalTime.of(16, 0), SEOUL, KRX))
                .containsExactly(DAY.minusDays(2), DAY.minusDays(1), DAY);
    }

    @Test
    void shouldLoadTheDayBeforeWhenTheTimeIsBeforeTheClose() {
        // 08:00 is before the 15:30 close: the day is loaded the next morning
        assertThat(EtlSchedule.due(DAY, LocalTime.of(8, 0), SEOUL, KRX)).isEqualTo(at(DAY.plusDays(1), 8, 0));
        assertThat(EtlSchedule.dueDays(at(DAY, 8, 0), LocalTime.of(8, 0), SEOUL, KRX))
                .containsExactly(DAY.minusDays(2), DAY.minusDays(1));
    }

    @Test
    void shouldLoadARoundTheClockDayAfterItsMidnight() {
        assertThat(EtlSchedule.due(DAY, LocalTime.of(0, 30), SEOUL, Optional.empty()))
                .isEqualTo(at(DAY.plusDays(1), 0, 30));
        assertThat(EtlSchedule.dueDays(at(DAY, 0, 29), LocalTime.of(0, 30), SEOUL, Optional.empty()))
                .containsExactly(DAY.minusDays(2));
        assertThat(EtlSchedule.dueDays(at(DAY, 0, 30), LocalTime.of(0, 30), SEOUL, Optional.empty()))
                .containsExactly(DAY.minusDays(2), DAY.minusDays(1));
    }
}
