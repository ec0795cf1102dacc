package io.stockobserver.universe;

import static io.stockobserver.universe.UniverseFixtures.BUILT_AT;
import static io.stockobserver.universe.UniverseFixtures.CLOCK;
import static io.stockobserver.universe.UniverseFixtures.DAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.stockobserver.provider.Listing;
import io.stockobserver.provider.ListingSource;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class UniverseBuilderTest {

    private final UniverseBuilder builder = new UniverseBuilder(CLOCK);

    @Test
    void shouldIncludeCommonStockAtOrAboveFourThousandWonThatIsNeitherHaltedNorASpac() {
        Universe universe = UniverseFixtures.universe();

        assertThat(universe.symbols()).containsExactly("000040", "005930", "005935", "100002", "100003", "247540");
        assertThat(universe.day()).isEqualTo(DAY);
        assertThat(universe.builtAt()).isEqualTo(BUILT_AT);
        assertThat(universe.source()).isEqualTo(UniverseFixtures.SOURCE);
        assertThat(universe.degraded()).isFalse();
        assertThat(universe.rules()).isEqualTo(UniverseRules.defaults());
    }

    @Test
    void shouldCountEveryListingOnceAsIncludedOrUnderTheReasonItIsOut() {
        UniverseCounts counts = UniverseFixtures.universe().counts();

        assertThat(counts.considered()).isEqualTo(11);
        assertThat(counts.included()).isEqualTo(6);
        assertThat(counts.malformedLines()).isEqualTo(1);
        assertThat(counts.excluded())
                .containsExactlyInAnyOrderEntriesOf(Map.of(
                        "duplicate_symbol", 1, "group_not_included", 1, "halted", 1, "spac", 1, "below_min_price", 1));
        assertThat(counts.excluded(ExclusionReason.BELOW_MIN_PRICE)).isEqualTo(1);
        assertThat(counts.excluded(ExclusionReason.ADMINISTRATIVE)).isZero();
    }

    @Test
    void shouldPutThePriceThresholdBetween3995And4000Won() {
        Universe universe = UniverseFixtures.universe();

        assertThat(universe.symbols()).doesNotContain("100001").contains("100002", "100003");
        assertThat(member(universe, "100002").reason()).contains("base price 4000 >= 4000");
    }

    @Test
    void shouldSayWhyEachMemberIsIncluded() {
        Universe universe = UniverseFixtures.universe();

        assertThat(member(universe, "005930").reason())
                .isEqualTo("ST, base price 71500 >= 4000, not halted, not a SPAC");
        assertThat(member(universe, "000040").reason())
                .isEqualTo("ST, base price 4500 >= 4000, not halted, administrative (allowed), not a SPAC");
        assertThat(member(universe, "005935").reason())
                .isEqualTo("ST, base price 58300 >= 4000, not halted, preferred (allowed), not a SPAC");
    }

    @Test
    void shouldCarryNameMarketBasePriceAndListedSharesFromTheMaster() {
        Universe universe = UniverseFixtures.universe();

        UniverseMember samsung = member(universe, "005930");
        assertThat(samsung.name()).contains("삼성전자");
        assertThat(samsung.market()).contains("kospi");
        assertThat(samsung.basePrice()).contains(java.math.BigDecimal.valueOf(71_500));
        assertThat(samsung.listedShares()).isEqualTo(OptionalLong.of(5_969_782_000L));
        assertThat(member(universe, "247540").market()).contains("kosdaq");
    }

    @Test
    void shouldKeepTheFirstOfTwoListingsWithTheSameCode() {
        Universe universe = UniverseFixtures.universe();

        assertThat(member(universe, "005930").market()).contains("kospi");
        assertThat(universe.counts().excluded(ExclusionReason.DUPLICATE_SYMBOL)).isEqualTo(1);
    }

    @Test
    void shouldExcludeAdministrativeAndPreferredStockWhenTheRulesSaySo() {
        UniverseRules strict =
                UniverseRules.defaults().withExcludeAdministrative(true).withExcludePreferred(true);

        Universe universe = builder.build(DAY, UniverseFixtures.kospi(), strict);

        assertThat(universe.symbols()).containsExactly("005930", "100002", "100003");
        assertThat(universe.counts().excluded(ExclusionReason.ADMINISTRATIVE)).isEqualTo(1);
        assertThat(universe.counts().excluded(ExclusionReason.PREFERRED)).isEqualTo(1);
        assertThat(member(universe, "005930").reason())
                .isEqualTo("ST, base price 71500 >= 4000, not halted, not administrative, not preferred, not a SPAC");
    }

    @Test
    void shouldIncludeHaltedStocksAndSpacsWhenTheRulesAllowThem() {
        UniverseRules lenient =
                UniverseRules.defaults().withExcludeHalted(false).withExcludeSpac(false);

        Universe universe =
                builder.build(DAY, UniverseFixtures.both(UniverseFixtures.kospi(), UniverseFixtures.kosdaq()), lenient);

        assertThat(universe.symbols()).contains("000660", "0004Y0");
        assertThat(member(universe, "000660").reason()).isEqualTo("ST, base price 71500 >= 4000, halted (allowed)");
        assertThat(member(universe, "0004Y0").reason()).isEqualTo("ST, base price 10000 >= 4000, SPAC (allowed)");
    }

    @Test
    void shouldIncludeEtfsWhenTheirGroupIsIncluded() {
        UniverseRules withEtfs = UniverseRules.defaults().withIncludedGroups(List.of("ST", "EF"));

        Universe universe = builder.build(DAY, UniverseFixtures.kospi(), withEtfs);

        assertThat(member(universe, "069500").reason()).startsWith("EF, base price");
        assertThat(universe.counts().excluded(ExclusionReason.GROUP_NOT_INCLUDED))
                .isZero();
    }

    @Test
    void shouldRestrictTheUniverseToTheWatchListBeforeAnyOtherRule() {
        UniverseRules watched = UniverseRules.defaults().withWatchList(List.of("005930", "000660", "100001"));

        Universe universe =
                builder.build(DAY, UniverseFixtures.both(UniverseFixtures.kospi(), UniverseFixtures.kosdaq()), watched);

        assertThat(universe.symbols()).containsExactly("005930");
        assertThat(member(universe, "005930").reason()).startsWith("in watch list, ST, base price 71500");
        assertThat(universe.counts().excluded())
                .containsExactlyInAnyOrderEntriesOf(
                        Map.of("not_in_watch_list", 7, "halted", 1, "below_min_price", 1, "duplicate_symbol", 1));
    }

    @Test
    void shouldKeepKrwPairsNotUnderWarningWithEnoughTurnoverForACryptoVenue() {
        UniverseRules crypto = UniverseRules.defaults()
                .withMinBasePrice(0)
                .withIncludedGroups(List.of("KRW"))
                .withExcludeSpac(false)
                .withExcludeWarning(true)
                .withMinTurnover(new BigDecimal("100000000"));
        ListingSource.Listings listings = new ListingSource.Listings(
                "upbit_market_all",
                List.of(
                        pair("KRW-BTC", "KRW", false, "5000000000000"),
                        pair("KRW-XRP", "KRW", true, "9000000000"),
                        pair("KRW-DUST", "KRW", false, "99999999.99"),
                        pair("KRW-EDGE", "KRW", false, "100000000"),
                        pair("BTC-ETH", "BTC", false, "900"),
                        new Listing(
                                "KRW-NEW",
                                "새코인",
                                "krw",
                                "KRW",
                                new BigDecimal("12.5"),
                                OptionalLong.empty(),
                                false,
                                false,
                                false,
                                false,
                                false,
                                Optional.empty())),
                0);

        Universe universe = builder.build(DAY, listings, crypto);

        assertThat(universe.symbols()).containsExactly("KRW-BTC", "KRW-EDGE");
        assertThat(universe.counts().excluded())
                .containsOnly(
                        Map.entry("warning", 1),
                        Map.entry("below_min_turnover", 1),
                        Map.entry("group_not_included", 1),
                        Map.entry("turnover_unknown", 1));
        assertThat(universe.members().get(0).reason())
                .isEqualTo(
                        "KRW, base price 50000 >= 0, not halted, not under warning, turnover 5000000000000 >= 100000000");
    }

    private static Listing pair(String market, String quote, boolean warning, String turnover) {
        return new Listing(
                market,
                market,
                quote.toLowerCase(java.util.Locale.ROOT),
                quote,
                new BigDecimal("50000"),
                OptionalLong.empty(),
                false,
                false,
                false,
                false,
                warning,
                Optional.of(new BigDecimal(turnover)));
    }

    @Test
    void shouldBuildAnEmptyUniverseFromNoListings() {
        Universe universe = builder.build(
                DAY,
                new io.stockobserver.provider.ListingSource.Listings("kis_master", List.of(), 0),
                UniverseRules.defaults());

        assertThat(universe.members()).isEmpty();
        assertThat(universe.counts()).isEqualTo(new UniverseCounts(0, 0, 0, Map.of()));
    }

    @Test
    void shouldBuildADegradedUniverseFromTheWatchListAlone() {
        UniverseRules rules = UniverseRules.defaults().withWatchList(List.of("005930", "000660"));

        Universe universe = builder.fromWatchList(
                DAY, rules.watchList().orElseThrow(), rules, "master download failed: HTTP 503; no earlier universe");

        assertThat(universe.source()).isEqualTo(Universe.SOURCE_WATCH_LIST);
        assertThat(universe.degradedReason()).contains("master download failed: HTTP 503; no earlier universe");
        assertThat(universe.symbols()).containsExactly("000660", "005930");
        assertThat(universe.members().get(0))
                .isEqualTo(UniverseMember.symbolOnly("000660", "in watch list (no master data)"));
        assertThat(universe.counts()).isEqualTo(new UniverseCounts(2, 2, 0, Map.of()));
    }

    @Test
    void shouldCarryAnEarlierUniverseOverToALaterDayAsDegraded() {
        Universe yesterday = UniverseFixtures.universe();
        Instant now = Instant.parse("2026-07-26T23:30:00Z");

        Universe monday = yesterday.carriedOver(DAY.plusDays(3), now, "master download failed: timeout");

        assertThat(monday.day()).isEqualTo(DAY.plusDays(3));
        assertThat(monday.builtAt()).isEqualTo(now);
        assertThat(monday.source()).isEqualTo(Universe.SOURCE_PREVIOUS_DAY);
        assertThat(monday.degradedReason())
                .contains("master download failed: timeout; kept the universe of 2026-07-24");
        assertThat(monday.members()).isEqualTo(yesterday.members());
        assertThat(monday.counts()).isEqualTo(yesterday.counts());
        assertThatThrownBy(() -> yesterday.carriedOver(DAY, now, "x")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shouldRefuseAUniverseWhoseCountsDoNotAddUp() {
        assertThatThrownBy(() -> new UniverseCounts(5, 2, 0, Map.of("halted", 1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("must add up to considered (5)");
        assertThatThrownBy(() -> new Universe(
                        DAY,
                        BUILT_AT,
                        "kis_master",
                        java.util.Optional.empty(),
                        UniverseRules.defaults(),
                        new UniverseCounts(1, 1, 0, Map.of()),
                        List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("counts.included is 1 but there are 0 members");
    }

    private static UniverseMember member(Universe universe, String symbol) {
        return universe.members().stream()
                .filter(m -> m.symbol().equals(symbol))
                .findFirst()
                .orElseThrow(() -> new AssertionError(symbol + " is not a member of " + universe.symbols()));
    }
}
