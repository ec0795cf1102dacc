package io.stockobserver.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The disk guard over a simulated file system of 1,000 bytes filling and emptying. */
class DiskGuardTest {
    final DiskGuard guard = new DiskGuard(0.80, 0.95);

    /** {@code percentUsed} of a 1,000-byte disk. */
    java.util.Optional<DiskState> at(int percentUsed) {
        return guard.observe(1_000, 1_000 - percentUsed * 10L);
    }

    @Test
    void shouldWarnAboveEightyPercentAlarmAboveNinetyFiveAndRecoverWhenSpaceReturns() {
        assertThat(at(50)).isEmpty();
        assertThat(at(80)).isEmpty(); // "above" 80 %
        assertThat(at(81)).contains(DiskState.WARNING);
        assertThat(at(90)).isEmpty();
        assertThat(at(96)).contains(DiskState.CRITICAL);
        assertThat(at(100)).isEmpty(); // full: still critical, nothing thrown
        assertThat(at(94)).isEmpty(); // within the hysteresis
        assertThat(at(92)).contains(DiskState.WARNING);
        assertThat(at(79)).isEmpty();
        assertThat(at(77)).contains(DiskState.NORMAL);
        assertThat(guard.lastUse()).isEqualTo(0.77);
    }

    @Test
    void shouldJumpStraightToCriticalAndKeepTheStateWhenTheFileSystemReportsNothing() {
        assertThat(at(99)).contains(DiskState.CRITICAL);
        assertThat(guard.observe(0, 0)).isEmpty();
        assertThat(guard.state()).isEqualTo(DiskState.CRITICAL);
        assertThat(at(10)).contains(DiskState.NORMAL);
    }

    @Test
    void shouldRefuseThresholdsInTheWrongOrder() {
        assertThatThrownBy(() -> new DiskGuard(0.95, 0.80)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DiskGuard(0.8, 1.0)).isInstanceOf(IllegalArgumentException.class);
    }
}
