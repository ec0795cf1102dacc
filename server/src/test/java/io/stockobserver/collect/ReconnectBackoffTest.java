package io.stockobserver.collect;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class ReconnectBackoffTest {
    @Test
    void shouldFollowTheSeedsBackoffSchedule() {
        assertThat(java.util.stream.IntStream.rangeClosed(1, 9)
                        .mapToObj(ReconnectBackoff::nominal)
                        .map(Duration::toSeconds))
                .containsExactly(1L, 2L, 5L, 10L, 20L, 30L, 60L, 60L, 60L);
        assertThat(new ReconnectBackoff(0.01).delay(7)).isEqualTo(Duration.ofMillis(600));
    }
}
