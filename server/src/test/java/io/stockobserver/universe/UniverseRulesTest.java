package io.stockobserver.universe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class UniverseRulesTest {

    @Test
    void shouldDefaultToStockGroupFourThousandWonNoHaltedNoSpacsAndNoWatchList() {
        UniverseRules rules = UniverseRules.defaults();

        assertThat(rules.minBasePrice()).isEqualTo(4000);
        assertThat(rules.includedGroups()).containsExactly("ST");
        assertThat(rules.excludeHalted()).isTrue();
        assertThat(rules.excludeAdministrative()).isFalse();
        assertThat(rules.excludePreferred()).isFalse();
        assertThat(rules.excludeSpac()).isTrue();
        assertThat(rules.watchList()).isEmpty();
        assertThat(rules.excludeWarning()).isFalse();
        assertThat(rules.turnoverRuleOn()).isFalse();
    }

    @Test
    void shouldTurnTheTurnoverRuleOnOnlyForAPositiveMinimum() {
        assertThat(UniverseRules.defaults()
                        .withMinTurnover(new BigDecimal("1e8"))
                        .turnoverRuleOn())
                .isTrue();
        assertThat(UniverseRules.defaults()
                        .withMinTurnover(new BigDecimal("1e8"))
                        .minTurnover())
                .isEqualByComparingTo("100000000");
        assertThat(UniverseRules.defaults().withMinTurnover(BigDecimal.ZERO).turnoverRuleOn())
                .isFalse();
    }

    @Test
    void shouldChangeOneRuleAtATimeAndLeaveTheOthers() {
        UniverseRules rules = UniverseRules.defaults().withMinBasePrice(1000).withWatchList(List.of(" 005930 "));

        assertThat(rules.minBasePrice()).isEqualTo(1000);
        assertThat(rules.watchList()).contains(Set.of("005930"));
        assertThat(rules.withoutWatchList()).isEqualTo(UniverseRules.defaults().withMinBasePrice(1000));
        assertThat(rules.excludeSpac()).isTrue();
    }

    @Test
    void shouldKeepGroupsAndWatchListSortedForAStableFile() {
        UniverseRules rules = UniverseRules.defaults()
                .withIncludedGroups(List.of("RT", "EF", "ST"))
                .withWatchList(List.of("B", "A"));

        assertThat(rules.includedGroups()).containsExactly("EF", "RT", "ST");
        assertThat(rules.watchList().orElseThrow()).containsExactly("A", "B");
    }

    @Test
    void shouldRejectRulesThatCannotBeMeant() {
        UniverseRules defaults = UniverseRules.defaults();

        assertThatThrownBy(() -> defaults.withMinBasePrice(-1)).hasMessageContaining("minBasePrice");
        assertThatThrownBy(() -> defaults.withIncludedGroups(List.of())).hasMessageContaining("at least one");
        assertThatThrownBy(() -> defaults.withIncludedGroups(List.of("stock"))).hasMessageContaining("'stock'");
        assertThatThrownBy(() -> defaults.withWatchList(List.of())).hasMessageContaining("present but empty");
        assertThatThrownBy(() -> defaults.withMinTurnover(new BigDecimal("-1"))).hasMessageContaining("minTurnover");
        assertThatThrownBy(() ->
                        new UniverseRules(4000, BigDecimal.ZERO, Set.of("ST"), true, false, false, true, false, null))
                .isInstanceOf(NullPointerException.class);
        assertThat(new UniverseRules(
                        4000, new BigDecimal("0.00"), Set.of("ST"), true, false, false, true, false, Optional.empty()))
                .isEqualTo(defaults);
    }
}
