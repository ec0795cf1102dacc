package io.stockobserver.sandbox.market;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class KrxTickGridTest {

    @ParameterizedTest(name = "tick at {0} is {1}")
    @CsvSource({
        "1, 1",
        "1999, 1",
        "2000, 5",
        "4995, 5",
        "5000, 10",
        "19990, 10",
        "20000, 50",
        "49950, 50",
        "50000, 100",
        "199900, 100",
        "200000, 500",
        "499500, 500",
        "500000, 1000",
        "900000, 1000"
    })
    void shouldUseTheKrxTickSizeOfEachPriceBand(long price, long tick) {
        assertThat(KrxTickGrid.tickSize(price)).isEqualTo(tick);
        assertThat(MarketModel.tickSize(price)).isEqualTo(tick);
    }

    @Test
    void shouldStepAcrossBandBoundariesOnTheGrid() {
        assertThat(KrxTickGrid.up(1_999)).isEqualTo(2_000);
        assertThat(KrxTickGrid.up(2_000)).isEqualTo(2_005);
        assertThat(KrxTickGrid.down(2_000)).isEqualTo(1_999);
        assertThat(KrxTickGrid.down(5_000)).isEqualTo(4_995);
        assertThat(KrxTickGrid.down(500_000)).isEqualTo(499_500);
        assertThat(KrxTickGrid.up(499_500)).isEqualTo(500_000);
    }

    @Test
    void shouldFloorAndCeilOntoTheGrid() {
        assertThat(KrxTickGrid.floor(2_003)).isEqualTo(2_000);
        assertThat(KrxTickGrid.ceil(2_003)).isEqualTo(2_005);
        assertThat(KrxTickGrid.floor(65_850)).isEqualTo(65_800);
        assertThat(KrxTickGrid.ceil(65_800)).isEqualTo(65_800);
        assertThat(KrxTickGrid.isOnGrid(65_800)).isTrue();
        assertThat(KrxTickGrid.isOnGrid(65_850)).isFalse();
    }

    @Test
    void shouldPlaceThePriceLimitsThirtyPercentAroundTheBaseOnTheGrid() {
        for (long base = 1_000; base < 1_000_000; base = KrxTickGrid.up(base) + base / 7) {
            long onGrid = KrxTickGrid.floor(base);
            long upper = KrxTickGrid.upperLimit(onGrid);
            long lower = KrxTickGrid.lowerLimit(onGrid);
            assertThat(KrxTickGrid.isOnGrid(upper)).as("upper of %d", onGrid).isTrue();
            assertThat(KrxTickGrid.isOnGrid(lower)).as("lower of %d", onGrid).isTrue();
            assertThat(upper).isLessThanOrEqualTo(onGrid * 13 / 10).isGreaterThan(onGrid * 13 / 10 - 1_000);
            assertThat(lower * 10).isGreaterThanOrEqualTo(onGrid * 7);
        }
        assertThat(KrxTickGrid.upperLimit(66_000)).isEqualTo(85_800);
        assertThat(KrxTickGrid.lowerLimit(66_000)).isEqualTo(46_200);
    }
}
