package io.stockobserver.archive;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.stockobserver.archive.ArchiveWriteException.Phase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArchiveWriterTest {

    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final Duration NEVER = Duration.ofHours(1);
    private static final Path DIR = Path.of("scalp", "kis", "kr_stocks", "20260724");
    private static final Path SEGMENT_1 = DIR.resolve("09_30_00.jsonl");
    private static final Path SEGMENT_2 = DIR.resolve("09_35_00.jsonl");
    private static final Path SEGMENT_3 = DIR.resolve("09_40_00.jsonl");
    private static final Path OTHER_DIR_FILE = Path.of("swing", "kis", "kr_stocks", "20260724", "09_00.jsonl");

    @TempDir
    Path root;

    private final RecordingListener listener = new RecordingListener();
    private final List<ArchiveWriter> writers = new ArrayList<>();

    @AfterEach
    void closeWriters() {
        writers.forEach(ArchiveWriter::close);
    }

    private ArchiveWriter start(ArchiveWriterConfig.Builder config, ArchiveListener listener) {
        ArchiveWriter writer = ArchiveWriter.start(ArchiveLayout.krx(root), config.build(), listener);
        writers.add(writer);
        return writer;
    }

    private ArchiveWriter start(ArchiveWriterConfig.Builder config) {
        return start(config, listener);
    }

    private static byte[] json(String text) {
        return text.getBytes(UTF_8);
    }

    private static byte[] record(int n) {
        return json("{\"n\":" + n + "}");
    }

    private List<String> lines(Path relative) throws IOException {
        return Files.readAllLines(root.resolve(relative), UTF_8);
    }

    private String content(Path relative) throws IOException {
        return Files.readString(root.resolve(relative), UTF_8);
    }

    private static void flush(ArchiveWriter writer) throws InterruptedException {
        assertThat(writer.flush(WAIT)).as("flush completed").isTrue();
    }

    @Test
    void shouldHaveEveryAcceptedLineInItsFileInOrderOnceFlushed() throws Exception {
        ArchiveWriter writer = start(ArchiveWriterConfig.builder());
        Path[] files = {SEGMENT_1, OTHER_DIR_FILE, Path.of("system", "events", "kis", "20260724.jsonl")};
        long bytes = 0;
        for (int i = 0; i < 3000; i++) {
            byte[] line = record(i);
            bytes += line.length + 1;
            assertThat(writer.append(files[i % 3], line, System.nanoTime())).isEqualTo(AppendResult.ACCEPTED);
        }

        flush(writer);

        for (int f = 0; f < 3; f++) {
            int first = f;
            List<String> expected = IntStream.iterate(first, i -> i < 3000, i -> i + 3)
                    .mapToObj(i -> "{\"n\":" + i + "}")
                    .toList();
            assertThat(lines(files[f])).containsExactlyElementsOf(expected);
        }
        assertThat(writer.recordsDurable()).isEqualTo(3000);
        assertThat(writer.bytesDurable()).isEqualTo(bytes);
        assertThat(writer.recordsFailed()).isZero();
        assertThat(listener.durableRecords()).isEqualTo(3000);
    }

    @Test
    void shouldCountARecordAsArchivedOnlyOnceItIsForced() throws Exception {
        ArchiveWriter writer = start(ArchiveWriterConfig.builder().fsyncInterval(NEVER));
        writer.append(SEGMENT_1, record(1), System.nanoTime());

        await().atMost(WAIT)
                .until(() -> Files.exists(root.resolve(SEGMENT_1))
                        && content(SEGMENT_1).endsWith("\n"));
        assertThat(writer.recordsDurable()).isZero();
        assertThat(listener.durable).isEmpty();

        flush(writer);

        assertThat(writer.recordsDurable()).isEqualTo(1);
        assertThat(listener.durable)
                .containsExactly(
                        new RecordingListener.Durable(SEGMENT_1, 1, record(1).length + 1, ArchiveWriter.THREAD_NAME));
    }

    @Test
    void shouldForceWithinTheFsyncIntervalWithoutBeingAsked() {
        ArchiveWriter writer = start(ArchiveWriterConfig.builder().fsyncInterval(Duration.ofMillis(20)));

        writer.append(SEGMENT_1, record(1), System.nanoTime());

        await().atMost(WAIT).until(() -> writer.recordsDurable() == 1);
    }

    @Test
    void shouldForceAfterEveryBatchWhenTheFsyncIntervalIsZero() {
        ArchiveWriter writer = start(ArchiveWriterConfig.builder().fsyncInterval(Duration.ZERO));

        writer.append(SEGMENT_1, record(1), System.nanoTime());

        await().atMost(WAIT).until(() -> writer.recordsDurable() == 1);
    }

    @Test
    void shouldGroupManyRecordsIntoFewForces() throws Exception {
        ArchiveWriter writer = start(ArchiveWriterConfig.builder());
        int perProducer = 20_000;
        byte[] line = json("{\"padding\":\"" + "x".repeat(380) + "\"}");
        Runnable producer = () -> {
            for (int i = 0; i < perProducer; i++) {
                try {
                    writer.appendBlocking(SEGMENT_1, line, System.nanoTime(), WAIT);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        };
        CompletableFuture.allOf(CompletableFuture.runAsync(producer), CompletableFuture.runAsync(producer))
                .get(20, TimeUnit.SECONDS);

        flush(writer);

        long records = 2L * perProducer;
        assertThat(writer.recordsDurable()).isEqualTo(records);
        assertThat(writer.forces()).isPositive().isLessThan(records / 100);
        assertThat(Files.size(root.resolve(SEGMENT_1))).isEqualTo(records * (line.length + 1));
    }

    @Test
    void shouldReportAReceiveToDurableLatencyForEveryRecord() throws Exception {
        ArchiveWriter writer = start(ArchiveWriterConfig.builder());
        for (int i = 0; i < 500; i++) {
            writer.append(i % 2 == 0 ? SEGMENT_1 : OTHER_DIR_FILE, record(i), System.nanoTime());
        }

        flush(writer);

        assertThat(listener.latencies).hasValue(500);
        assertThat(listener.negativeLatencies).hasValue(0);
        assertThat(listener.forcePasses.get()).isPositive();
        assertThat(listener.durable).allSatisfy(d -> assertThat(d.thread()).isEqualTo("archive-writer"));
    }

    @Test
    void shouldKeepEachProducersOrderWithConcurrentProducers() throws Exception {
        ArchiveWriter writer = start(ArchiveWriterConfig.builder().queueCapacity(256));
        int producers = 4;
        int perProducer = 5_000;
        List<CompletableFuture<Void>> running = new ArrayList<>();
        for (int p = 0; p < producers; p++) {
            int id = p;
            running.add(CompletableFuture.runAsync(() -> {
                for (int i = 0; i < perProducer; i++) {
                    Path file = i % 2 == 0 ? SEGMENT_1 : OTHER_DIR_FILE;
                    try {
                        writer.appendBlocking(file, json("{\"p\":" + id + ",\"i\":" + i + "}"), 0, WAIT);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                }
            }));
        }
        CompletableFuture.allOf(running.toArray(CompletableFuture[]::new)).get(20, TimeUnit.SECONDS);

        flush(writer);

        for (Path file : List.of(SEGMENT_1, OTHER_DIR_FILE)) {
            List<String> lines = lines(file);
            assertThat(lines).hasSize(producers * perProducer / 2);
            for (int p = 0; p < producers; p++) {
                String prefix = "{\"p\":" + p + ",";
                List<Integer> order = lines.stream()
                        .filter(l -> l.startsWith(prefix))
                        .map(l -> Integer.parseInt(l.substring(l.indexOf("\"i\":") + 4, l.length() - 1)))
                        .toList();
                assertThat(order).hasSize(perProducer / 2).isSorted();
            }
        }
    }

    @Test
    void shouldRejectAppendsWhenTheQueueIsFull() throws Exception {
        BlockingListener blocking = new BlockingListener();
        ArchiveWriter writer =
                start(ArchiveWriterConfig.builder().queueCapacity(4).fsyncInterval(Duration.ZERO), blocking);
        writer.append(SEGMENT_1, record(0), System.nanoTime());
        blocking.awaitWriterBlocked();

        for (int i = 1; i <= 4; i++) {
            assertThat(writer.append(SEGMENT_1, record(i), System.nanoTime())).isEqualTo(AppendResult.ACCEPTED);
        }
        AppendResult fifth = writer.append(SEGMENT_1, record(5), System.nanoTime());

        assertThat(fifth).isEqualTo(AppendResult.REJECTED_FULL);
        assertThat(writer.recordsRejected()).isEqualTo(1);
        assertThat(writer.queueDepth()).isEqualTo(4);
        await().atMost(WAIT).until(() -> writer.oldestQueuedAgeNanos() > 0);

        blocking.release();
        flush(writer);

        assertThat(lines(SEGMENT_1)).containsExactly("{\"n\":0}", "{\"n\":1}", "{\"n\":2}", "{\"n\":3}", "{\"n\":4}");
        assertThat(writer.queueDepth()).isZero();
        assertThat(writer.oldestQueuedAgeNanos()).isZero();
    }

    @Test
    void shouldAcceptABlockingAppendOnceTheQueueHasRoom() throws Exception {
        BlockingListener blocking = new BlockingListener();
        ArchiveWriter writer =
                start(ArchiveWriterConfig.builder().queueCapacity(1).fsyncInterval(Duration.ZERO), blocking);
        writer.append(SEGMENT_1, record(0), System.nanoTime());
        blocking.awaitWriterBlocked();
        writer.append(SEGMENT_1, record(1), System.nanoTime());

        assertThat(writer.appendBlocking(SEGMENT_1, record(2), System.nanoTime(), Duration.ofMillis(20)))
                .isFalse();
        CompletableFuture<Boolean> waiting = CompletableFuture.supplyAsync(() -> {
            try {
                return writer.appendBlocking(SEGMENT_1, record(3), System.nanoTime(), WAIT);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        });
        blocking.release();

        assertThat(waiting.get(10, TimeUnit.SECONDS)).isTrue();
        flush(writer);
        assertThat(lines(SEGMENT_1)).containsExactly("{\"n\":0}", "{\"n\":1}", "{\"n\":3}");
    }

    @Test
    void shouldForceAndCloseEveryFileOnClose() throws Exception {
        ArchiveWriter writer = start(ArchiveWriterConfig.builder().fsyncInterval(NEVER));
        writer.append(SEGMENT_1, record(1), System.nanoTime());
        writer.append(OTHER_DIR_FILE, record(2), System.nanoTime());

        writer.close();

        assertThat(writer.recordsDurable()).isEqualTo(2);
        assertThat(writer.isAlive()).isFalse();
        assertThat(writer.openFiles()).isEmpty();
        assertThat(listener.closed).containsExactlyInAnyOrder(SEGMENT_1, OTHER_DIR_FILE);
        assertThat(lines(SEGMENT_1)).containsExactly("{\"n\":1}");
        assertThat(lines(OTHER_DIR_FILE)).containsExactly("{\"n\":2}");
    }

    @Test
    void shouldRejectEveryAppendAfterClose() throws Exception {
        ArchiveWriter writer = start(ArchiveWriterConfig.builder());
        writer.close();

        assertThat(writer.append(SEGMENT_1, record(1), System.nanoTime())).isEqualTo(AppendResult.REJECTED_CLOSED);
        assertThat(writer.appendBlocking(SEGMENT_1, record(1), System.nanoTime(), WAIT))
                .isFalse();
        assertThat(writer.flush(WAIT)).isTrue();
        assertThat(writer.recordsRejected()).isEqualTo(2);
        assertThat(root.resolve(SEGMENT_1)).doesNotExist();
    }

    @Test
    void shouldCloseTheOlderFileOfADirectoryWhenANewerOneOpensThere() throws Exception {
        ArchiveWriter writer = start(ArchiveWriterConfig.builder().closeGrace(Duration.ZERO));
        writer.append(SEGMENT_1, record(1), System.nanoTime());
        writer.append(OTHER_DIR_FILE, record(2), System.nanoTime());
        flush(writer);
        assertThat(writer.openFiles()).containsExactlyInAnyOrder(SEGMENT_1, OTHER_DIR_FILE);

        writer.append(SEGMENT_2, record(3), System.nanoTime());
        flush(writer);

        assertThat(writer.openFiles()).containsExactlyInAnyOrder(SEGMENT_2, OTHER_DIR_FILE);
        assertThat(listener.closed).containsExactly(SEGMENT_1);
    }

    @Test
    void shouldKeepAnOlderFileOpenWhileItIsWrittenWithinTheCloseGrace() throws Exception {
        ArchiveWriter writer = start(ArchiveWriterConfig.builder().closeGrace(NEVER));
        writer.append(SEGMENT_1, record(1), System.nanoTime());
        writer.append(SEGMENT_2, record(2), System.nanoTime());
        flush(writer);

        writer.append(SEGMENT_1, record(3), System.nanoTime());
        flush(writer);

        assertThat(writer.openFiles()).containsExactlyInAnyOrder(SEGMENT_1, SEGMENT_2);
        assertThat(lines(SEGMENT_1)).containsExactly("{\"n\":1}", "{\"n\":3}");
        assertThat(writer.lateRecords()).isZero();
    }

    @Test
    void shouldNotLetAReopenedEarlierSegmentRollTheCurrentOne() throws Exception {
        ArchiveWriter writer = start(ArchiveWriterConfig.builder().closeGrace(Duration.ZERO));
        writer.append(SEGMENT_2, record(1), System.nanoTime());
        flush(writer);

        writer.append(SEGMENT_1, record(2), System.nanoTime()); // a slow producer's sample for the earlier segment
        flush(writer);
        writer.append(SEGMENT_2, record(3), System.nanoTime());
        flush(writer);

        assertThat(lines(SEGMENT_2)).containsExactly("{\"n\":1}", "{\"n\":3}");
        assertThat(lines(SEGMENT_1)).containsExactly("{\"n\":2}");
        assertThat(writer.lateRecords()).isZero();
        assertThat(writer.openFiles()).containsExactly(SEGMENT_2);
    }

    @Test
    void shouldWriteARecordForAClosedSegmentToALateFileBesideIt() throws Exception {
        ArchiveWriter writer = start(ArchiveWriterConfig.builder().closeGrace(Duration.ZERO));
        writer.append(SEGMENT_1, record(1), System.nanoTime());
        writer.append(SEGMENT_2, record(2), System.nanoTime());
        flush(writer);

        writer.append(SEGMENT_1, record(3), System.nanoTime());
        writer.append(SEGMENT_1, record(4), System.nanoTime());
        flush(writer);

        Path late1 = DIR.resolve("09_30_00.late-1.jsonl");
        assertThat(lines(SEGMENT_1)).containsExactly("{\"n\":1}");
        assertThat(lines(late1)).containsExactly("{\"n\":3}", "{\"n\":4}");
        assertThat(writer.lateRecords()).isEqualTo(2);
        assertThat(listener.late).containsOnly(new RecordingListener.Late(SEGMENT_1, late1));
        assertThat(writer.recordsDurable()).isEqualTo(4);
    }

    @Test
    void shouldStartANewLateFileWhenTheLateFileIsClosedToo() throws Exception {
        ArchiveWriter writer = start(ArchiveWriterConfig.builder().closeGrace(Duration.ZERO));
        writer.append(SEGMENT_1, record(1), System.nanoTime());
        writer.append(SEGMENT_2, record(2), System.nanoTime());
        flush(writer);
        writer.append(SEGMENT_1, record(3), System.nanoTime());
        flush(writer);

        writer.append(SEGMENT_3, record(4), System.nanoTime()); // rolls the directory again: late-1 closes
        flush(writer);
        writer.append(SEGMENT_1, record(5), System.nanoTime());
        flush(writer);

        assertThat(lines(DIR.resolve("09_30_00.late-1.jsonl"))).containsExactly("{\"n\":3}");
        assertThat(lines(DIR.resolve("09_30_00.late-2.jsonl"))).containsExactly("{\"n\":5}");
        assertThat(lines(SEGMENT_1)).containsExactly("{\"n\":1}");
    }

    @Test
    void shouldReopenAnIdleFileForAppendingRatherThanSealIt() throws Exception {
        ArchiveWriter writer = start(ArchiveWriterConfig.builder().idleClose(Duration.ZERO));
        writer.append(OTHER_DIR_FILE, record(1), System.nanoTime());
        flush(writer);
        await().atMost(WAIT).until(() -> writer.openFiles().isEmpty());

        writer.append(OTHER_DIR_FILE, record(2), System.nanoTime());
        flush(writer);

        assertThat(lines(OTHER_DIR_FILE)).containsExactly("{\"n\":1}", "{\"n\":2}");
        assertThat(writer.lateRecords()).isZero();
        assertThat(listener.closed).contains(OTHER_DIR_FILE);
    }

    @Test
    void shouldKeepWritingOtherFilesWhenOneFileCannotBeOpened() throws Exception {
        ArchiveWriter writer = start(ArchiveWriterConfig.builder());
        Files.createDirectories(root.resolve(SEGMENT_1)); // a directory where the file should be

        for (int i = 0; i < 10; i++) {
            writer.append(SEGMENT_1, record(i), System.nanoTime());
            writer.append(OTHER_DIR_FILE, record(i), System.nanoTime());
        }
        flush(writer);

        assertThat(lines(OTHER_DIR_FILE)).hasSize(10);
        assertThat(writer.recordsDurable()).isEqualTo(10);
        assertThat(writer.recordsFailed()).isEqualTo(10);
        assertThat(writer.isAlive()).isTrue();
        assertThat(listener.failures).isNotEmpty().allSatisfy(f -> {
            assertThat(f.file()).isEqualTo(SEGMENT_1);
            assertThat(f.phase()).isEqualTo(Phase.OPEN);
            assertThat(f.getCause()).isInstanceOf(IOException.class);
        });
        assertThat(listener.failures.stream()
                        .mapToInt(ArchiveWriteException::failedRecords)
                        .sum())
                .isEqualTo(10);
    }

    @Test
    void shouldRetryAFailedFileOnItsNextRecord() throws Exception {
        ArchiveWriter writer = start(ArchiveWriterConfig.builder());
        Files.createDirectories(root.resolve(SEGMENT_1));
        writer.append(SEGMENT_1, record(1), System.nanoTime());
        flush(writer);
        assertThat(writer.recordsFailed()).isEqualTo(1);

        Files.delete(root.resolve(SEGMENT_1));
        writer.append(SEGMENT_1, record(2), System.nanoTime());
        flush(writer);

        assertThat(lines(SEGMENT_1)).containsExactly("{\"n\":2}");
        assertThat(writer.recordsDurable()).isEqualTo(1);
    }

    @Test
    void shouldCountRecordsFailedWhenTheDiskIsFullAndCarryOn() throws Exception {
        Path devFull = Path.of("/dev/full");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isWritable(devFull), "needs Linux /dev/full");
        Files.createDirectories(root.resolve(DIR));
        Files.createSymbolicLink(root.resolve(SEGMENT_1), devFull); // every write fails with ENOSPC
        ArchiveWriter writer = start(ArchiveWriterConfig.builder());

        for (int i = 0; i < 5; i++) {
            writer.append(SEGMENT_1, record(i), System.nanoTime());
            writer.append(OTHER_DIR_FILE, record(i), System.nanoTime());
        }
        flush(writer);

        assertThat(writer.recordsFailed()).isEqualTo(5);
        assertThat(writer.recordsDurable()).isEqualTo(5);
        assertThat(lines(OTHER_DIR_FILE)).hasSize(5);
        assertThat(listener.failures).isNotEmpty().allSatisfy(f -> assertThat(f.phase())
                .isIn(Phase.WRITE, Phase.OPEN));
        assertThat(writer.isAlive()).isTrue();
    }

    @Test
    void shouldQuarantineATornTailBeforeAppendingToAnExistingFile() throws Exception {
        Instant now = Instant.parse("2026-07-24T01:00:00Z");
        Files.createDirectories(root.resolve(DIR));
        Files.writeString(root.resolve(SEGMENT_1), "{\"n\":1}\n{\"n\":", UTF_8);
        ArchiveWriter writer = start(ArchiveWriterConfig.builder().clock(Clock.fixed(now, ZoneOffset.UTC)));

        writer.append(SEGMENT_1, record(2), System.nanoTime());
        flush(writer);

        Path quarantine = ArchiveLayout.krx(root).quarantineFile(SEGMENT_1, now);
        assertThat(content(SEGMENT_1)).isEqualTo("{\"n\":1}\n{\"n\":2}\n");
        assertThat(content(quarantine)).isEqualTo("{\"n\":");
        assertThat(listener.tornTails).containsExactly(new RepairedFile(SEGMENT_1, quarantine, 5));
    }

    @Test
    void shouldAppendToAnExistingWholeFileAfterARestart() throws Exception {
        ArchiveWriter first = start(ArchiveWriterConfig.builder());
        first.append(SEGMENT_1, record(1), System.nanoTime());
        first.close();

        ArchiveWriter second = start(ArchiveWriterConfig.builder());
        second.append(SEGMENT_1, record(2), System.nanoTime());
        flush(second);

        assertThat(lines(SEGMENT_1)).containsExactly("{\"n\":1}", "{\"n\":2}");
        assertThat(listener.tornTails).isEmpty();
    }

    @Test
    void shouldKeepAPinnedFileOpenWhenANewerFileOpensBesideIt() throws Exception {
        ArchiveWriter writer = start(ArchiveWriterConfig.builder().closeGrace(Duration.ZERO));
        writer.pin(SEGMENT_1);
        writer.append(SEGMENT_1, record(1), System.nanoTime());
        writer.append(SEGMENT_2, record(2), System.nanoTime());
        flush(writer);

        writer.append(SEGMENT_1, record(3), System.nanoTime());
        flush(writer);

        assertThat(writer.openFiles()).containsExactlyInAnyOrder(SEGMENT_1, SEGMENT_2);
        assertThat(lines(SEGMENT_1)).containsExactly("{\"n\":1}", "{\"n\":3}");
        assertThat(writer.lateRecords()).isZero();

        writer.unpin(SEGMENT_1);

        await().atMost(WAIT).until(() -> !writer.openFiles().contains(SEGMENT_1));
    }

    @Test
    void shouldRefuseRecordsForAPinnedFileOnceItFailed() throws Exception {
        ArchiveWriter writer = start(ArchiveWriterConfig.builder());
        Files.createDirectories(root.resolve(SEGMENT_1));
        writer.pin(SEGMENT_1);
        writer.append(SEGMENT_1, record(1), System.nanoTime());
        flush(writer);
        assertThat(writer.isBroken(SEGMENT_1)).isTrue();

        Files.delete(root.resolve(SEGMENT_1));
        writer.append(SEGMENT_1, record(2), System.nanoTime());
        flush(writer);

        assertThat(root.resolve(SEGMENT_1)).doesNotExist();
        assertThat(writer.recordsFailed()).isEqualTo(2);
        assertThat(listener.failures)
                .extracting(ArchiveWriteException::phase)
                .containsExactly(Phase.OPEN, Phase.REFUSED);
    }

    @Test
    void shouldWriteALineLongerThanTheWriteBuffer() throws Exception {
        ArchiveWriter writer = start(ArchiveWriterConfig.builder().writeBufferBytes(64));
        String longLine = "{\"x\":\"" + "y".repeat(1000) + "\"}";
        writer.append(SEGMENT_1, record(1), System.nanoTime());
        writer.append(SEGMENT_1, json(longLine), System.nanoTime());
        writer.append(SEGMENT_1, json("{\"z\":\"" + "w".repeat(50) + "\"}"), System.nanoTime());
        writer.append(SEGMENT_1, record(4), System.nanoTime());

        flush(writer);

        assertThat(lines(SEGMENT_1))
                .containsExactly("{\"n\":1}", longLine, "{\"z\":\"" + "w".repeat(50) + "\"}", "{\"n\":4}");
    }

    @Test
    void shouldSurviveAListenerThatThrows() throws Exception {
        ArchiveWriter writer = start(ArchiveWriterConfig.builder(), new ArchiveListener() {
            @Override
            public void onDurable(Path file, int records, long bytes) {
                throw new IllegalStateException("listener bug");
            }
        });
        writer.append(SEGMENT_1, record(1), System.nanoTime());
        flush(writer);
        writer.append(SEGMENT_1, record(2), System.nanoTime());
        flush(writer);

        assertThat(writer.recordsDurable()).isEqualTo(2);
        assertThat(writer.listenerFailures()).isEqualTo(2);
        assertThat(writer.isAlive()).isTrue();
    }

    @Test
    void shouldRefuseALineThatIsNotOneLine() {
        ArchiveWriter writer = start(ArchiveWriterConfig.builder());

        assertThatThrownBy(() -> writer.append(SEGMENT_1, json("{\"a\":1}\n{\"b\":2}"), 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> writer.append(SEGMENT_1, new byte[0], 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> writer.append(SEGMENT_1, null, 0)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void shouldRefuseAPathOutsideTheArchive() {
        ArchiveWriter writer = start(ArchiveWriterConfig.builder());

        assertThatThrownBy(() -> writer.append(Path.of("..", "x.jsonl"), record(1), 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> writer.append(root.resolve("x.jsonl"), record(1), 0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shouldRunOnOneLiveThreadNamedArchiveWriter() {
        ArchiveWriter writer = start(ArchiveWriterConfig.builder());

        assertThat(writer.isAlive()).isTrue();
        assertThat(Thread.getAllStackTraces().keySet())
                .extracting(Thread::getName)
                .contains("archive-writer");
        assertThat(writer.queueCapacity()).isEqualTo(ArchiveWriterConfig.DEFAULT_QUEUE_CAPACITY);
        assertThat(writer.queueDepth()).isZero();
    }
}
