package io.stockobserver.provider.kis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.stockobserver.calendar.FallbackCalendar;
import io.stockobserver.calendar.VenueTradingCalendar;
import io.stockobserver.sandbox.KisSandbox;
import io.stockobserver.sandbox.SandboxOptions;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** chk-holiday through the production REST client, parser and calendar, against the sandbox. */
class KisCalendarAgainstSandboxTest {
    private KisSandbox sandbox;

    @AfterEach
    void stop() {
        sandbox.close();
    }

    private KisRestClient rest(SandboxOptions options) throws Exception {
        sandbox = KisSandbox.start(options);
        KisSettings s = KisSettings.withDefaults(
                KisEnvironment.SANDBOX,
                sandbox.restBaseUrl(),
                sandbox.wsUrl(),
                new KisCredentials("TEST0000-0000-4000-8000-000000000004", "test-secret-".repeat(15)));
        HttpClient http = HttpClient.newHttpClient();
        return new KisRestClient(
                s,
                http,
                new AccessTokenManager(s, http, Clock.systemUTC()),
                new RestRateLimiter(18, s.restRateWindow()),
                null,
                Clock.systemUTC());
    }

    @Test
    void shouldCloseWeekendsAndTheVenuesHolidaysOverTheFallback() throws Exception {
        LocalDate holiday = LocalDate.of(2026, 7, 22); // a Wednesday the fallback knows nothing about
        KisRestClient rest =
                rest(SandboxOptions.builder().holidays(Set.of(holiday)).build());
        VenueTradingCalendar calendar = new VenueTradingCalendar(KisTradingDays.SOURCE, FallbackCalendar.parse(""));

        var days = new KisTradingDays(rest, KisEnvironment.SANDBOX).openDays(LocalDate.of(2026, 7, 20));
        calendar.accept(days);

        assertThat(calendar.answer(LocalDate.of(2026, 7, 20)).tradingDay()).isTrue();
        assertThat(calendar.answer(holiday).tradingDay()).isFalse();
        assertThat(calendar.answer(holiday).source()).isEqualTo(KisTradingDays.SOURCE);
        assertThat(calendar.answer(LocalDate.of(2026, 7, 25)).tradingDay()).isFalse(); // Saturday
        assertThat(days).hasSizeGreaterThanOrEqualTo(7);
    }

    @Test
    void shouldSurfaceAnUnavailableHolidayApiAsAVenueError() throws Exception {
        KisRestClient rest = rest(SandboxOptions.defaults());
        sandbox.faults().unavailableHoliday(true);

        assertThatThrownBy(() -> rest.holidays("20260720")).isInstanceOf(KisApiException.class);
        assertThatThrownBy(() -> new KisTradingDays(rest, KisEnvironment.SANDBOX).openDays(LocalDate.of(2026, 7, 20)))
                .isInstanceOf(io.stockobserver.provider.VenueException.class);
    }
}
