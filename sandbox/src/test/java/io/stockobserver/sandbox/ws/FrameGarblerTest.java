package io.stockobserver.sandbox.ws;

import static org.assertj.core.api.Assertions.assertThat;

import io.stockobserver.sandbox.fault.FrameFault;
import org.junit.jupiter.api.Test;

class FrameGarblerTest {

    /** Two records of three fields. */
    private static final String FRAME = "0|H0STCNT0|002|005930^093001^71500^000660^093002^178000";

    @Test
    void shouldWriteNaNInPlaceOfTheCountAndKeepTheRecords() {
        assertThat(FrameGarbler.apply(FrameFault.BAD_COUNT, FRAME))
                .isEqualTo("0|H0STCNT0|NaN|005930^093001^71500^000660^093002^178000");
    }

    @Test
    void shouldDropTheLastFieldAndKeepTheCount() {
        assertThat(FrameGarbler.apply(FrameFault.MISSING_FIELD, FRAME))
                .isEqualTo("0|H0STCNT0|002|005930^093001^71500^000660^093002");
    }

    @Test
    void shouldCutTheFrameHalfwayThroughItsLastRecord() {
        assertThat(FrameGarbler.apply(FrameFault.TRUNCATED, FRAME))
                .isEqualTo("0|H0STCNT0|002|005930^093001^71500^000660^093");
        assertThat(FrameGarbler.apply(FrameFault.TRUNCATED, "0|H0STASP0|001|005930^123456^abcdef"))
                .isEqualTo("0|H0STASP0|001|005930^123");
    }
}
