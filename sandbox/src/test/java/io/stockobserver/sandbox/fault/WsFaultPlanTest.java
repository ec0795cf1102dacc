package io.stockobserver.sandbox.fault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class WsFaultPlanTest {

    private final AtomicLong nanos = new AtomicLong(1_000);
    private final WsFaultPlan plan = new WsFaultPlan(nanos::get);

    private void advanceMillis(long millis) {
        nanos.addAndGet(Duration.ofMillis(millis).toNanos());
    }

    @Test
    void shouldStallOnlyTheSessionsOpenWhenAskedAndOnlyForTheDuration() {
        long openedBefore = plan.now();
        advanceMillis(1);
        plan.stall(Duration.ofSeconds(2));
        advanceMillis(1);
        long openedAfter = plan.now();

        assertThat(plan.stallOf(openedBefore)).isEqualTo(1);
        assertThat(plan.stallOf(openedAfter)).isZero();
        assertThat(plan.settings().stallRemaining()).isEqualTo(Duration.ofMillis(1_999));
        advanceMillis(2_000);
        assertThat(plan.stallOf(openedBefore)).isZero();
        assertThat(plan.settings().stallRemaining()).isZero();
    }

    @Test
    void shouldEndAStallAtZeroAndGiveTheNextOneTheNextNumber() {
        long opened = plan.now();
        advanceMillis(1);
        plan.stall(Duration.ofSeconds(5));
        plan.stall(Duration.ZERO);
        assertThat(plan.stallOf(opened)).isZero();

        plan.stall(Duration.ofSeconds(5));
        assertThat(plan.stallOf(opened)).isEqualTo(2);
    }

    @Test
    void shouldSpoilTheNextFramesMalformedInTurnThenTruncated() {
        plan.truncatedFrames(1);
        plan.malformedFrames(3);

        assertThat(plan.settings().malformedFrames()).isEqualTo(3);
        assertThat(plan.takeFrameFault()).contains(FrameFault.BAD_COUNT);
        assertThat(plan.takeFrameFault()).contains(FrameFault.MISSING_FIELD);
        assertThat(plan.takeFrameFault()).contains(FrameFault.BAD_COUNT);
        assertThat(plan.takeFrameFault()).contains(FrameFault.TRUNCATED);
        assertThat(plan.takeFrameFault()).isEmpty();
        assertThat(plan.settings()).isEqualTo(WsFaultSettings.NONE);
    }

    @Test
    void shouldRefuseConnectionsDuringTheWindowOnly() {
        plan.refuseConnections(Duration.ofMillis(500));
        assertThat(plan.refusesConnections()).isTrue();
        assertThat(plan.settings().refuseConnectionsRemaining()).isEqualTo(Duration.ofMillis(500));

        advanceMillis(500);
        assertThat(plan.refusesConnections()).isFalse();
        plan.refuseConnections(Duration.ofMinutes(1));
        plan.clear();
        assertThat(plan.refusesConnections()).isFalse();
    }

    @Test
    void shouldClearEveryFaultAndRejectValuesOutOfRange() {
        long opened = plan.now();
        advanceMillis(1);
        plan.stall(Duration.ofSeconds(1));
        plan.malformedFrames(2);
        plan.clear();

        assertThat(plan.stallOf(opened)).isZero();
        assertThat(plan.takeFrameFault()).isEmpty();
        assertThatThrownBy(() -> plan.stall(Duration.ofHours(2))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> plan.refuseConnections(Duration.ofMillis(-1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> plan.malformedFrames(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> plan.truncatedFrames(WsFaultPlan.MAX_FRAMES + 1))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
