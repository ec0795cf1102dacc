package io.stockobserver.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class CollectionWindowTest {
    private static final ZoneId KST = ZoneId.of("Asia/Seoul");
    private final CollectionWindow swing =
            CollectionWindow.parse(CollectionWindow.Mode.EXCHANGE, KST, "09:00-15:30", "OBSERVER_SWING_WINDOW");

    @Test
    void shouldOpenOnWeekdaysBetweenNineAndHalfPastThreeKst() {
        assertThat(swing.isOpen(Instant.parse("2026-07-24T00:00:00Z"))).isTrue(); // Fri 09:00 KST
        assertThat(swing.isOpen(Instant.parse("2026-07-23T23:59:59Z"))).isFalse(); // Fri 08:59:59 KST
        assertThat(swing.isOpen(Instant.parse("2026-07-24T06:29:59Z"))).isTrue(); // 15:29:59 KST
        assertThat(swing.isOpen(Instant.parse("2026-07-24T06:30:00Z"))).isFalse(); // 15:30 KST
        assertThat(swing.isOpen(Instant.parse("2026-07-25T02:00:00Z"))).isFalse(); // Saturday
    }

    @Test
    void shouldAlwaysBeOpenInAlwaysMode() {
        var always = CollectionWindow.parse(CollectionWindow.Mode.ALWAYS, KST, "09:00-15:30", "X");
        assertThat(always.isOpen(Instant.parse("2026-07-25T18:00:00Z"))).isTrue();
    }

    @Test
    void shouldExplainABadSetting() {
        assertThatThrownBy(() -> CollectionWindow.parse(CollectionWindow.Mode.EXCHANGE, KST, "9-to-3", "OBSERVER_X"))
                .hasMessageContaining("OBSERVER_X");
        assertThatThrownBy(() -> CollectionWindow.Mode.parse("sometimes"))
                .hasMessageContaining("OBSERVER_MARKET_HOURS");
    }
}
