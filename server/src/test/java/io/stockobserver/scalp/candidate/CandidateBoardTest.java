package io.stockobserver.scalp.candidate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.stockobserver.scalp.trigger.CandidateMetrics;
import io.stockobserver.scalp.trigger.TriggerEngine;
import io.stockobserver.scalp.trigger.TriggerScore;
import io.stockobserver.scalp.trigger.TriggerThresholds;
import io.stockobserver.scalp.trigger.TriggerType;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CandidateBoardTest {
    static final ZoneId KST = ZoneId.of("Asia/Seoul");
    static final Instant T0 = Instant.parse("2026-07-22T01:00:00Z"); // 10:00 KST
    static final ActivitySettings SETTINGS = new ActivitySettings(
            Duration.ofMinutes(5), Duration.ofSeconds(10), Duration.ofMinutes(390), Duration.ofMinutes(15));

    CandidateBoard board = new CandidateBoard(SETTINGS, KST, s -> !s.equals("999999"));

    /** Observes {@code symbol} every {@code stepSeconds} from T0 for {@code seconds} at {@code perSecond} shares/s. */
    long feed(String symbol, long fromSecond, long seconds, long stepSeconds, long perSecond, long startVolume) {
        long volume = startVolume;
        for (long s = fromSecond; s <= fromSecond + seconds; s += stepSeconds) {
            board.observe(symbol, T0.plusSeconds(s), volume, 10_000, 0.5, -1);
            volume += perSecond * stepSeconds;
        }
        return volume - perSecond * stepSeconds;
    }

    CandidateMetrics metrics(String symbol, Instant now) {
        return board.metrics(now, Set.of()).stream()
                .filter(m -> m.symbol().equals(symbol))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void shouldCompareTheRecentWindowsVolumeWithTheDaysOwnRateBeforeIt() {
        long v = feed("005930", 0, 1200, 60, 100, 50_000); // 20 min at 100 shares/s
        feed("005930", 1260, 300, 60, 800, v + 100 * 60); // then 5 min at 800 shares/s
        CandidateMetrics m = metrics("005930", T0.plusSeconds(1560));
        assertThat(m.baselineVolume()).isCloseTo(100 * 300, within(2_000.0));
        assertThat(m.recentVolume()).isCloseTo(800 * 300, within(30_000.0));
        TriggerScore s =
                new TriggerEngine(TriggerThresholds.defaults()).evaluate(m).orElseThrow();
        assertThat(s.trigger()).isEqualTo(TriggerType.VOLUME_SURGE);
        assertThat(s.score()).isGreaterThan(0.5);
    }

    @Test
    void shouldStayQuietForASymbolTradingAtItsUsualRate() {
        feed("000660", 0, 1800, 60, 200, 10_000);
        CandidateMetrics m = metrics("000660", T0.plusSeconds(1800));
        assertThat(m.recentVolume() / m.baselineVolume()).isCloseTo(1.0, within(0.05));
        assertThat(new TriggerEngine(TriggerThresholds.defaults()).evaluate(m)).isEmpty();
    }

    @Test
    void shouldUseThePreviousDaysVolumeUntilTodaysBaselineIsAWindowLong() {
        board.previousDayVolume("035720", 390 * 60 * 50L); // 50 shares/s over the 390-minute session
        feed("035720", 0, 300, 30, 500, 1_000);
        CandidateMetrics m = metrics("035720", T0.plusSeconds(300));
        assertThat(m.baselineVolume()).isCloseTo(50 * 300, within(1.0));
        assertThat(m.recentVolume()).isCloseTo(500 * 300, within(1.0));
    }

    @Test
    void shouldNotFireBeforeTheRecentWindowIsHalfCoveredOrWithoutAnyBaseline() {
        feed("005380", 0, 60, 10, 1_000, 0);
        CandidateMetrics m = metrics("005380", T0.plusSeconds(60));
        assertThat(m.recentVolume()).isZero(); // 60 s observed of a 300 s window
        assertThat(m.baselineVolume()).isZero();
    }

    @Test
    void shouldMeasureTradeVelocityFromTheVenuesCumulativeTradeCount() {
        long trades = 0;
        long volume = 0;
        for (int s = 0; s <= 1500; s += 10) {
            int perTenSeconds = s <= 1200 ? 10 : 80; // 1 trade/s, then 8 trades/s
            trades += perTenSeconds;
            volume += perTenSeconds * 10L;
            board.observe("051910", T0.plusSeconds(s), volume, 50_000, 1.0, trades);
        }
        CandidateMetrics m = metrics("051910", T0.plusSeconds(1500));
        assertThat(m.baselineTradesPerMinute()).isCloseTo(60, within(3.0));
        assertThat(m.recentTradesPerMinute()).isCloseTo(480, within(25.0));
    }

    @Test
    void shouldSeeAVolatilitySpikeAgainstTheCalmerPartOfTheDay() {
        double price = 10_000;
        for (int s = 0; s <= 1500; s += 10) {
            double step = s <= 1200 ? 0.001 : 0.01; // ±0.1 % per 10 s, then ±1 %
            price *= (s / 10) % 2 == 0 ? 1 + step : 1 - step;
            board.observe("068270", T0.plusSeconds(s), s * 10L, price, 0.0, -1);
        }
        CandidateMetrics m = metrics("068270", T0.plusSeconds(1500));
        assertThat(m.recentVolatility() / m.baselineVolatility()).isCloseTo(10, within(1.0));
    }

    @Test
    void shouldForgetYesterdayAndIgnoreSymbolsOutsideTheUniverseAndStaleOnes() {
        feed("005930", 0, 1200, 60, 100, 0);
        board.observe("999999", T0, 100, 1_000, 0, -1);
        assertThat(board.symbolsTracked()).isEqualTo(1);
        Instant nextDay = T0.plus(Duration.ofDays(1));
        board.observe("000660", nextDay, 5, 1_000, 0, -1);
        assertThat(board.symbolsTracked()).isEqualTo(1); // 005930's counters of yesterday are gone
        List<CandidateMetrics> all = board.metrics(nextDay.plus(Duration.ofMinutes(16)), Set.of("005930"));
        assertThat(all).extracting(CandidateMetrics::symbol).containsExactly("005930"); // only the pin, stale dropped
        assertThat(all.get(0).pinned()).isTrue();
    }

    @Test
    void shouldIgnoreAnswersThatArriveLateOrRunACumulativeCounterBackwards() {
        board.observe("005930", T0.plusSeconds(100), 1_000, 10_000, 0, -1);
        board.observe("005930", T0.plusSeconds(50), 500, 10_000, 0, -1);
        board.observe("005930", T0.plusSeconds(200), 900, 10_000, 0, -1);
        assertThat(board.observations()).isEqualTo(1);
    }
}
