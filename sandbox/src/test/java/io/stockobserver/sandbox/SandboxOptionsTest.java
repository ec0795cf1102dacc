package io.stockobserver.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.stockobserver.sandbox.market.HolidayCalendar;
import io.stockobserver.sandbox.market.SurgeKind;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SandboxOptionsTest {

    @Test
    void shouldDefaultToTheRealVenuesLimitsOnLoopback() {
        SandboxOptions options = SandboxOptions.defaults();

        assertThat(options.restPort()).isZero();
        assertThat(options.wsPort()).isZero();
        assertThat(options.bindAddress()).isEqualTo("127.0.0.1");
        assertThat(options.seed()).isEqualTo(42);
        assertThat(options.symbolCount()).isEqualTo(2_500);
        assertThat(options.orderbookFieldCount()).isEqualTo(62);
        assertThat(options.tokenReuseWindow()).isEqualTo(Duration.ofHours(6));
        assertThat(options.tokenIssueMinInterval()).isEqualTo(Duration.ofSeconds(60));
        assertThat(options.tokenLifetime()).isEqualTo(Duration.ofHours(24));
        assertThat(options.approvalMinInterval()).isEqualTo(Duration.ofSeconds(1));
        assertThat(options.restCallsPerSecond()).isEqualTo(18);
        assertThat(options.rateLimitHttpStatus()).isEqualTo(500);
        assertThat(options.expiredTokenHttpStatus()).isEqualTo(500);
        assertThat(options.maxRegistrations()).isEqualTo(41);
        assertThat(options.pingInterval()).isEqualTo(Duration.ofSeconds(10));
        assertThat(options.marketHours()).isEqualTo(SandboxMarketHours.ALWAYS_OPEN);
        assertThat(options.tradeIntensity()).isEqualTo(1.0);
        assertThat(options.floodRecordsPerSecond()).isZero();
        assertThat(options.recordsPerFloodFrame()).isEqualTo(10);
        assertThat(options.emissionInterval()).isEqualTo(Duration.ofMillis(50));
        assertThat(options.outboundQueueCapacity()).isEqualTo(4_096);
        assertThat(options.venueProfile()).isEqualTo(SandboxVenueProfile.REAL);
        assertThat(options.holidays())
                .isEqualTo(HolidayCalendar.KRX_2026)
                .contains(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 9, 25), LocalDate.of(2026, 12, 31));
    }

    @Test
    void shouldDefaultThePaperVenueToOneCallPerSecondUnlessSetExplicitly() {
        SandboxOptions paper =
                SandboxOptions.builder().venueProfile(SandboxVenueProfile.PAPER).build();
        SandboxOptions explicit = SandboxOptions.builder()
                .venueProfile(SandboxVenueProfile.PAPER)
                .restCallsPerSecond(5)
                .build();

        assertThat(paper.restCallsPerSecond()).isEqualTo(1);
        assertThat(explicit.restCallsPerSecond()).isEqualTo(5);
        assertThat(paper.toBuilder()
                        .venueProfile(SandboxVenueProfile.REAL)
                        .build()
                        .restCallsPerSecond())
                .isEqualTo(18);
        assertThat(explicit.toBuilder()
                        .venueProfile(SandboxVenueProfile.REAL)
                        .build()
                        .restCallsPerSecond())
                .isEqualTo(5);
        assertThatThrownBy(() -> SandboxOptions.builder().holidays(null).build())
                .hasMessageContaining("holidays");
        assertThat(SandboxOptions.builder().holidays(Set.of()).build().holidays())
                .isEmpty();
    }

    @Test
    void shouldCopyEverySettingThroughToBuilder() {
        SandboxOptions options = SandboxOptions.builder()
                .seed(7)
                .symbolCount(10)
                .orderbookFieldCount(59)
                .marketHours(SandboxMarketHours.EXCHANGE)
                .floodRecordsPerSecond(100)
                .build();
        SandboxOptions copy = options.toBuilder().build();

        assertThat(copy).usingRecursiveComparison().isEqualTo(options);
    }

    @Test
    void shouldRefuseSettingsOutOfRange() {
        assertThatThrownBy(
                        () -> SandboxOptions.builder().orderbookFieldCount(60).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("orderbookFieldCount");
        assertThatThrownBy(() -> SandboxOptions.builder().restPort(70_000).build())
                .hasMessageContaining("restPort");
        assertThatThrownBy(() -> SandboxOptions.builder().symbolCount(0).build())
                .hasMessageContaining("symbolCount");
        assertThatThrownBy(() ->
                        SandboxOptions.builder().tokenLifetime(Duration.ZERO).build())
                .hasMessageContaining("tokenLifetime");
        assertThatThrownBy(() ->
                        SandboxOptions.builder().tradeIntensity(Double.NaN).build())
                .hasMessageContaining("tradeIntensity");
        assertThatThrownBy(() ->
                        SandboxOptions.builder().recordsPerFloodFrame(1_000).build())
                .hasMessageContaining("recordsPerFloodFrame");
        assertThatThrownBy(() -> SandboxOptions.builder().bindAddress(" ").build())
                .hasMessageContaining("bindAddress");
    }

    @Test
    void shouldParseTheCommandLine() {
        SandboxArguments arguments = SandboxArguments.parse(
                "--rest-port",
                "18080",
                "--ws-port",
                "18081",
                "--seed",
                "9",
                "--symbols",
                "300",
                "--orderbook-fields",
                "59",
                "--flood",
                "5000",
                "--market-hours",
                "exchange",
                "--venue-profile",
                "paper",
                "--exit-on-stdin-close");

        assertThat(arguments.help()).isFalse();
        assertThat(arguments.exitOnStdinClose()).isTrue();
        SandboxOptions options = arguments.options();
        assertThat(options.restPort()).isEqualTo(18_080);
        assertThat(options.wsPort()).isEqualTo(18_081);
        assertThat(options.seed()).isEqualTo(9);
        assertThat(options.symbolCount()).isEqualTo(300);
        assertThat(options.orderbookFieldCount()).isEqualTo(59);
        assertThat(options.floodRecordsPerSecond()).isEqualTo(5_000);
        assertThat(options.marketHours()).isEqualTo(SandboxMarketHours.EXCHANGE);
        assertThat(options.venueProfile()).isEqualTo(SandboxVenueProfile.PAPER);
        assertThat(options.restCallsPerSecond()).isEqualTo(1);
        assertThatThrownBy(() -> SandboxArguments.parse("--venue-profile", "demo"))
                .hasMessageContaining("--venue-profile");
        assertThat(SandboxArguments.parse("--help").help()).isTrue();
        assertThatThrownBy(() -> SandboxArguments.parse("--bogus")).hasMessageContaining("--bogus");
        assertThatThrownBy(() -> SandboxArguments.parse("--seed")).hasMessageContaining("needs a value");
        assertThatThrownBy(() -> SandboxArguments.parse("--symbols", "many")).hasMessageContaining("integer");
    }

    @Test
    void shouldHoldNoSurgesByDefaultAndCopyTheSurgesGiven() {
        SandboxSurge surge =
                SandboxSurge.startingIn(Duration.ofSeconds(1), "005930", SurgeKind.VELOCITY, 10, Duration.ofMinutes(1));
        List<SandboxSurge> given = new ArrayList<>(List.of(surge));
        SandboxOptions options = SandboxOptions.builder().surges(given).build();
        given.clear();

        assertThat(SandboxOptions.defaults().surges()).isEmpty();
        assertThat(options.surges()).containsExactly(surge);
        assertThat(options.toBuilder().build().surges()).containsExactly(surge);
        assertThatThrownBy(() -> SandboxOptions.builder()
                        .surges(Arrays.asList(surge, null))
                        .build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("surges");
    }
}
