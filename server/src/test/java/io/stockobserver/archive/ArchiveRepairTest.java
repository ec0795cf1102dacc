package io.stockobserver.archive;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArchiveRepairTest {

    private static final Instant NOW = Instant.parse("2026-07-24T00:00:05.123Z");
    private static final Path SCALP = Path.of("scalp", "kis", "kr_stocks", "20260724", "09_30_00.jsonl");
    private static final Path RAW = Path.of("raw", "kis", "20260724", "09_30_00.raw");
    private static final Path EVENTS = Path.of("system", "events", "kis", "20260724.jsonl");

    @TempDir
    Path root;

    private final ArchiveRepair repair = new ArchiveRepair();

    private ArchiveLayout layout() {
        return ArchiveLayout.krx(root);
    }

    private void write(Path relative, String content) throws Exception {
        Files.createDirectories(root.resolve(relative).getParent());
        Files.writeString(root.resolve(relative), content, UTF_8);
    }

    private String read(Path relative) throws Exception {
        return Files.readString(root.resolve(relative), UTF_8);
    }

    @Test
    void shouldMoveATornLastLineToQuarantine() throws Exception {
        write(SCALP, "{\"n\":1}\n{\"n\":2}\n{\"n\":3,\"sym");

        RepairReport report = repair.repair(layout(), NOW);

        Path quarantine = layout().quarantineFile(SCALP, NOW);
        assertThat(read(SCALP)).isEqualTo("{\"n\":1}\n{\"n\":2}\n");
        assertThat(read(quarantine)).isEqualTo("{\"n\":3,\"sym");
        assertThat(report.repaired()).containsExactly(new RepairedFile(SCALP, quarantine, 11));
        assertThat(report.bytesQuarantined()).isEqualTo(11);
        assertThat(report.clean()).isTrue();
        assertThat(ArchiveLayout.toArchiveString(quarantine))
                .isEqualTo("quarantine/scalp/kis/kr_stocks/20260724/09_30_00.jsonl." + NOW.toEpochMilli() + ".torn");
    }

    @Test
    void shouldQuarantineAWholeFileThatHasNoCompleteLine() throws Exception {
        write(RAW, "{\"receive_time\":\"2026-07-24T00:30:00.000000Z\",\"chan");

        RepairReport report = repair.repair(layout(), NOW);

        assertThat(Files.size(root.resolve(RAW))).isZero();
        assertThat(read(layout().quarantineFile(RAW, NOW)))
                .isEqualTo("{\"receive_time\":\"2026-07-24T00:30:00.000000Z\",\"chan");
        assertThat(report.repaired()).extracting(RepairedFile::file).containsExactly(RAW);
    }

    @Test
    void shouldFindTheLastNewlineFarBeforeALongTornTail() throws Exception {
        String tail = "{\"x\":\"" + "y".repeat(20_000);
        write(EVENTS, "{\"n\":1}\n" + tail);

        RepairReport report = repair.repair(layout(), NOW);

        assertThat(read(EVENTS)).isEqualTo("{\"n\":1}\n");
        assertThat(read(layout().quarantineFile(EVENTS, NOW))).isEqualTo(tail);
        assertThat(report.bytesQuarantined()).isEqualTo(tail.length());
    }

    @Test
    void shouldLeaveWholeFilesUntouched() throws Exception {
        write(SCALP, "{\"n\":1}\n{\"n\":2}\n");
        write(EVENTS, "");
        Instant modified = Files.getLastModifiedTime(root.resolve(SCALP)).toInstant();

        RepairReport report = repair.repair(layout(), NOW);

        assertThat(report.repaired()).isEmpty();
        assertThat(report.filesScanned()).isEqualTo(2);
        assertThat(read(SCALP)).isEqualTo("{\"n\":1}\n{\"n\":2}\n");
        assertThat(Files.getLastModifiedTime(root.resolve(SCALP)).toInstant()).isEqualTo(modified);
        assertThat(root.resolve("quarantine")).doesNotExist();
    }

    @Test
    void shouldLeaveACompleteLastLineAloneEvenIfItIsNotValidJson() throws Exception {
        write(SCALP, "{\"n\":1}\nnot json at all\n");

        RepairReport report = repair.repair(layout(), NOW);

        assertThat(report.repaired()).isEmpty();
        assertThat(read(SCALP)).isEqualTo("{\"n\":1}\nnot json at all\n");
    }

    @Test
    void shouldRepairNothingWhenRunASecondTime() throws Exception {
        write(SCALP, "{\"n\":1}\n{\"n\":");
        write(RAW, "{\"a\"");
        RepairReport first = repair.repair(layout(), NOW);

        RepairReport second = repair.repair(layout(), NOW.plusSeconds(1));

        assertThat(first.repaired()).hasSize(2);
        assertThat(second.repaired()).isEmpty();
        assertThat(read(SCALP)).isEqualTo("{\"n\":1}\n");
    }

    @Test
    void shouldSkipQuarantineBackupAndFilesThatAreNotArchiveLines() throws Exception {
        write(Path.of("quarantine", "scalp", "x.jsonl"), "torn");
        write(Path.of("backup", "20260724", "part.jsonl"), "torn");
        write(Path.of("system", "state", "heartbeat.json"), "{\"last_alive\"");
        write(Path.of("universe", "kis", "kr_stocks", "20260724.json"), "[");

        RepairReport report = repair.repair(layout(), NOW);

        assertThat(report.filesScanned()).isZero();
        assertThat(report.repaired()).isEmpty();
        assertThat(read(Path.of("quarantine", "scalp", "x.jsonl"))).isEqualTo("torn");
    }

    @Test
    void shouldRepairLateFilesAndRawFilesAlike() throws Exception {
        Path late = SCALP.resolveSibling("09_30_00.late-1.jsonl");
        write(late, "{\"n\":1}\n{");
        write(RAW, "{\"a\":1}\n{\"b\"");

        RepairReport report = repair.repair(layout(), NOW);

        assertThat(report.repaired()).extracting(RepairedFile::file).containsExactlyInAnyOrder(late, RAW);
    }

    @Test
    void shouldReportNothingForAnArchiveThatDoesNotExistYet() throws Exception {
        RepairReport report = repair.repair(ArchiveLayout.krx(root.resolve("not-yet")), NOW);

        assertThat(report.filesScanned()).isZero();
        assertThat(report.clean()).isTrue();
    }
}
