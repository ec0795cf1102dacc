package io.stockobserver.collect;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class SwingFeasibilityTest {
    @Test
    void shouldFindTheRealVenueAbleToCoverTheUniverseWithMultiPrice() {
        var f = new SwingFeasibility(1_832, 62, 18, Duration.ofMinutes(10));
        assertThat(f.minimum()).isEqualTo(Duration.ofMillis(3_445));
        assertThat(f.feasible()).isTrue();
    }

    @Test
    void shouldReportThatPaperCannotCoverTheUniverseOneSymbolPerSecond() {
        var f = new SwingFeasibility(1_832, 1_832, 1, Duration.ofMinutes(10));
        assertThat(f.minimum()).isEqualTo(Duration.ofSeconds(1_832));
        assertThat(f.feasible()).isFalse();
    }

    @Test
    void shouldFindPaperEnoughForAWatchListOfSixHundred() {
        assertThat(new SwingFeasibility(600, 600, 1, Duration.ofMinutes(10)).feasible())
                .isTrue();
        assertThat(new SwingFeasibility(601, 601, 1, Duration.ofMinutes(10)).feasible())
                .isFalse();
    }
}
