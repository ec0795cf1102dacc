package io.stockobserver.sandbox.market;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.stockobserver.sandbox.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class MarketSurgeTest {

    /** A Wednesday at the KRX open. */
    private static final Instant OPEN =
            LocalDateTime.of(2026, 7, 22, 9, 0).atZone(KoreanTime.ZONE).toInstant();

    private static final String BUSY = "005930";
    private static final String OTHER = "000660";
    private static final Duration STEP = Duration.ofMillis(500);

    private final MutableClock surgedClock = new MutableClock(OPEN.plusSeconds(10));
    private final MutableClock plainClock = new MutableClock(OPEN.plusSeconds(10));
    private final MarketModel surged = model(surgedClock);
    private final MarketModel plain = model(plainClock);

    private static MarketModel model(MutableClock clock) {
        return MarketModel.create(new MarketModelSettings(42, 40, TradingCalendar.exchangeHours(), 1.0, clock));
    }

    /** Moves both clocks to {@code OPEN + seconds} in short steps (exact simulation), quoting both listings. */
    private void runUntil(long seconds) {
        Instant target = OPEN.plusSeconds(seconds);
        while (surgedClock.instant().isBefore(target)) {
            surgedClock.advance(STEP);
            plainClock.advance(STEP);
            for (String code : new String[] {BUSY, OTHER}) {
                surged.quote(code);
                plain.quote(code);
            }
        }
    }

    private static long trades(QuoteSnapshot quote) {
        return quote.buyTrades() + quote.sellTrades();
    }

    @Test
    void shouldLeaveTheMarketExactlyAsWithoutSurgesUntilTheSurgeStarts() {
        Surge surge = surged.scheduleSurge(BUSY, SurgeKind.VELOCITY, 10, OPEN.plusSeconds(60), Duration.ofMinutes(1));

        runUntil(59);

        assertThat(surged.quote(BUSY)).isEqualTo(plain.quote(BUSY));
        assertThat(surged.quote(OTHER)).isEqualTo(plain.quote(OTHER));
        assertThat(surge.state(surgedClock.instant())).isEqualTo(SurgeState.SCHEDULED);
    }

    @Test
    void shouldMultiplyTheTradeRateOfItsListingOnlyWhileAVelocitySurgeLasts() {
        surged.scheduleSurge(BUSY, SurgeKind.VELOCITY, 10, OPEN.plusSeconds(20), Duration.ofSeconds(60));
        runUntil(20);
        long surgedBefore = trades(surged.quote(BUSY));
        long plainBefore = trades(plain.quote(BUSY));

        runUntil(80);
        long surgedDuring = trades(surged.quote(BUSY)) - surgedBefore;
        long plainDuring = trades(plain.quote(BUSY)) - plainBefore;
        runUntil(140);
        long surgedAfter = trades(surged.quote(BUSY)) - surgedBefore - surgedDuring;
        long plainAfter = trades(plain.quote(BUSY)) - plainBefore - plainDuring;

        assertThat(surgedDuring).isGreaterThan(6 * plainDuring);
        assertThat((double) surgedAfter).isBetween(0.7 * plainAfter, 1.4 * plainAfter);
        assertThat(trades(surged.quote(OTHER))).isEqualTo(trades(plain.quote(OTHER)));
        assertThat(surged.surges().get(0).state(surgedClock.instant())).isEqualTo(SurgeState.ENDED);
    }

    @Test
    void shouldMultiplyTradeSizesDuringAVolumeSurge() {
        surged.scheduleSurge(BUSY, SurgeKind.VOLUME, 20, OPEN.plusSeconds(20), Duration.ofSeconds(60));
        runUntil(20);
        QuoteSnapshot surgedStart = surged.quote(BUSY);
        QuoteSnapshot plainStart = plain.quote(BUSY);

        runUntil(80);

        double surgedSize = (surged.quote(BUSY).cumulativeVolume() - surgedStart.cumulativeVolume())
                / (double) (trades(surged.quote(BUSY)) - trades(surgedStart));
        double plainSize = (plain.quote(BUSY).cumulativeVolume() - plainStart.cumulativeVolume())
                / (double) (trades(plain.quote(BUSY)) - trades(plainStart));
        assertThat(surgedSize).isGreaterThan(10 * plainSize);
    }

    @Test
    void shouldWidenPriceMovesDuringAVolatilitySurge() {
        surged.scheduleSurge(BUSY, SurgeKind.VOLATILITY, 20, OPEN.plusSeconds(10), Duration.ofSeconds(120));

        runUntil(130);

        QuoteSnapshot calm = plain.quote(BUSY);
        QuoteSnapshot wild = surged.quote(BUSY);
        long calmRange = Math.max(calm.highPrice() - calm.lowPrice(), calm.tickSize());
        assertThat(wild.highPrice() - wild.lowPrice()).isGreaterThan(4 * calmRange);
    }

    @Test
    void shouldStopActingOnceTheSurgesAreCleared() {
        surged.scheduleSurge(BUSY, SurgeKind.VELOCITY, 10, OPEN.plusSeconds(10), Duration.ofMinutes(10));
        runUntil(20);
        surged.clearSurges();
        long surgedBefore = trades(surged.quote(BUSY));
        long plainBefore = trades(plain.quote(BUSY));

        runUntil(80);

        assertThat(surged.surges()).isEmpty();
        double surgedCount = trades(surged.quote(BUSY)) - surgedBefore;
        double plainCount = trades(plain.quote(BUSY)) - plainBefore;
        assertThat(surgedCount).isBetween(0.7 * plainCount, 1.4 * plainCount);
    }

    @Test
    void shouldMoveAStartInThePastToNowAndNumberSurgesInOrder() {
        Instant now = surgedClock.instant();
        Surge late = surged.scheduleSurge(BUSY, SurgeKind.VOLUME, 3, now.minusSeconds(30), Duration.ofSeconds(90));
        Surge next = surged.scheduleSurge(OTHER, SurgeKind.VOLATILITY, 0.5, now.plusSeconds(5), Duration.ofSeconds(5));

        assertThat(late.start()).isEqualTo(now);
        assertThat(late.end()).isEqualTo(now.plusSeconds(60));
        assertThat(late.state(now)).isEqualTo(SurgeState.ACTIVE);
        assertThat(next.id()).isEqualTo(late.id() + 1);
        assertThat(surged.surges()).containsExactly(late, next);
    }

    @Test
    void shouldRefuseSurgesOfUnknownListingsOrOutOfRangeValues() {
        Instant now = surgedClock.instant();
        Duration minute = Duration.ofMinutes(1);

        assertThatThrownBy(() -> surged.scheduleSurge("999999", SurgeKind.VOLUME, 2, now, minute))
                .isInstanceOf(UnknownSymbolException.class);
        assertThatThrownBy(() -> surged.scheduleSurge(BUSY, SurgeKind.VOLUME, 0, now, minute))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("multiplier");
        assertThatThrownBy(() -> surged.scheduleSurge(BUSY, SurgeKind.VOLUME, 101, now, minute))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> surged.scheduleSurge(BUSY, SurgeKind.VOLUME, 2, now, Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("duration");
        assertThatThrownBy(() -> surged.scheduleSurge(BUSY, SurgeKind.VOLUME, 2, now.minusSeconds(120), minute))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("ended");
        assertThat(surged.surges()).isEmpty();
    }
}
