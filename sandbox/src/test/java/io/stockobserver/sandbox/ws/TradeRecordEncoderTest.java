package io.stockobserver.sandbox.ws;

import static org.assertj.core.api.Assertions.assertThat;

import io.stockobserver.sandbox.market.KoreanTime;
import io.stockobserver.sandbox.market.QuoteSnapshot;
import io.stockobserver.sandbox.market.Side;
import io.stockobserver.sandbox.market.TradeEvent;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class TradeRecordEncoderTest {

    private static Instant kst(int hour, int minute, int second) {
        return LocalDateTime.of(2026, 7, 24, hour, minute, second)
                .atZone(KoreanTime.ZONE)
                .toInstant();
    }

    /** The state of the third-party 2026-07-24 capture in vectors/constructed/h0stcnt0_count002.txt. */
    private static QuoteSnapshot captured() {
        return new QuoteSnapshot(
                "005930",
                kst(11, 52, 14),
                LocalDate.of(2026, 7, 24),
                270_000,
                351_000,
                189_000,
                250_500,
                266_000,
                266_500,
                248_500,
                kst(9, 0, 25),
                kst(9, 0, 25),
                kst(11, 48, 25),
                250_500,
                250_000,
                8_930,
                67_892,
                101_158,
                466_092,
                11_701_513,
                3_013_709_268_750L,
                2,
                Side.BUY,
                103_131,
                113_664,
                4_313_943,
                7_129_195,
                16_012_000,
                8_331_745,
                271_000,
                265_000,
                5_919_637_922L,
                false);
    }

    /**
     * Every field but one matches the capture; WGHN_AVRG_STCK_PRC is turnover ÷ volume (257548.68) where the capture
     * shows 257548.62, a difference KIS's own rounding of the cumulative turnover explains.
     */
    @Test
    void shouldWriteTheFortySixFieldsOfTheCapturedLayout() {
        String record = new TradeRecordEncoder().encode(new TradeEvent(captured()));
        String[] f = record.split("\\^", -1);

        assertThat(f).hasSize(46);
        assertThat(List.of(f).subList(0, 15))
                .containsExactly(
                        "005930",
                        "115214",
                        "250500",
                        "5",
                        "-19500",
                        "-7.22",
                        "257548.68",
                        "266000",
                        "266500",
                        "248500",
                        "250500",
                        "250000",
                        "2",
                        "11701513",
                        "3013709268750");
        assertThat(List.of(f).subList(15, 24))
                .containsExactly("113664", "103131", "-10533", "60.51", "7129195", "4313943", "1", "0.37", "73.08");
        assertThat(List.of(f).subList(24, 33))
                .containsExactly("090025", "5", "-15500", "090025", "5", "-16000", "114825", "2", "2000");
        assertThat(List.of(f).subList(33, 46))
                .containsExactly(
                        "20260724",
                        "20",
                        "N",
                        "8930",
                        "67892",
                        "101158",
                        "466092",
                        "0.20",
                        "8331745",
                        "140.44",
                        "0",
                        "",
                        "266000");
    }

    @Test
    void shouldFrameRecordsWithAThreeDigitCount() {
        assertThat(Frames.frame("H0STCNT0", List.of("a^b", "c^d"))).isEqualTo("0|H0STCNT0|002|a^b^c^d");
        List<Frames.Frame> frames = Frames.frames("H0STCNT0", List.of("1", "2", "3", "4", "5"), 2);
        assertThat(frames)
                .extracting(Frames.Frame::text)
                .containsExactly("0|H0STCNT0|002|1^2", "0|H0STCNT0|002|3^4", "0|H0STCNT0|001|5");
        assertThat(frames).extracting(Frames.Frame::records).containsExactly(2, 2, 1);
    }
}
