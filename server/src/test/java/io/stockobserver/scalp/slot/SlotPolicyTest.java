package io.stockobserver.scalp.slot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class SlotPolicyTest {

    @Test
    void defaultsGiveOneTradeRegistrationToEachOf41SlotsWithATwoMinuteHold() {
        SlotPolicy p = SlotPolicy.defaults();

        assertThat(p.registrations()).isEqualTo(41);
        assertThat(p.registrationsPerSlot()).isEqualTo(1);
        assertThat(p.slots()).isEqualTo(41);
        assertThat(p.minHold()).isEqualTo(Duration.ofMinutes(2));
        assertThat(p.replaceMargin()).isEqualTo(0.10);
        assertThat(p.minScore()).isEqualTo(0.0);
    }

    @Test
    void addingTheOrderbookFeedWouldHalveCoverageTo20Slots() {
        assertThat(SlotPolicy.defaults().withRegistrations(41, 2).slots()).isEqualTo(20);
    }

    @Test
    void withersChangeOnlyTheirSetting() {
        SlotPolicy p = SlotPolicy.defaults()
                .withMinHold(Duration.ofSeconds(30))
                .withReplaceMargin(0.2)
                .withMinScore(0.25);

        assertThat(p).isEqualTo(new SlotPolicy(41, 1, Duration.ofSeconds(30), 0.2, 0.25));
    }

    @Test
    void refusesSettingsThatMakeNoSense() {
        SlotPolicy d = SlotPolicy.defaults();
        assertThatThrownBy(() -> d.withRegistrations(0, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> d.withRegistrations(41, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> d.withRegistrations(41, 42)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> d.withMinHold(Duration.ofSeconds(-1))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> d.withMinHold(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> d.withReplaceMargin(-0.01)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> d.withReplaceMargin(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> d.withMinScore(1.0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> d.withMinScore(-0.1)).isInstanceOf(IllegalArgumentException.class);
        assertThat(d.withMinHold(Duration.ZERO).minHold()).isZero();
    }
}
