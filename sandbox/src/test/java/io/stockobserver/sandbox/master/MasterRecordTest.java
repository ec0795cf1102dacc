package io.stockobserver.sandbox.master;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class MasterRecordTest {

    @Test
    void shouldComputeTheStandardCodesOfRealListings() {
        assertThat(StandardCode.of("005930")).isEqualTo("KR7005930003");
        assertThat(StandardCode.of("000660")).isEqualTo("KR7000660001");
        assertThat(StandardCode.of("035720")).isEqualTo("KR7035720002");
        assertThat(StandardCode.of("247540")).isEqualTo("KR7247540008");
        assertThat(StandardCode.of("069500")).isEqualTo("KR7069500007");
    }

    @Test
    void shouldWriteNumbersZeroPaddedWithTheSignInFront() {
        assertThat(FixedWidth.digits(71_500, 9)).isEqualTo("000071500");
        assertThat(FixedWidth.digits(-2, 9)).isEqualTo("-00000002");
        assertThat(FixedWidth.twoDecimals(31.394, 9)).isEqualTo("000031.39");
        assertThat(FixedWidth.twoDecimals(-3.5, 9)).isEqualTo("-00003.50");
        assertThatThrownBy(() -> FixedWidth.digits(1_000, 3)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shouldPadTheNameToFortyCp949Bytes() {
        String padded = MasterRecordEncoder.paddedName("삼성전자");

        assertThat(padded.getBytes(MasterRecordEncoder.CP949)).hasSize(40);
        assertThat(padded).startsWith("삼성전자").hasSize(4 + 32);
        assertThat(MasterRecordEncoder.paddedName("가".repeat(25)).getBytes(MasterRecordEncoder.CP949))
                .hasSize(40);
    }

    @Test
    void shouldPublishTheWidthsOfTheOfficialParsers() {
        assertThat(MasterLayout.KOSPI.tailLength()).isEqualTo(227);
        assertThat(MasterLayout.KOSPI.fieldNames()).hasSize(70);
        assertThat(MasterLayout.KOSDAQ.tailLength()).isEqualTo(221);
        assertThat(MasterLayout.KOSDAQ.fieldNames()).hasSize(64);
    }
}
