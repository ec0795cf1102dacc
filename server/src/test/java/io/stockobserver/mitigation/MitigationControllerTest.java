package io.stockobserver.mitigation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MitigationControllerTest {
    private static final Instant T0 = Instant.parse("2026-07-24T01:00:00Z");
    private final MitigationController controller = new MitigationController(MitigationPolicy.defaults());

    static ResourceSample at(long seconds, double cpu) {
        return new ResourceSample(T0.plusSeconds(seconds), cpu, 0.3, Duration.ofMillis(5), Duration.ZERO);
    }

    private Optional<LevelChange> feed(long fromSecond, long toSecond, double cpu) {
        Optional<LevelChange> last = Optional.empty();
        for (long s = fromSecond; s <= toSecond; s++) {
            Optional<LevelChange> c = controller.observe(at(s, cpu));
            if (c.isPresent()) {
                last = c;
            }
        }
        return last;
    }

    @Test
    void shouldRaiseTheLevelOnlyAfterTheConditionHeldFiveMinutes() {
        assertThat(feed(0, 299, 0.85)).isEmpty();
        assertThat(controller.level()).isZero();
        LevelChange c = controller.observe(at(300, 0.85)).orElseThrow();
        assertThat(c.to()).isEqualTo(1);
        assertThat(c.hz()).isEqualTo(1.0);
        assertThat(c.reasons()).containsExactly("cpu");
    }

    @Test
    void shouldRestartTheWindowWhenTheConditionBreaks() {
        feed(0, 200, 0.85);
        controller.observe(at(201, 0.10));
        assertThat(feed(202, 500, 0.85)).isEmpty();
        assertThat(feed(501, 502, 0.85)).isPresent();
    }

    @Test
    void shouldGoToLevelTwoUnderSevereLoadAndFallBackOnlyAfterItStaysClear() {
        LevelChange up = feed(0, 300, 0.95).orElseThrow();
        assertThat(up.to()).isEqualTo(2);
        assertThat(MitigationController.period(2)).isEqualTo(Duration.ofSeconds(2));
        assertThat(feed(301, 600, 0.50)).isEmpty(); // clear for less than the window: no flapping
        LevelChange down = controller.observe(at(601, 0.50)).orElseThrow();
        assertThat(down.to()).isZero();
        assertThat(down.reasons()).isEmpty();
    }

    @Test
    void shouldFallFromTwoToOneWhenOnlyTheMilderConditionPersists() {
        feed(0, 300, 0.95);
        assertThat(controller.level()).isEqualTo(2);
        Optional<LevelChange> down = feed(301, 601, 0.85);
        assertThat(down.orElseThrow().to()).isEqualTo(1);
    }

    @Test
    void shouldReactToQueueLagAndDiskLatencyAlone() {
        MitigationController fast = new MitigationController(MitigationPolicy.withSustain(Duration.ofSeconds(2)));
        for (int s = 0; s <= 2; s++) {
            var sample =
                    new ResourceSample(T0.plusSeconds(s), 0.1, 0.1, Duration.ofMillis(1200), Duration.ofSeconds(3));
            fast.observe(sample).ifPresent(c -> assertThat(c.reasons()).contains("disk_write_latency"));
        }
        assertThat(fast.level()).isEqualTo(2);
    }
}
