package io.stockobserver.sandbox.upbit.wire;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class UpbitDecimalsTest {
    @Test
    void shouldWriteAmountsWithAtMostEightDecimalsAndRatesWithAtMostTen() {
        assertThat(UpbitDecimals.amount(16202768.499307042)).isEqualTo(new BigDecimal("16202768.49930704"));
        assertThat(UpbitDecimals.amount(100.0)).isEqualTo(new BigDecimal("100"));
        assertThat(UpbitDecimals.amount(0.001850961)).isEqualTo(new BigDecimal("0.00185096"));
        assertThat(UpbitDecimals.rate(0.021183432012345)).isEqualTo(new BigDecimal("0.021183432"));
        assertThat(UpbitDecimals.rate(-0.5)).isEqualTo(new BigDecimal("-0.5"));
    }
}
