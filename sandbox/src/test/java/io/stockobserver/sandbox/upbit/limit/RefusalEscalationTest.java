package io.stockobserver.sandbox.upbit.limit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class RefusalEscalationTest {

    private static final RefusalEscalation.Policy POLICY =
            new RefusalEscalation.Policy(3, Duration.ofSeconds(10), Duration.ofSeconds(30), Duration.ofMinutes(2));

    private final AtomicLong now = new AtomicLong();
    private final RefusalEscalation escalation = new RefusalEscalation(POLICY, now::get);

    private Optional<Duration> refuseTimes(int times) {
        Optional<Duration> last = Optional.empty();
        for (int i = 0; i < times; i++) {
            last = escalation.refused("127.0.0.1");
        }
        return last;
    }

    @Test
    void shouldBlockOnlyAfterTheThresholdOfRefusalsWithinTheWindow() {
        assertThat(refuseTimes(2)).isEmpty();
        now.addAndGet(Duration.ofSeconds(11).toNanos());
        assertThat(refuseTimes(2)).isEmpty();
        assertThat(escalation.blocked("127.0.0.1")).isEmpty();

        assertThat(escalation.refused("127.0.0.1")).contains(Duration.ofSeconds(30));
        assertThat(escalation.blocked("127.0.0.1")).contains(Duration.ofSeconds(30));
        assertThat(escalation.blocked("10.0.0.1")).isEmpty();
    }

    @Test
    void shouldDoubleTheBlockOnRepeatedViolationsUpToTheMaximumAndForgetAfterwards() {
        assertThat(refuseTimes(3)).contains(Duration.ofSeconds(30));
        now.addAndGet(Duration.ofSeconds(31).toNanos());
        assertThat(escalation.blocked("127.0.0.1")).isEmpty();
        assertThat(refuseTimes(3)).contains(Duration.ofSeconds(60));
        now.addAndGet(Duration.ofSeconds(61).toNanos());
        assertThat(refuseTimes(3)).contains(Duration.ofSeconds(120));
        now.addAndGet(Duration.ofSeconds(121).toNanos());
        assertThat(refuseTimes(3)).contains(Duration.ofSeconds(120));

        now.addAndGet(Duration.ofMinutes(5).toNanos());
        assertThat(refuseTimes(3)).contains(Duration.ofSeconds(30));
        assertThat(escalation.blocksImposed()).isEqualTo(5);
    }
}
