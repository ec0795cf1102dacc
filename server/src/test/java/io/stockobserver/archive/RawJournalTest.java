package io.stockobserver.archive;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RawJournalTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration WAIT = Duration.ofSeconds(10);
    /** 11:52:14.123456 KST: segment 11_50_00. */
    private static final Instant T = Instant.parse("2026-07-24T02:52:14.123456Z");

    @TempDir
    Path root;

    private final List<ArchiveWriter> writers = new ArrayList<>();

    @AfterEach
    void closeWriters() {
        writers.forEach(ArchiveWriter::close);
    }

    private ArchiveLayout layout() {
        return ArchiveLayout.krx(root);
    }

    private ArchiveWriter writer(ArchiveWriterConfig.Builder config, ArchiveListener listener) {
        ArchiveWriter writer = ArchiveWriter.start(layout(), config.build(), listener);
        writers.add(writer);
        return writer;
    }

    private ArchiveWriter writer() {
        return writer(ArchiveWriterConfig.builder(), ArchiveListener.NONE);
    }

    private List<String> lines(Path relative) throws Exception {
        return Files.readAllLines(root.resolve(relative), UTF_8);
    }

    private JsonNode physicalLine(RawRef ref) throws Exception {
        return JSON.readTree(lines(ref.file()).get((int) ref.line() - 1));
    }

    @Test
    void shouldJournalTheInputAsOneJsonLineAndPointAtIt() throws Exception {
        ArchiveWriter writer = writer();
        RawJournal journal = new RawJournal(layout(), writer);
        String frame = "0|H0STCNT0|001|005930^095214^71500^5^-500";

        RawRef ref = journal.journal("kis", RawJournal.CHANNEL_WS, frame, T, System.nanoTime());
        assertThat(writer.flush(WAIT)).isTrue();

        assertThat(ref.toString()).isEqualTo("raw/kis/20260724/11_50_00.raw:1");
        assertThat(ref.journaled()).isTrue();
        assertThat(lines(ref.file()))
                .containsExactly("{\"receive_time\":\"2026-07-24T02:52:14.123456Z\","
                        + "\"channel\":\"ws\",\"payload\":\"0|H0STCNT0|001|005930^095214^71500^5^-500\"}");
    }

    @Test
    void shouldRoundTripAnyPayloadExactly() throws Exception {
        ArchiveWriter writer = writer();
        RawJournal journal = new RawJournal(layout(), writer);
        List<String> payloads = List.of(
                "{\"rt_cd\":\"0\",\"msg1\":\"정상처리 되었습니다.\"}",
                "line1\nline2\r\n\ttabbed \\ back\\slash \"quoted\"",
                "\u0000\u0001\u001f\u007f control",
                "emoji 📈 and lone surrogates \ud800 \udfff end",
                "",
                "  leading and trailing spaces  ");
        List<RawRef> refs = new ArrayList<>();
        for (String payload : payloads) {
            refs.add(journal.journal("kis", RawJournal.restChannel("/uapi/x"), payload, T, System.nanoTime()));
        }
        assertThat(writer.flush(WAIT)).isTrue();

        for (int i = 0; i < payloads.size(); i++) {
            JsonNode line = physicalLine(refs.get(i));
            assertThat(line.get("payload").textValue()).isEqualTo(payloads.get(i));
            assertThat(line.get("channel").textValue()).isEqualTo("rest:/uapi/x");
        }
    }

    @Test
    void shouldKeepLineNumbersExactWithFourConcurrentProducers() throws Exception {
        ArchiveWriter writer = writer(ArchiveWriterConfig.builder().queueCapacity(512), ArchiveListener.NONE);
        RawJournal journal = new RawJournal(layout(), writer);
        int perProducer = 2_000;
        List<CompletableFuture<List<RawRef>>> producers = new ArrayList<>();
        CountDownLatch start = new CountDownLatch(1);
        for (int p = 0; p < 4; p++) {
            int id = p;
            producers.add(CompletableFuture.supplyAsync(() -> {
                List<RawRef> refs = new ArrayList<>();
                try {
                    start.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                for (int i = 0; i < perProducer; i++) {
                    refs.add(journal.journal("kis", "ws", "p" + id + "-" + i, T, System.nanoTime()));
                }
                return refs;
            }));
        }
        start.countDown();
        List<String> expected = new ArrayList<>();
        List<RawRef> all = new ArrayList<>();
        for (int p = 0; p < 4; p++) {
            List<RawRef> refs = producers.get(p).get(20, TimeUnit.SECONDS);
            for (int i = 0; i < perProducer; i++) {
                all.add(refs.get(i));
                expected.add("p" + p + "-" + i);
            }
        }
        assertThat(writer.flush(WAIT)).isTrue();

        List<String> lines = lines(all.get(0).file());
        long journaled = all.stream().filter(RawRef::journaled).count();
        assertThat(lines).hasSize((int) journaled);
        for (int k = 0; k < all.size(); k++) {
            RawRef ref = all.get(k);
            if (ref.journaled()) {
                String payload = JSON.readTree(lines.get((int) ref.line() - 1))
                        .get("payload")
                        .textValue();
                assertThat(payload).as(ref.toString()).isEqualTo(expected.get(k));
            }
        }
        assertThat(journaled + journal.notJournaledCount()).isEqualTo(4L * perProducer);
        assertThat(journal.journaledCount()).isEqualTo(journaled);
    }

    @Test
    void shouldContinueLineNumbersAfterARestartWithinTheSameSegment() throws Exception {
        ArchiveWriter first = writer();
        RawJournal before = new RawJournal(layout(), first);
        for (int i = 0; i < 10; i++) {
            before.journal("kis", "ws", "before-" + i, T, System.nanoTime());
        }
        first.close();

        ArchiveWriter second = writer();
        RawJournal after = new RawJournal(layout(), second);
        RawRef ref = after.journal("kis", "ws", "after", T.plusSeconds(30), System.nanoTime());
        assertThat(second.flush(WAIT)).isTrue();

        assertThat(ref.line()).isEqualTo(11);
        assertThat(physicalLine(ref).get("payload").textValue()).isEqualTo("after");
    }

    @Test
    void shouldCountOnlyCompleteLinesOfAFileLeftTornByACrash() throws Exception {
        Path file = layout().rawFile("kis", T);
        Files.createDirectories(root.resolve(file).getParent());
        Files.writeString(root.resolve(file), "{\"payload\":\"a\"}\n{\"payload\":\"b\"}\n{\"payl", UTF_8);
        ArchiveWriter writer = writer();
        RawJournal journal = new RawJournal(layout(), writer);

        RawRef ref = journal.journal("kis", "ws", "c", T, System.nanoTime());
        assertThat(writer.flush(WAIT)).isTrue();

        assertThat(ref.line()).isEqualTo(3);
        assertThat(physicalLine(ref).get("payload").textValue()).isEqualTo("c");
    }

    @Test
    void shouldStartANewFileAtTheNextSegmentAndLetThePreviousOneClose() throws Exception {
        ArchiveWriter writer = writer(ArchiveWriterConfig.builder().closeGrace(Duration.ZERO), ArchiveListener.NONE);
        RawJournal journal = new RawJournal(layout(), writer);

        RawRef first = journal.journal("kis", "ws", "a", T, System.nanoTime());
        RawRef second = journal.journal("kis", "ws", "b", T.plus(Duration.ofMinutes(5)), System.nanoTime());
        assertThat(writer.flush(WAIT)).isTrue();

        assertThat(first.toString()).isEqualTo("raw/kis/20260724/11_50_00.raw:1");
        assertThat(second.toString()).isEqualTo("raw/kis/20260724/11_55_00.raw:1");
        await().atMost(WAIT).until(() -> writer.openFiles().equals(List.of(second.file())));
    }

    @Test
    void shouldJournalAnInputFromAnEarlierSegmentIntoTheCurrentOne() throws Exception {
        ArchiveWriter writer = writer();
        RawJournal journal = new RawJournal(layout(), writer);
        journal.journal("kis", "ws", "now", T, System.nanoTime());

        RawRef earlier = journal.journal("kis", "ws", "clock stepped back", T.minusSeconds(600), System.nanoTime());
        assertThat(writer.flush(WAIT)).isTrue();

        assertThat(earlier.toString()).isEqualTo("raw/kis/20260724/11_50_00.raw:2");
        assertThat(physicalLine(earlier).get("receive_time").textValue()).isEqualTo("2026-07-24T02:42:14.123456Z");
    }

    @Test
    void shouldNumberEachProvidersFilesSeparately() throws Exception {
        ArchiveWriter writer = writer();
        RawJournal journal = new RawJournal(layout(), writer);

        journal.journal("kis", "ws", "a", T, 0);
        RawRef upbit = journal.journal("upbit", "ws", "b", T, 0);
        RawRef kis = journal.journal("kis", "ws", "c", T, 0);

        assertThat(upbit.toString()).isEqualTo("raw/upbit/20260724/11_50_00.raw:1");
        assertThat(kis.toString()).isEqualTo("raw/kis/20260724/11_50_00.raw:2");
    }

    @Test
    void shouldMarkTheRefNotJournaledWhenTheQueueIsFullAndNotSkipALine() throws Exception {
        BlockingListener blocking = new BlockingListener();
        ArchiveWriter writer =
                writer(ArchiveWriterConfig.builder().queueCapacity(1).fsyncInterval(Duration.ZERO), blocking);
        RawJournal journal = new RawJournal(layout(), writer);
        journal.journal("kis", "ws", "first", T, 0);
        blocking.awaitWriterBlocked();
        journal.journal("kis", "ws", "second", T, 0);

        RawRef rejected = journal.journal("kis", "ws", "third", T, 0);
        blocking.release();
        await().atMost(WAIT).until(() -> writer.queueDepth() == 0);
        RawRef fourth = journal.journal("kis", "ws", "fourth", T, 0);
        assertThat(writer.flush(WAIT)).isTrue();

        assertThat(rejected.journaled()).isFalse();
        assertThat(rejected.status()).isEqualTo(RawRef.Status.REJECTED_FULL);
        assertThat(rejected.toString()).isEqualTo("raw/kis/20260724/11_50_00.raw:not_journaled");
        assertThat(fourth.line()).isEqualTo(3);
        assertThat(physicalLine(fourth).get("payload").textValue()).isEqualTo("fourth");
        assertThat(journal.notJournaledCount()).isPositive();
    }

    @Test
    void shouldMarkTheRefNotJournaledOnceTheWriterIsClosed() {
        ArchiveWriter writer = writer();
        RawJournal journal = new RawJournal(layout(), writer);
        writer.close();

        RawRef ref = journal.journal("kis", "ws", "late", T, 0);

        assertThat(ref.status()).isEqualTo(RawRef.Status.REJECTED_CLOSED);
        assertThat(journal.notJournaledCount()).isEqualTo(1);
    }

    @Test
    void shouldStopJournalingIntoARawFileOnceAWriteToItFailed() throws Exception {
        ArchiveWriter writer = writer();
        Path file = layout().rawFile("kis", T);
        Files.createDirectories(root.resolve(file).getParent().getParent());
        Files.writeString(root.resolve(file).getParent(), "a file where the day directory should be", UTF_8);
        RawJournal journal = new RawJournal(layout(), writer);
        RawRef lost = journal.journal("kis", "ws", "a", T, 0);
        assertThat(writer.flush(WAIT)).isTrue();

        RawRef refused = journal.journal("kis", "ws", "b", T, 0);

        assertThat(lost.journaled()).isTrue(); // it was queued; the writer then counted it failed
        assertThat(writer.recordsFailed()).isEqualTo(1);
        assertThat(writer.isBroken(file)).isTrue();
        assertThat(refused.status()).isEqualTo(RawRef.Status.FILE_FAILED);
        assertThat(journal.notJournaledCount()).isEqualTo(1);
    }

    @Test
    void shouldMarkTheRefFileFailedWhenTheExistingRawFileCannotBeCounted() throws Exception {
        ArchiveWriter writer = writer();
        Path file = layout().rawFile("kis", T);
        Files.createDirectories(root.resolve(file)); // a directory cannot be read as a file

        RawRef ref = new RawJournal(layout(), writer).journal("kis", "ws", "a", T, 0);

        assertThat(ref.status()).isEqualTo(RawRef.Status.FILE_FAILED);
        assertThat(writer.queueDepth()).isZero();
    }

    @Test
    void shouldRejectAnUnknownChannel() {
        RawJournal journal = new RawJournal(layout(), writer());

        assertThatThrownBy(() -> journal.journal("kis", "fix", "x", T, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RawJournal.restChannel("no-slash")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> journal.journal("KIS", "ws", "x", T, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shouldRefuseAnInconsistentRef() {
        Path file = Path.of("raw", "kis", "20260724", "11_50_00.raw");

        assertThatThrownBy(() -> new RawRef(file, 0, RawRef.Status.JOURNALED))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RawRef(file, 3, RawRef.Status.REJECTED_FULL))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
