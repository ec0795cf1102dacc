package io.stockobserver.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ArchiveLayoutTest {

    @TempDir
    Path root;

    private ArchiveLayout layout() {
        return ArchiveLayout.krx(root);
    }

    private static String text(Path relative) {
        return ArchiveLayout.toArchiveString(relative);
    }

    @Test
    void shouldNameSwingFileAfterTheKstDayAndHour() {
        // 00:52:14Z is 09:52:14 KST
        Path file = layout().swingFile("kis", "kr_stocks", Instant.parse("2026-07-24T00:52:14Z"));

        assertThat(text(file)).isEqualTo("swing/kis/kr_stocks/20260724/09_00.jsonl");
    }

    @Test
    void shouldStayOnTheKstDayUntilTheLastMillisecondBeforeFifteenHundredUtc() {
        Instant lastMillisecond = Instant.parse("2026-07-23T14:59:59.999Z");

        assertThat(text(layout().swingFile("kis", "kr_stocks", lastMillisecond)))
                .isEqualTo("swing/kis/kr_stocks/20260723/23_00.jsonl");
        assertThat(text(layout().scalpFile("kis", "kr_stocks", lastMillisecond)))
                .isEqualTo("scalp/kis/kr_stocks/20260723/23_55_00.jsonl");
        assertThat(text(layout().eventsFile("kis", lastMillisecond))).isEqualTo("system/events/kis/20260723.jsonl");
    }

    @Test
    void shouldStartTheNextKstDayAtFifteenHundredUtc() {
        Instant kstMidnight = Instant.parse("2026-07-23T15:00:00Z");

        assertThat(text(layout().swingFile("kis", "kr_stocks", kstMidnight)))
                .isEqualTo("swing/kis/kr_stocks/20260724/00_00.jsonl");
        assertThat(text(layout().scalpFile("kis", "kr_stocks", kstMidnight)))
                .isEqualTo("scalp/kis/kr_stocks/20260724/00_00_00.jsonl");
        assertThat(text(layout().rawFile("kis", kstMidnight))).isEqualTo("raw/kis/20260724/00_00_00.raw");
        assertThat(text(layout().eventsFile("kis", kstMidnight))).isEqualTo("system/events/kis/20260724.jsonl");
        assertThat(text(layout().overflowFile("kis", kstMidnight)))
                .isEqualTo("system/overflow/kis/20260724_overflow.jsonl");
    }

    @Test
    void shouldFloorScalpTimeToTheStartOfItsFiveMinuteSegment() {
        // 00:34:59.999Z is 09:34:59.999 KST, 00:35:00Z is 09:35:00 KST
        assertThat(text(layout().scalpFile("kis", "kr_stocks", Instant.parse("2026-07-24T00:30:00Z"))))
                .isEqualTo("scalp/kis/kr_stocks/20260724/09_30_00.jsonl");
        assertThat(text(layout().scalpFile("kis", "kr_stocks", Instant.parse("2026-07-24T00:34:59.999Z"))))
                .isEqualTo("scalp/kis/kr_stocks/20260724/09_30_00.jsonl");
        assertThat(text(layout().scalpFile("kis", "kr_stocks", Instant.parse("2026-07-24T00:35:00Z"))))
                .isEqualTo("scalp/kis/kr_stocks/20260724/09_35_00.jsonl");
    }

    @Test
    void shouldFloorToAShorterSegmentWhenMitigationAsksForOne() {
        Instant t = Instant.parse("2026-07-24T00:37:42.5Z"); // 09:37:42.5 KST

        assertThat(text(layout().scalpFile("kis", "kr_stocks", t, Duration.ofMinutes(1))))
                .isEqualTo("scalp/kis/kr_stocks/20260724/09_37_00.jsonl");
        assertThat(text(layout().scalpFile("kis", "kr_stocks", t, Duration.ofSeconds(30))))
                .isEqualTo("scalp/kis/kr_stocks/20260724/09_37_30.jsonl");
        assertThat(layout().scalpSegmentStart(t, Duration.ofMinutes(1)))
                .isEqualTo(Instant.parse("2026-07-24T00:37:00Z"));
    }

    @Test
    void shouldNameRawFileAfterItsSegmentStart() {
        Instant t = Instant.parse("2026-07-24T02:52:14.123456Z"); // 11:52:14 KST

        assertThat(text(layout().rawFile("kis", t))).isEqualTo("raw/kis/20260724/11_50_00.raw");
        assertThat(layout().rawSegmentStart(t)).isEqualTo(Instant.parse("2026-07-24T02:50:00Z"));
    }

    @Test
    void shouldUseTheConfiguredRawSegmentLength() {
        ArchiveLayout layout =
                new ArchiveLayout(root, ArchiveLayout.KRX_ZONE, Duration.ofMinutes(5), Duration.ofMinutes(15));

        assertThat(text(layout.rawFile("kis", Instant.parse("2026-07-24T02:52:14Z"))))
                .isEqualTo("raw/kis/20260724/11_45_00.raw");
    }

    @Test
    void shouldPartitionByTheConfiguredMarketZone() {
        ArchiveLayout newYork =
                new ArchiveLayout(root, ZoneId.of("America/New_York"), Duration.ofMinutes(5), Duration.ofMinutes(5));

        assertThat(text(newYork.swingFile("alpaca", "us_stocks", Instant.parse("2026-07-24T03:10:00Z"))))
                .isEqualTo("swing/alpaca/us_stocks/20260723/23_00.jsonl");
    }

    @Test
    void shouldNameTheQuarantineFileAfterTheOriginalPathAndTheMillisecond() {
        Path original = Path.of("scalp", "kis", "kr_stocks", "20260724", "09_30_00.jsonl");

        Path quarantine = layout().quarantineFile(original, Instant.ofEpochMilli(1_784_851_200_123L));

        assertThat(text(quarantine))
                .isEqualTo("quarantine/scalp/kis/kr_stocks/20260724/09_30_00.jsonl.1784851200123.torn");
    }

    @Test
    void shouldPlaceTheHeartbeatUnderSystemState() {
        assertThat(text(layout().heartbeatFile())).isEqualTo("system/state/heartbeat.json");
    }

    @Test
    void shouldResolveRelativePathsUnderTheRoot() {
        Path file = layout().swingFile("kis", "kr_stocks", Instant.parse("2026-07-24T00:52:14Z"));

        assertThat(layout().resolve(file)).isEqualTo(root.resolve("swing/kis/kr_stocks/20260724/09_00.jsonl"));
        assertThat(layout().root()).isEqualTo(root.toAbsolutePath().normalize());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"../escape.jsonl", "swing/../../escape.jsonl", "./swing/x.jsonl", "swing/..", "a/./b", "..", ""})
    void shouldRefuseAPathThatCouldLeaveTheRoot(String relative) {
        assertThatThrownBy(() -> layout().resolve(Path.of(relative))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shouldAcceptFileNamesThatMerelyStartWithDots() {
        assertThat(layout().resolve(Path.of("swing", "..hidden.jsonl")))
                .isEqualTo(root.resolve("swing/..hidden.jsonl"));
        assertThat(layout().resolve(Path.of("a.", "b..jsonl"))).isEqualTo(root.resolve("a./b..jsonl"));
    }

    @Test
    void shouldRefuseAnAbsolutePath() {
        assertThatThrownBy(() -> layout().resolve(root.resolve("swing/x.jsonl")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> layout().quarantineFile(root.resolve("x.jsonl"), Instant.EPOCH))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "KIS", "k-s", "k/s", "..", "kis "})
    void shouldRejectAProviderOrMarketThatIsNotALowercaseName(String name) {
        Instant t = Instant.parse("2026-07-24T00:00:00Z");

        assertThatThrownBy(() -> layout().swingFile(name, "kr_stocks", t))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("provider");
        assertThatThrownBy(() -> layout().scalpFile("kis", name, t))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("market");
        assertThatThrownBy(() -> layout().rawFile(name, t)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shouldRejectANullProvider() {
        assertThatThrownBy(() -> layout().eventsFile(null, Instant.EPOCH)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"PT0S", "PT7M", "PT0.5S", "PT-5M", "PT25H"})
    void shouldRejectASegmentThatDoesNotDivideADayIntoWholeSeconds(String segment) {
        Duration length = Duration.parse(segment);

        assertThatThrownBy(() -> new ArchiveLayout(root, ArchiveLayout.KRX_ZONE, length, Duration.ofMinutes(5)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> layout().scalpFile("kis", "kr_stocks", Instant.EPOCH, length))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shouldWriteArchivePathsWithSlashes() {
        assertThat(ArchiveLayout.toArchiveString(Path.of("raw", "kis", "20260724", "11_50_00.raw")))
                .isEqualTo("raw/kis/20260724/11_50_00.raw");
    }
}
