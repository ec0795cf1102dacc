package io.stockobserver.scalp.candidate;

import static org.assertj.core.api.Assertions.assertThat;

import io.stockobserver.scalp.trigger.CandidateMetrics;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Yesterday's volumes come from the last Track A hour file of the latest earlier day, the last cycle winning. */
class PreviousDayVolumesTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 7, 24);
    private static final ZoneId KST = ZoneId.of("Asia/Seoul");
    private static final Instant KIS_COUNTERS_RESET = TODAY.atStartOfDay(KST).toInstant();

    @TempDir
    Path dir;

    private void write(String day, String hour, String... lines) throws Exception {
        Path d = Files.createDirectories(dir.resolve(day));
        Files.write(d.resolve(hour + "_00.jsonl"), List.of(lines), StandardCharsets.UTF_8);
    }

    @Test
    void shouldTakeTheLastCycleOfTheLatestEarlierDayAndIgnoreToday() throws Exception {
        write("20260722", "15", "{\"symbol\":\"005930\",\"volume\":1}");
        write("20260723", "14", "{\"symbol\":\"005930\",\"volume\":2}");
        write(
                "20260723",
                "15",
                "{\"symbol\":\"005930\",\"volume\":3}",
                "{\"symbol\":\"000660\",\"volume\":7}",
                "{\"symbol\":\"005930\",\"volume\":4}",
                "{torn",
                "{\"symbol\":\"035720\",\"volume\":-5}",
                "{\"symbol\":\"035420\",\"volume\":\"lots\"}");
        write("20260724", "10", "{\"symbol\":\"005930\",\"volume\":99}");

        assertThat(PreviousDayVolumes.read(dir, KST, KIS_COUNTERS_RESET))
                .containsOnlyKeys("005930", "000660")
                .containsEntry("005930", 4.0)
                .containsEntry("000660", 7.0);
    }

    @Test
    void shouldTakeTheLastHourBeforeMidnightUtcForAVenueWhoseCountersCountTheUtcDay() throws Exception {
        write("20260723", "23", "{\"symbol\":\"KRW-BTC\",\"volume\":1.5}");
        write("20260724", "08", "{\"symbol\":\"KRW-BTC\",\"volume\":2345.678}");
        write("20260724", "09", "{\"symbol\":\"KRW-BTC\",\"volume\":0.25}");

        Instant midnightUtc = TODAY.atStartOfDay(java.time.ZoneOffset.UTC).toInstant(); // 09:00 KST

        assertThat(PreviousDayVolumes.read(dir, KST, midnightUtc)).containsOnly(Map.entry("KRW-BTC", 2345.678));
    }

    @Test
    void shouldAnswerNothingWithoutAnEarlierDay() throws Exception {
        assertThat(PreviousDayVolumes.read(dir.resolve("absent"), KST, KIS_COUNTERS_RESET))
                .isEmpty();
        write("20260724", "10", "{\"symbol\":\"005930\",\"volume\":99}");
        assertThat(PreviousDayVolumes.read(dir, KST, KIS_COUNTERS_RESET)).isEmpty();
    }

    @Test
    void shouldGiveASymbolSeededBeforeItIsSeenAPreviousDayBaselineFromItsFirstMinutes() {
        ZoneId kst = KST;
        CandidateBoard board = new CandidateBoard(ActivitySettings.defaults(), kst, s -> true);
        board.previousDayVolume("005930", 1_000_000); // before the universe or any trade is known
        Instant nine = TODAY.atTime(9, 0).atZone(kst).toInstant();
        for (String symbol : new String[] {"005930", "000660"}) {
            board.observe(symbol, nine, 10, 70_000, 0.1, -1);
            board.observe(symbol, nine.plusSeconds(60), 20, 70_000, 0.1, -1);
        }
        Map<String, CandidateMetrics> m = new HashMap<>();
        board.metrics(nine.plusSeconds(60), Set.of()).forEach(x -> m.put(x.symbol(), x));
        assertThat(m.get("005930").baselineVolume()).isPositive();
        assertThat(m.get("000660").baselineVolume()).isZero(); // unknown: its ratio does not fire
    }
}
