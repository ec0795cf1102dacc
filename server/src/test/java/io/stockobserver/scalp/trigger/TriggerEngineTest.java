package io.stockobserver.scalp.trigger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class TriggerEngineTest {
    private final TriggerEngine engine = new TriggerEngine(TriggerThresholds.defaults());

    static CandidateMetrics quiet(String symbol) {
        return new CandidateMetrics(symbol, 1_000, 1_000, 10, 10, 0.001, 0.001, 0.5, false);
    }

    static CandidateMetrics volume(String symbol, double ratio) {
        return new CandidateMetrics(symbol, 1_000 * ratio, 1_000, 10, 10, 0.001, 0.001, 0.5, false);
    }

    @Test
    void shouldNotTriggerAQuietSymbol() {
        assertThat(engine.evaluate(quiet("005930"))).isEmpty();
    }

    @Test
    void shouldRampAVolumeSurgeFromTheFireToTheFullThreshold() {
        assertThat(engine.evaluate(volume("005930", 3.0))).isEmpty(); // exactly at the fire threshold: score 0
        assertThat(engine.evaluate(volume("005930", 6.5)).orElseThrow().score()).isCloseTo(0.5, within(1e-9));
        assertThat(engine.evaluate(volume("005930", 10)).orElseThrow().score()).isEqualTo(1.0);
        assertThat(engine.evaluate(volume("005930", 50)).orElseThrow().score()).isEqualTo(1.0);
        assertThat(engine.evaluate(volume("005930", 6.5)).orElseThrow().trigger())
                .isEqualTo(TriggerType.VOLUME_SURGE);
    }

    @Test
    void shouldNameTheStrongestComponentAndBreakTiesByPriority() {
        // velocity ×8 (1.0) beats volume ×6.5 (0.5)
        var velocity = new CandidateMetrics("000660", 6_500, 1_000, 80, 10, 0.001, 0.001, 0, false);
        assertThat(engine.evaluate(velocity).orElseThrow().trigger()).isEqualTo(TriggerType.TRADE_VELOCITY);
        // volume ×10 and volatility ×6 both saturate: volume surge has priority
        var both = new CandidateMetrics("000660", 10_000, 1_000, 10, 10, 0.006, 0.001, 0, false);
        TriggerScore s = engine.evaluate(both).orElseThrow();
        assertThat(s.trigger()).isEqualTo(TriggerType.VOLUME_SURGE);
        assertThat(s.components()).containsEntry(TriggerType.VOLATILITY_SPIKE, 1.0);
    }

    @Test
    void shouldScoreAPinAsFullAndAPriceSpikeAsMonitored() {
        assertThat(engine.evaluate(CandidateMetrics.pinnedOnly("035720")).orElseThrow())
                .satisfies(s -> {
                    assertThat(s.trigger()).isEqualTo(TriggerType.MANUAL_OVERRIDE);
                    assertThat(s.score()).isEqualTo(1.0);
                });
        var drop = new CandidateMetrics("035720", 1_000, 1_000, 10, 10, 0.001, 0.001, -10, false);
        assertThat(engine.evaluate(drop).orElseThrow()).satisfies(s -> {
            assertThat(s.trigger()).isEqualTo(TriggerType.PRICE_SPIKE);
            assertThat(s.score()).isCloseTo(0.5, within(1e-9));
        });
    }

    @Test
    void shouldIgnoreAnUnknownBaseline() {
        var noBaseline = new CandidateMetrics("005380", 1_000_000, 0, 500, 0, 0.5, 0, 0, false);
        assertThat(engine.evaluate(noBaseline)).isEmpty();
    }

    @Test
    void shouldRankByScoreThenPriorityThenSymbol() {
        List<TriggerScore> ranked = engine.rank(List.of(
                volume("000003", 6.5),
                quiet("000004"),
                volume("000002", 10),
                CandidateMetrics.pinnedOnly("000001"),
                volume("000005", 8.25)));
        assertThat(ranked).extracting(TriggerScore::symbol).containsExactly("000002", "000001", "000005", "000003");
    }

    @Test
    void shouldRefuseNonsensicalInputs() {
        assertThatThrownBy(() -> new TriggerThresholds(3, 3, 2.5, 8, 2, 6, 5, 15))
                .hasMessageContaining("volume");
        assertThatThrownBy(() -> new CandidateMetrics("x", -1, 0, 0, 0, 0, 0, 0, false))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CandidateMetrics("x", 0, 0, 0, 0, 0, 0, Double.NaN, false))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shouldRankSaturatedCandidatesByHowFarPastTheirFullThresholdTheyAre() {
        var ranked = engine.rank(java.util.List.of(volume("000001", 11), volume("000002", 50)));
        assertThat(ranked).extracting(TriggerScore::symbol).containsExactly("000002", "000001");
        assertThat(ranked).allSatisfy(s -> assertThat(s.score()).isEqualTo(1.0));
        assertThat(ranked.get(0).strength()).isCloseTo((50 - 3) / 7.0, within(1e-9));
        assertThat(ranked.get(1).strength()).isCloseTo((11 - 3) / 7.0, within(1e-9));
        assertThat(engine.evaluate(volume("000003", 6.5)).orElseThrow().strength())
                .isCloseTo(0.5, within(1e-9));
    }
}
