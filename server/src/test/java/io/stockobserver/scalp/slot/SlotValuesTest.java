package io.stockobserver.scalp.slot;

import static io.stockobserver.scalp.slot.Candidates.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.stockobserver.scalp.trigger.TriggerType;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SlotValuesTest {

    @Test
    void aSlotMeasuresItsHoldTimeAndNeverANegativeOne() {
        Slot slot = new Slot("005930", TriggerType.VOLUME_SURGE, 0.5, T0, false);

        assertThat(slot.heldFor(T0.plusSeconds(90))).isEqualTo(Duration.ofSeconds(90));
        assertThat(slot.heldFor(T0.minusSeconds(5))).isZero();
    }

    @Test
    void valuesRefuseBlankSymbolsAndScoresOutside0To1() {
        assertThatThrownBy(() -> new Slot(" ", TriggerType.VOLUME_SURGE, 0.5, T0, false))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Slot("005930", TriggerType.VOLUME_SURGE, 1.01, T0, false))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SlotChange("005930", TriggerType.VOLUME_SURGE, 0.5, "", 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SlotChange("005930", TriggerType.VOLUME_SURGE, 0.5, "triggered", -1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new OverflowEntry(T0, "005930", Double.NaN, 41, OverflowReason.SLOT_FULL))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new OverflowEntry(T0, "005930", 0.5, 0, OverflowReason.SLOT_FULL))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aDecisionIsImmutableAndCountsRegistrationsPerSlot() {
        List<Slot> slots = new ArrayList<>(List.of(new Slot("005930", TriggerType.VOLUME_SURGE, 0.5, T0, false)));
        SlotDecision d = new SlotDecision(slots, List.of(), List.of(), List.of(), List.of(), 2);
        slots.clear();

        assertThat(d.slots()).hasSize(1);
        assertThat(d.registrationsUsed()).isEqualTo(2);
        assertThat(d.changed()).isFalse();
        assertThatThrownBy(() -> d.slots().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void reasonsHaveTheirWireNames() {
        assertThat(SlotChange.replacedBy("000660")).isEqualTo("replaced_by:000660");
        assertThat(OverflowReason.SLOT_FULL.wireName()).isEqualTo("slot_full");
        assertThat(OverflowReason.LOW_SCORE.wireName()).isEqualTo("low_score");
    }

    @Test
    void scoresAreRoundedHalfUpToFourDecimalsAndKeepADecimalPoint() {
        assertThat(Scores.rounded(0.87).toPlainString()).isEqualTo("0.87");
        assertThat(Scores.rounded(0.123456).toPlainString()).isEqualTo("0.1235");
        assertThat(Scores.rounded(0.99 - 0.02).toPlainString()).isEqualTo("0.97");
        assertThat(Scores.rounded(1.0).toPlainString()).isEqualTo("1.0");
        assertThat(Scores.rounded(0.0).toPlainString()).isEqualTo("0.0");
        assertThat(Scores.rounded(0.00004).toPlainString()).isEqualTo("0.0");
    }
}
