package io.stockobserver.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.stockobserver.provider.kis.AccessTokenManager;
import io.stockobserver.provider.kis.KisApiException;
import io.stockobserver.provider.kis.KisCredentials;
import io.stockobserver.provider.kis.KisEnvironment;
import io.stockobserver.provider.kis.KisRestClient;
import io.stockobserver.provider.kis.KisSettings;
import io.stockobserver.provider.kis.RestRateLimiter;
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
        KisTradingCalendar calendar = new KisTradingCalendar(FallbackCalendar.parse(""));

        var days = KisHolidayParser.parse(rest.holidays("20260720").json());
        calendar.accept(days);

        assertThat(calendar.answer(LocalDate.of(2026, 7, 20)).tradingDay()).isTrue();
        assertThat(calendar.answer(holiday).tradingDay()).isFalse();
        assertThat(calendar.answer(holiday).source()).isEqualTo(KisTradingCalendar.SOURCE);
        assertThat(calendar.answer(LocalDate.of(2026, 7, 25)).tradingDay()).isFalse(); // Saturday
        assertThat(days).hasSizeGreaterThanOrEqualTo(7);
    }

    @Test
    void shouldSurfaceAnUnavailableHolidayApiAsAVenueError() throws Exception {
        KisRestClient rest = rest(SandboxOptions.defaults());
        sandbox.faults().unavailableHoliday(true);

        assertThatThrownBy(() -> rest.holidays("20260720")).isInstanceOf(KisApiException.class);
    }
}
