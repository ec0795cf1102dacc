package io.stockobserver.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.stockobserver.retention.RetentionDecision.Verdict;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class RetentionDecisionTest {
    static final LocalDate TODAY = LocalDate.of(2026, 7, 24);
    static final RetentionPolicy POLICY = RetentionPolicy.defaults();

    static Verdict verdict(int ageDays, boolean anomalous, boolean packaged, boolean acknowledged) {
        DayFacts d = new DayFacts(TODAY.minusDays(ageDays), anomalous, packaged, acknowledged, 10, 1_000);
        return RetentionDecision.decide(d, TODAY, POLICY).verdict();
    }

    @Test
    void shouldDeleteAnAcknowledgedNormalDayOnlyAfterThreeDays() {
        assertThat(verdict(3, false, true, true)).isEqualTo(Verdict.KEEP);
        assertThat(verdict(4, false, true, true)).isEqualTo(Verdict.DELETE);
    }

    @Test
    void shouldKeepAnAnomalousDaySevenDays() {
        assertThat(verdict(4, true, true, true)).isEqualTo(Verdict.KEEP);
        assertThat(verdict(7, true, true, true)).isEqualTo(Verdict.KEEP);
        assertThat(verdict(8, true, true, true)).isEqualTo(Verdict.DELETE);
    }

    @Test
    void shouldNeverDeleteAnUnacknowledgedDayAndAlarmAtTheCap() {
        assertThat(verdict(4, false, true, false)).isEqualTo(Verdict.REFUSE);
        assertThat(verdict(9, false, false, false)).isEqualTo(Verdict.REFUSE);
        assertThat(verdict(10, false, true, false)).isEqualTo(Verdict.ALARM);
        assertThat(verdict(11, true, false, false)).isEqualTo(Verdict.ALARM);
        assertThat(RetentionDecision.decide(new DayFacts(TODAY.minusDays(11), false, false, false, 1, 1), TODAY, POLICY)
                        .reason())
                .contains("not packaged", "10-day cap");
    }

    @Test
    void shouldRefuseAnInconsistentPolicy() {
        assertThatThrownBy(() -> new RetentionPolicy(5, 3, 10)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RetentionPolicy(3, 7, 5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RetentionPolicy(0, 7, 10)).isInstanceOf(IllegalArgumentException.class);
    }
}
