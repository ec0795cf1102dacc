package io.stockobserver.storage;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.stockobserver.archive.ArchiveLayout;
import io.stockobserver.archive.ArchiveWriter;
import io.stockobserver.archive.ArchiveWriterConfig;
import java.io.IOException;
import java.nio.file.FileStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The archive writer and the disk guard on a real, small file system: a 1 MiB tmpfs (needs root, as in CI; elsewhere
 * the test is skipped and {@link DiskGuardTest} covers the guard over simulated figures). The disk fills to the last
 * byte: the guard warns, then alarms; the writer refuses nothing silently, counts what the disk refused and leaves no
 * partial line; when space returns (a day deleted) the guard recovers and writing resumes in the same file.
 */
class DiskGuardOnTmpfsTest {
    private static final Path SEGMENT = Path.of("scalp", "kis", "kr_stocks", "20260724", "09_30_00.jsonl");
    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path parent;

    private Path root;
    private ArchiveWriter writer;

    @BeforeEach
    void mountTmpfs() throws Exception {
        root = parent.resolve("archive");
        Files.createDirectories(root);
        Process mount = new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", root.toString())
                .redirectErrorStream(true)
                .start();
        String out = new String(mount.getInputStream().readAllBytes(), UTF_8);
        boolean mounted = mount.waitFor(30, TimeUnit.SECONDS) && mount.exitValue() == 0;
        Assumptions.assumeTrue(mounted, "cannot mount a tmpfs here (" + out.trim() + ")");
    }

    @AfterEach
    void unmount() throws Exception {
        if (writer != null) {
            writer.close();
        }
        new ProcessBuilder("umount", root.toString()).start().waitFor(30, TimeUnit.SECONDS);
    }

    @Test
    void shouldAlarmWithoutCrashingWhenTheDiskFillsAndResumeWhenSpaceReturns() throws Exception {
        // an older day that retention may delete once it is backed up: the space that comes back
        Path oldDay = root.resolve("swing/kis/kr_stocks/20260720/09_00.jsonl");
        Files.createDirectories(oldDay.getParent());
        Files.write(oldDay, new byte[400 * 1024]);

        writer = ArchiveWriter.start(
                ArchiveLayout.krx(root),
                ArchiveWriterConfig.builder().build(),
                new io.stockobserver.archive.ArchiveListener() {});
        DiskGuard guard = new DiskGuard(0.80, 0.95);
        FileStore store = Files.getFileStore(root);
        List<DiskState> transitions = new ArrayList<>();

        int n = 0;
        while (writer.recordsFailed() < 64 && n < 20_000) {
            for (int i = 0; i < 16; i++) {
                writer.append(SEGMENT, record(n++), System.nanoTime());
            }
            assertThat(writer.flush(WAIT)).isTrue();
            guard.observe(store.getTotalSpace(), store.getUsableSpace()).ifPresent(transitions::add);
        }
        assertThat(transitions).containsExactly(DiskState.WARNING, DiskState.CRITICAL);
        assertThat(store.getUsableSpace()).isLessThan(8 * 1024);
        assertThat(writer.isAlive()).isTrue();
        assertThat(writer.recordsFailed()).isGreaterThanOrEqualTo(64); // counted, not lost silently
        long durable = writer.recordsDurable();
        assertThat(durable + writer.recordsFailed()).isEqualTo(n);
        assertWholeLines(durable);

        Files.delete(oldDay); // space returns
        guard.observe(store.getTotalSpace(), store.getUsableSpace()).ifPresent(transitions::add);
        assertThat(transitions).endsWith(DiskState.NORMAL);

        for (int i = 0; i < 32; i++) {
            writer.append(SEGMENT, record(n++), System.nanoTime());
        }
        assertThat(writer.flush(WAIT)).isTrue();
        assertThat(writer.recordsDurable()).isEqualTo(durable + 32);
        assertWholeLines(durable + 32);
    }

    /** Every line of the segment is a whole record, and there are exactly {@code expected} of them. */
    private void assertWholeLines(long expected) throws IOException {
        byte[] bytes = Files.readAllBytes(root.resolve(SEGMENT));
        assertThat(bytes[bytes.length - 1]).isEqualTo((byte) '\n');
        List<String> lines = Files.readAllLines(root.resolve(SEGMENT), UTF_8);
        assertThat(lines).hasSize((int) expected);
        for (String line : lines) {
            assertThat(JSON.readTree(line).get("pad").asText()).hasSize(900);
        }
    }

    private static byte[] record(int n) {
        return ("{\"n\":" + n + ",\"pad\":\"" + "x".repeat(900) + "\"}").getBytes(UTF_8);
    }
}
