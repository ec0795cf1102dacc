package io.stockobserver.sandbox.upbit.market;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UpbitTickGridTest {

    private static long units(String price) {
        return new java.math.BigDecimal(price).movePointRight(8).longValueExact();
    }

    @Test
    void shouldUseTheKrwTableFromAThousandWonAtTheTopToASatoshiAtTheBottom() {
        assertThat(UpbitTickGrid.tickSize(QuoteCurrency.KRW, 140_000_000).toPlainString())
                .isEqualTo("1000");
        assertThat(UpbitTickGrid.tickSize(QuoteCurrency.KRW, 1_500_000).toPlainString())
                .isEqualTo("500");
        assertThat(UpbitTickGrid.tickSize(QuoteCurrency.KRW, 250_000).toPlainString())
                .isEqualTo("50");
        assertThat(UpbitTickGrid.tickSize(QuoteCurrency.KRW, 3_100).toPlainString())
                .isEqualTo("1");
        assertThat(UpbitTickGrid.tickSize(QuoteCurrency.KRW, 420).toPlainString())
                .isEqualTo("0.1");
        assertThat(UpbitTickGrid.tickSize(QuoteCurrency.KRW, 0.021).toPlainString())
                .isEqualTo("0.00001");
        assertThat(UpbitTickGrid.tickSize(QuoteCurrency.KRW, 0.00005).toPlainString())
                .isEqualTo("0.00000001");
    }

    @Test
    void shouldUseOneSatoshiInBtcMarketsAndTheUsdtTable() {
        assertThat(UpbitTickGrid.tickSize(QuoteCurrency.BTC, 0.037).toPlainString())
                .isEqualTo("0.00000001");
        assertThat(UpbitTickGrid.tickSize(QuoteCurrency.USDT, 98_000).toPlainString())
                .isEqualTo("0.01");
        assertThat(UpbitTickGrid.tickSize(QuoteCurrency.USDT, 2.5).toPlainString())
                .isEqualTo("0.001");
        assertThat(UpbitTickGrid.tickSize(QuoteCurrency.USDT, 0.5).toPlainString())
                .isEqualTo("0.0001");
    }

    @Test
    void shouldStepAcrossABracketBoundaryOnBothGrids() {
        long below = units("999.9");
        long boundary = units("1000");

        assertThat(UpbitTickGrid.up(QuoteCurrency.KRW, below)).isEqualTo(boundary);
        assertThat(UpbitTickGrid.up(QuoteCurrency.KRW, boundary)).isEqualTo(units("1001"));
        assertThat(UpbitTickGrid.down(QuoteCurrency.KRW, boundary)).isEqualTo(below);
        assertThat(UpbitTickGrid.step(QuoteCurrency.KRW, units("999.8"), 3)).isEqualTo(units("1001"));
        assertThat(UpbitTickGrid.step(QuoteCurrency.KRW, units("1001"), -3)).isEqualTo(units("999.8"));
        assertThat(UpbitTickGrid.step(QuoteCurrency.KRW, units("5000"), 7)).isEqualTo(units("5007"));
    }

    @Test
    void shouldRoundAPriceOffTheGridDown() {
        assertThat(UpbitTickGrid.floor(QuoteCurrency.KRW, units("143618765"))).isEqualTo(units("143618000"));
        assertThat(UpbitTickGrid.floor(QuoteCurrency.KRW, units("420.07"))).isEqualTo(units("420"));
        assertThat(UpbitTickGrid.floor(QuoteCurrency.KRW, 0)).isEqualTo(1);
    }
}
