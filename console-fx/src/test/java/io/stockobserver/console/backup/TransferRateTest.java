package io.stockobserver.console.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.stockobserver.console.backup.TestClocks.FakeNanos;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The speed over a sliding window, and the time left it implies. */
class TransferRateTest {
    private final FakeNanos nanos = new FakeNanos(Duration.ZERO);
    private final TransferRate rate = new TransferRate(Duration.ofSeconds(5), nanos);

    @Test
    void shouldMeasureTheRecentSpeed() {
        for (int i = 0; i < 10; i++) {
            nanos.advance(Duration.ofMillis(100));
            rate.add(100_000);
        }

        assertThat(rate.bytesPerSecond()).isCloseTo(1_000_000, within(1.0));
    }

    @Test
    void shouldForgetWhatIsOlderThanTheWindow() {
        for (int i = 0; i < 10; i++) { // 10 s at 1 MB/s
            nanos.advance(Duration.ofSeconds(1));
            rate.add(1_000_000);
        }
        for (int i = 0; i < 10; i++) { // then 10 s at 100 KB/s
            nanos.advance(Duration.ofSeconds(1));
            rate.add(100_000);
        }

        assertThat(rate.bytesPerSecond()).isCloseTo(100_000, within(1.0));
    }

    @Test
    void shouldFallToZeroWhenTheTransferStalls() {
        nanos.advance(Duration.ofSeconds(1));
        rate.add(1_000_000);

        nanos.advance(Duration.ofSeconds(30));

        assertThat(rate.bytesPerSecond()).isZero();
    }

    @Test
    void shouldReportNoSpeedBeforeTimePasses() {
        assertThat(rate.bytesPerSecond()).isZero();
    }

    @Test
    void shouldDeriveTheTimeLeftAndTheFraction() {
        LocalDate day = LocalDate.of(2026, 11, 20);
        PullProgress p = new PullProgress("a", day, PullProgress.Phase.DOWNLOADING, 250, 1000, 1, 4, "f", 50.0);

        assertThat(p.eta()).contains(Duration.ofSeconds(15));
        assertThat(p.fraction()).isEqualTo(0.25);
        assertThat(new PullProgress("a", day, PullProgress.Phase.DOWNLOADING, 250, 1000, 1, 4, "f", 0).eta())
                .isEmpty();
        assertThat(new PullProgress("a", day, PullProgress.Phase.FINISHED, 1000, 1000, 4, 4, null, 0).eta())
                .contains(Duration.ZERO);
    }
}
