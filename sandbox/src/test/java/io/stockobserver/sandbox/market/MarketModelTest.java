package io.stockobserver.sandbox.market;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.stockobserver.sandbox.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MarketModelTest {

    /** A Wednesday, 10:00 KST. */
    private static final Instant WEDNESDAY_MORNING =
            LocalDateTime.of(2026, 7, 22, 10, 0).atZone(KoreanTime.ZONE).toInstant();

    private static MarketModel model(long seed, int symbols, TradingCalendar calendar, MutableClock clock) {
        return MarketModel.create(new MarketModelSettings(seed, symbols, calendar, 1.0, clock));
    }

    @Test
    void shouldStartTheUniverseWithRealCodesAndSortUniqueSixDigitCodes() {
        MarketModel model = model(42, 2_500, TradingCalendar.alwaysOpen(), new MutableClock(WEDNESDAY_MORNING));
        List<SymbolInfo> symbols = model.symbols();

        assertThat(symbols).hasSize(2_500);
        List<String> codes = symbols.stream().map(SymbolInfo::code).toList();
        assertThat(codes)
                .contains("005930", "000660", "035720")
                .doesNotHaveDuplicates()
                .isSorted();
        assertThat(codes).allMatch(code -> code.matches("\\d{6}"));
        assertThat(model.symbol("005930")).get().extracting(SymbolInfo::name).isEqualTo("삼성전자");
        assertThat(symbols.stream().map(SymbolInfo::name).distinct().count()).isEqualTo(2_500);
    }

    @Test
    void shouldMixEtfsAndReitsIntoTheUniverseWithoutMovingTheSeedFortyTwoPrices() {
        MarketModel model = model(42, 2_500, TradingCalendar.alwaysOpen(), new MutableClock(WEDNESDAY_MORNING));
        List<SymbolInfo> symbols = model.symbols();

        long etfs =
                symbols.stream().filter(info -> info.kind() == ListingKind.ETF).count();
        assertThat(etfs).isBetween(75L, 175L);
        assertThat(symbols)
                .filteredOn(info -> info.kind() == ListingKind.REIT)
                .isNotEmpty()
                .allSatisfy(reit -> {
                    assertThat(reit.name()).endsWith("리츠");
                    assertThat(reit.market()).isEqualTo(MarketKind.KOSPI);
                });
        assertThat(symbols).filteredOn(info -> info.kind() == ListingKind.ETF).allSatisfy(etf -> {
            assertThat(etf.market()).isEqualTo(MarketKind.KOSPI);
            assertThat(etf.name()).matches("[A-Za-z]+ \\S+");
            assertThat(etf.reference().administrativeIssue()).isFalse();
        });
        assertThat(model.symbol("005930").orElseThrow().kind()).isEqualTo(ListingKind.STOCK);
        assertThat(symbols)
                .filteredOn(info -> info.reference().administrativeIssue())
                .isNotEmpty();
        assertThat(symbols)
                .filteredOn(info -> info.reference().marketWarning() != MarketWarning.NONE)
                .isNotEmpty();
        assertThat(symbols).allMatch(info -> info.reference().listingDate().getYear() >= 1975);
        // Pinned before kinds were added: codes, base prices and shares of seed 42 must not move.
        assertThat(model.symbol("000020").orElseThrow())
                .extracting(SymbolInfo::name, SymbolInfo::previousClose, SymbolInfo::listedShares)
                .containsExactly("화신식품", 74_800L, 1_000_000L);
        assertThat(model.symbol("000520").orElseThrow())
                .extracting(SymbolInfo::kind, SymbolInfo::previousClose, SymbolInfo::listedShares)
                .containsExactly(ListingKind.ETF, 464_000L, 1_000_000L);
        assertThat(model.symbol("000270").orElseThrow().previousClose()).isEqualTo(98_700L);
    }

    @Test
    void shouldSpreadBasePricesOnTheTickGridFromAboutOneThousandToNineHundredThousand() {
        List<SymbolInfo> symbols = model(42, 2_500, TradingCalendar.alwaysOpen(), new MutableClock(WEDNESDAY_MORNING))
                .symbols();

        assertThat(symbols).allMatch(info -> KrxTickGrid.isOnGrid(info.previousClose()));
        assertThat(symbols).allMatch(info -> info.previousClose() >= 990 && info.previousClose() <= 900_000);
        long cheap =
                symbols.stream().filter(info -> info.previousClose() < 4_000).count();
        assertThat(cheap).isBetween(300L, 800L);
        assertThat(symbols.size() - cheap).isGreaterThan(1_500);
        assertThat(symbols.stream().filter(info -> info.previousClose() >= 500_000))
                .isNotEmpty();
        assertThat(symbols.stream().filter(info -> info.market() == MarketKind.KOSPI))
                .isNotEmpty();
        assertThat(symbols.stream().filter(info -> info.market() == MarketKind.KOSDAQ))
                .isNotEmpty();
        assertThat(symbols.stream().filter(SymbolInfo::halted).count()).isBetween(1L, 40L);
    }

    @Test
    void shouldGiveTheSameUniverseAndTradesForTheSameSeed() {
        MutableClock clockA = new MutableClock(WEDNESDAY_MORNING);
        MutableClock clockB = new MutableClock(WEDNESDAY_MORNING);
        MarketModel a = model(7, 300, TradingCalendar.alwaysOpen(), clockA);
        MarketModel b = model(7, 300, TradingCalendar.alwaysOpen(), clockB);
        MarketModel other = model(8, 300, TradingCalendar.alwaysOpen(), new MutableClock(WEDNESDAY_MORNING));

        assertThat(a.symbols()).isEqualTo(b.symbols());
        assertThat(other.symbols()).isNotEqualTo(a.symbols());
        a.watch("005930");
        b.watch("005930");
        for (int step = 0; step < 20; step++) {
            clockA.advance(Duration.ofMillis(250));
            clockB.advance(Duration.ofMillis(250));
            assertThat(a.drainEvents("005930")).usingRecursiveComparison().isEqualTo(b.drainEvents("005930"));
        }
        assertThat(a.quote("005930")).isEqualTo(b.quote("005930"));
        assertThat(a.quote("000660")).isEqualTo(b.quote("000660"));
    }

    @Test
    void shouldProduceTheSameTradesWhateverTheStepSize() {
        MutableClock fine = new MutableClock(WEDNESDAY_MORNING);
        MutableClock coarse = new MutableClock(WEDNESDAY_MORNING);
        MarketModel stepped = model(3, 50, TradingCalendar.alwaysOpen(), fine);
        MarketModel jumped = model(3, 50, TradingCalendar.alwaysOpen(), coarse);
        stepped.watch("000660");
        jumped.watch("000660");

        List<MarketEvent> steppedEvents = new ArrayList<>();
        for (int step = 0; step < 40; step++) {
            fine.advance(Duration.ofMillis(50));
            steppedEvents.addAll(stepped.drainEvents("000660"));
        }
        coarse.advance(Duration.ofMillis(2_000));
        List<MarketEvent> jumpedEvents = jumped.drainEvents("000660");

        assertThat(steppedEvents).isNotEmpty();
        assertThat(steppedEvents).usingRecursiveComparison().isEqualTo(jumpedEvents);
    }

    @Test
    void shouldKeepTheBookOneTickWideInsideThePriceLimitsAndTheDayConsistent() {
        MutableClock clock = new MutableClock(WEDNESDAY_MORNING);
        MarketModel model = model(42, 500, TradingCalendar.alwaysOpen(), clock);
        List<String> codes =
                model.symbols().stream().map(SymbolInfo::code).limit(200).toList();
        for (int round = 0; round < 3; round++) {
            clock.advance(Duration.ofMinutes(7));
            for (String code : codes) {
                QuoteSnapshot quote = model.quote(code);
                assertThat(quote.askPrice()).as(code).isEqualTo(KrxTickGrid.up(quote.bidPrice()));
                assertThat(quote.bidPrice()).isGreaterThanOrEqualTo(quote.lowerLimit());
                assertThat(quote.askPrice()).isLessThanOrEqualTo(quote.upperLimit());
                assertThat(quote.upperLimit()).isEqualTo(KrxTickGrid.upperLimit(quote.basePrice()));
                assertThat(quote.lowerLimit()).isEqualTo(KrxTickGrid.lowerLimit(quote.basePrice()));
                assertThat(KrxTickGrid.isOnGrid(quote.lastPrice())).isTrue();
                if (quote.hasTraded()) {
                    assertThat(quote.lowPrice()).isLessThanOrEqualTo(quote.lastPrice());
                    assertThat(quote.highPrice()).isGreaterThanOrEqualTo(quote.lastPrice());
                    assertThat(quote.openPrice()).isBetween(quote.lowPrice(), quote.highPrice());
                    assertThat(quote.averagePrice()).isBetween((double) quote.lowPrice() - 1, quote.highPrice() + 1.0);
                    assertThat(quote.buyVolume() + quote.sellVolume()).isEqualTo(quote.cumulativeVolume());
                }
                OrderBookSnapshot book = model.orderBook(code);
                assertThat(book.askPrice(1)).isEqualTo(quote.askPrice());
                assertThat(book.askPrice(2)).isIn(0L, KrxTickGrid.up(book.askPrice(1)));
            }
        }
    }

    @Test
    void shouldTradeManyTimesMoreInTheBusiestListingsThanInTheMedianOne() {
        MutableClock clock = new MutableClock(WEDNESDAY_MORNING);
        MarketModel model = model(42, 2_500, TradingCalendar.alwaysOpen(), clock);
        List<Long> volumes = new ArrayList<>();
        for (SymbolInfo info : model.symbols()) {
            QuoteSnapshot quote = model.quote(info.code());
            volumes.add(quote.buyTrades() + quote.sellTrades());
        }
        volumes.sort(null);

        long median = volumes.get(volumes.size() / 2);
        long top = volumes.get(volumes.size() - 10);
        assertThat(top).isGreaterThan(Math.max(1, median) * 20);
    }

    @Test
    void shouldNeverTradeAHaltedListing() {
        MutableClock clock = new MutableClock(WEDNESDAY_MORNING);
        MarketModel model = model(42, 2_500, TradingCalendar.alwaysOpen(), clock);
        SymbolInfo halted =
                model.symbols().stream().filter(SymbolInfo::halted).findFirst().orElseThrow();
        model.watch(halted.code());
        clock.advance(Duration.ofMinutes(30));

        assertThat(model.drainEvents(halted.code())).isEmpty();
        QuoteSnapshot quote = model.quote(halted.code());
        assertThat(quote.halted()).isTrue();
        assertThat(quote.cumulativeVolume()).isZero();
        assertThat(quote.lastPrice()).isEqualTo(halted.previousClose());
        assertThat(model.forceTrade(halted.code())).isEmpty();
    }

    @Test
    void shouldNotTradeOutsideExchangeHours() {
        Instant saturdayNoon =
                LocalDateTime.of(2026, 7, 25, 12, 0).atZone(KoreanTime.ZONE).toInstant();
        MutableClock clock = new MutableClock(saturdayNoon);
        MarketModel model = model(42, 100, TradingCalendar.exchangeHours(), clock);
        QuoteSnapshot before = model.quote("005930");
        model.watch("005930");
        clock.advance(Duration.ofHours(2));

        assertThat(model.drainEvents("005930")).isEmpty();
        QuoteSnapshot after = model.quote("005930");
        assertThat(after.cumulativeVolume()).isEqualTo(before.cumulativeVolume());
        assertThat(after.businessDate()).isEqualTo(java.time.LocalDate.of(2026, 7, 24));
        assertThat(after.cumulativeVolume()).as("Friday traded").isPositive();
    }

    @Test
    void shouldStartANewBusinessDayWithYesterdaysCloseAsBasePrice() {
        Instant friday1500 =
                LocalDateTime.of(2026, 7, 24, 15, 0).atZone(KoreanTime.ZONE).toInstant();
        MutableClock clock = new MutableClock(friday1500);
        MarketModel model = model(42, 100, TradingCalendar.exchangeHours(), clock);
        clock.advance(Duration.ofMinutes(40));
        QuoteSnapshot fridayClose = model.quote("005930");
        clock.set(LocalDateTime.of(2026, 7, 27, 9, 5).atZone(KoreanTime.ZONE).toInstant());
        QuoteSnapshot monday = model.quote("005930");

        assertThat(monday.businessDate()).isEqualTo(java.time.LocalDate.of(2026, 7, 27));
        assertThat(monday.basePrice()).isEqualTo(fridayClose.lastPrice());
        assertThat(monday.previousVolume()).isEqualTo(fridayClose.cumulativeVolume());
        assertThat(monday.cumulativeVolume()).isLessThan(fridayClose.cumulativeVolume());
    }

    @Test
    void shouldBeBusierAtTheOpenThanAtMidday() {
        assertThat(IntradayProfile.multiplier(0.0)).isGreaterThan(3 * IntradayProfile.multiplier(0.5));
        assertThat(IntradayProfile.multiplier(1.0)).isGreaterThan(IntradayProfile.multiplier(0.5));
        assertThat(IntradayProfile.cumulativeShare(1.0)).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void shouldRefuseAnUnknownSymbol() {
        MarketModel model = model(42, 10, TradingCalendar.alwaysOpen(), new MutableClock(WEDNESDAY_MORNING));

        assertThat(model.contains("999999")).isFalse();
        assertThatThrownBy(() -> model.quote("999999")).isInstanceOf(UnknownSymbolException.class);
        assertThat(model.drainEvents("999999")).isEmpty();
        Set<String> codes = new HashSet<>();
        model.symbols().forEach(info -> codes.add(info.code()));
        assertThat(codes).hasSize(10).contains("005930", "000660", "035720");
    }
}
