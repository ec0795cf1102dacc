package io.stockobserver.sandbox.upbit.market;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.stockobserver.sandbox.MutableClock;
import io.stockobserver.sandbox.market.SurgeKind;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class UpbitMarketModelTest {

    private static final Instant NOON = Instant.parse("2026-07-22T03:00:00Z");

    private static UpbitMarketModel model(long seed, MutableClock clock) {
        return UpbitMarketModel.create(new UpbitMarketSettings(seed, 180, 12, 8, 1.0, clock));
    }

    @Test
    void shouldListKrwThenBtcThenUsdtMarketsWithTheWellKnownCoins() {
        UpbitMarketModel market = model(42, new MutableClock(NOON));

        List<UpbitPair> pairs = market.markets();
        Map<QuoteCurrency, Long> byQuote =
                pairs.stream().collect(Collectors.groupingBy(UpbitPair::quote, Collectors.counting()));

        assertThat(byQuote).containsEntry(QuoteCurrency.KRW, 180L).containsEntry(QuoteCurrency.BTC, 12L);
        assertThat(byQuote).containsEntry(QuoteCurrency.USDT, 8L);
        assertThat(pairs).extracting(UpbitPair::quote).isSortedAccordingTo(Comparator.naturalOrder());
        assertThat(market.market("KRW-BTC"))
                .get()
                .extracting(UpbitPair::koreanName)
                .isEqualTo("비트코인");
        assertThat(market.contains("USDT-BTC")).isTrue();
        assertThat(market.contains("krw-btc")).isFalse();
        assertThat(pairs).extracting(UpbitPair::market).doesNotHaveDuplicates();
    }

    @Test
    void shouldMarkAMinorityWithAWarningAndSomeWithCautions() {
        List<UpbitPair> pairs = model(42, new MutableClock(NOON)).markets();

        long warned = pairs.stream().filter(UpbitPair::warning).count();
        long cautioned =
                pairs.stream().filter(pair -> !pair.cautions().isEmpty()).count();

        assertThat(warned).isBetween(2L, pairs.size() / 5L);
        assertThat(cautioned).isBetween(2L, pairs.size() / 5L);
        assertThat(pairs).filteredOn(pair -> pair.market().equals("KRW-BTC")).allMatch(pair -> !pair.warning());
    }

    @Test
    void shouldGiveTheSameMarketsAndTickersForASeedAndOtherOnesForAnotherSeed() {
        MutableClock clock = new MutableClock(NOON);
        UpbitMarketModel first = model(42, clock);
        UpbitMarketModel second = model(42, clock);
        UpbitMarketModel other = model(43, clock);

        clock.advance(Duration.ofSeconds(30));

        assertThat(second.markets()).isEqualTo(first.markets());
        assertThat(other.markets()).isNotEqualTo(first.markets());
        for (String code : List.of("KRW-BTC", "KRW-XRP", "BTC-ETH")) {
            assertThat(second.ticker(code)).isEqualTo(first.ticker(code));
            assertThat(second.orderbook(code)).isEqualTo(first.orderbook(code));
        }
        assertThat(other.ticker("KRW-BTC")).isNotEqualTo(first.ticker("KRW-BTC"));
    }

    @Test
    void shouldSpreadTurnoverSoAThresholdSelectsASubset() {
        UpbitMarketModel market = model(42, new MutableClock(NOON));

        long above = market.markets().stream()
                .filter(pair -> pair.quote() == QuoteCurrency.KRW)
                .filter(pair -> market.ticker(pair.market()).accTradePrice24h() >= 10e9)
                .count();

        assertThat(above).isBetween(10L, 120L);
        assertThat(market.ticker("KRW-BTC").accTradePrice24h()).isGreaterThan(1e11);
    }

    @Test
    void shouldKeepServingAQuietMarketWithItsOldTradeTime() {
        MutableClock clock = new MutableClock(NOON);
        UpbitMarketModel market = model(42, clock);
        String quiet = quietest(market);
        TickerSnapshot first = market.ticker(quiet);

        clock.advance(Duration.ofSeconds(20));
        TickerSnapshot later = market.ticker(quiet);

        assertThat(NOON.toEpochMilli() - first.tradeTimestamp()).isGreaterThan(60_000);
        assertThat(later.tradeTimestamp()).isEqualTo(first.tradeTimestamp());
        assertThat(later.timestamp()).isEqualTo(NOON.plusSeconds(20).toEpochMilli());
        assertThat(market.orderbook(quiet).units()).isNotEmpty();
    }

    static String quietest(UpbitMarketModel market) {
        return market.markets().stream()
                .map(UpbitPair::market)
                .min(Comparator.comparingLong(code -> market.ticker(code).tradeTimestamp()))
                .orElseThrow();
    }

    @Test
    void shouldPadTheThinSideOfABookWithZeros() {
        UpbitMarketModel market = model(42, new MutableClock(NOON));

        OrderbookSnapshot thin = market.markets().stream()
                .map(pair -> market.orderbook(pair.market()))
                .filter(book -> book.units().stream().anyMatch(unit -> unit.askSize() == 0 || unit.bidSize() == 0))
                .findFirst()
                .orElseThrow();

        assertThat(thin.units()).hasSizeLessThanOrEqualTo(OrderbookSnapshot.MAX_UNITS);
        assertThat(thin.units()).filteredOn(unit -> unit.askSize() == 0).allMatch(unit -> unit.askPrice() == 0);
        assertThat(thin.units()).filteredOn(unit -> unit.bidSize() == 0).allMatch(unit -> unit.bidPrice() == 0);
        OrderbookUnit best = thin.units().get(0);
        assertThat(best.askPrice()).isGreaterThan(best.bidPrice());
    }

    @Test
    void shouldNumberTradesAboveTwoToTheFiftyThirdNewestFirst() {
        MutableClock clock = new MutableClock(NOON);
        UpbitMarketModel market = model(42, clock);
        market.watch("KRW-BTC");
        clock.advance(Duration.ofSeconds(5));

        List<PairEvent> events = market.drainEvents("KRW-BTC");
        List<TradeTick> recent = market.recentTrades("KRW-BTC");

        assertThat(events).anyMatch(event -> event instanceof PairEvent.Traded);
        assertThat(recent).hasSizeGreaterThan(10);
        assertThat(recent.get(0).sequentialId()).isGreaterThan(1L << 53);
        assertThat(recent.get(0).sequentialId() / 10_000)
                .isEqualTo(recent.get(0).tradeTimestamp());
        assertThat(recent).extracting(TradeTick::tradeTimestamp).isSortedAccordingTo(Comparator.reverseOrder());
        assertThat(recent).extracting(TradeTick::sequentialId).doesNotHaveDuplicates();
    }

    @Test
    void shouldTradeFasterDuringAVelocitySurge() {
        MutableClock clock = new MutableClock(NOON);
        UpbitMarketModel calm = model(42, clock);
        UpbitMarketModel surging = model(42, clock);
        String code = "KRW-ADA";
        double calmStart = calm.ticker(code).accTradeVolume();
        double surgeStart = surging.ticker(code).accTradeVolume();
        surging.scheduleSurge(code, SurgeKind.VELOCITY, 20, NOON, Duration.ofMinutes(5));

        clock.advance(Duration.ofSeconds(60));

        double calmVolume = calm.ticker(code).accTradeVolume() - calmStart;
        double surgeVolume = surging.ticker(code).accTradeVolume() - surgeStart;
        assertThat(surgeVolume).isGreaterThan(5 * calmVolume);
    }

    @Test
    void shouldRefuseAnUnknownMarket() {
        UpbitMarketModel market = model(42, new MutableClock(NOON));

        assertThatThrownBy(() -> market.ticker("KRW-NOPE")).isInstanceOf(UnknownMarketException.class);
        assertThatThrownBy(() -> market.scheduleSurge("KRW-NOPE", SurgeKind.VOLUME, 2, NOON, Duration.ofMinutes(1)))
                .isInstanceOf(UnknownMarketException.class);
    }
}
