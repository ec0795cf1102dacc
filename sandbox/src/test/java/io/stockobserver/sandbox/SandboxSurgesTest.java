package io.stockobserver.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.stockobserver.sandbox.market.Surge;
import io.stockobserver.sandbox.market.SurgeKind;
import io.stockobserver.sandbox.market.SurgeState;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class SandboxSurgesTest {

    private static final Instant START = Instant.parse("2026-07-22T01:00:00Z");

    @Test
    void shouldScheduleTheOptionsSurgesFromTheStartAndMoreAtRuntime() throws IOException {
        MutableClock clock = new MutableClock(START);
        SandboxSurge atStart =
                SandboxSurge.startingIn(Duration.ofSeconds(5), "005930", SurgeKind.VOLUME, 4, Duration.ofMinutes(1));
        try (KisSandbox sandbox = KisSandbox.start(SandboxOptions.builder()
                .symbolCount(20)
                .clock(clock)
                .surges(List.of(atStart))
                .build())) {
            clock.advance(Duration.ofSeconds(10));
            Surge later = sandbox.surges()
                    .schedule(SandboxSurge.startingIn(
                            Duration.ofSeconds(5), "000660", SurgeKind.VOLATILITY, 3, Duration.ofSeconds(30)));
            Surge fixed = sandbox.surges()
                    .schedule(SandboxSurge.startingAt(
                            START.plusSeconds(60), "035720", SurgeKind.VELOCITY, 2, Duration.ofSeconds(30)));

            List<Surge> surges = sandbox.surges().list();
            assertThat(surges).hasSize(3);
            assertThat(surges.get(0).start()).isEqualTo(START.plusSeconds(5));
            assertThat(later.start()).isEqualTo(START.plusSeconds(15));
            assertThat(fixed.start()).isEqualTo(START.plusSeconds(60));
            assertThat(sandbox.surges().state(surges.get(0))).isEqualTo(SurgeState.ACTIVE);
            assertThat(sandbox.surges().state(later)).isEqualTo(SurgeState.SCHEDULED);
            sandbox.surges().clear();
            assertThat(sandbox.surges().list()).isEmpty();
        }
    }

    @Test
    void shouldFailToStartWithASurgeOfAnUnknownSymbol() {
        SandboxOptions options = SandboxOptions.builder()
                .symbolCount(20)
                .surges(List.of(
                        SandboxSurge.startingIn(Duration.ZERO, "999999", SurgeKind.VOLUME, 2, Duration.ofMinutes(1))))
                .build();

        assertThatThrownBy(() -> KisSandbox.start(options))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("999999");
    }

    @Test
    void shouldCheckTheRangesOfASurge() {
        Duration minute = Duration.ofMinutes(1);

        assertThatThrownBy(() -> SandboxSurge.startingIn(Duration.ofSeconds(-1), "005930", SurgeKind.VOLUME, 2, minute))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SandboxSurge.startingIn(Duration.ZERO, " ", SurgeKind.VOLUME, 2, minute))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SandboxSurge.startingIn(Duration.ZERO, "005930", SurgeKind.VOLUME, -2, minute))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SandboxSurge.startingIn(Duration.ZERO, "005930", null, 2, minute))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> SandboxSurge.startingAt(START, "005930", SurgeKind.VOLUME, 2, Duration.ofDays(8)))
                .isInstanceOf(IllegalArgumentException.class);
        SandboxSurge surge = SandboxSurge.startingIn(Duration.ofSeconds(3), "005930", SurgeKind.VOLUME, 2, minute);
        assertThat(surge.startFrom(START)).isEqualTo(START.plusSeconds(3));
        assertThat(surge.delay()).contains(Duration.ofSeconds(3));
        assertThat(surge.startInstant()).isEmpty();
    }
}
