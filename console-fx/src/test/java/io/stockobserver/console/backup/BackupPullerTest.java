package io.stockobserver.console.backup;

import static io.stockobserver.console.backup.TestPackages.events;
import static io.stockobserver.console.backup.TestPackages.logLines;
import static io.stockobserver.console.backup.TestPackages.paths;
import static io.stockobserver.console.backup.TestPackages.total;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.stockobserver.console.backup.FakeBackupServer.Ack;
import io.stockobserver.console.backup.FakeBackupServer.Request;
import io.stockobserver.console.backup.PullProgress.Phase;
import io.stockobserver.console.backup.TestClocks.FakeNanos;
import io.stockobserver.console.backup.TestClocks.MutableClock;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Pulls against a faithful fake of the server's backup API, on a real temporary directory. */
class BackupPullerTest {
    private static final LocalDate DAY = LocalDate.of(2026, 11, 20);
    private static final String SERVER = "seoul-1";
    private static final Instant NOW = Instant.parse("2026-11-20T12:30:00Z");

    @TempDir
    Path root;

    private final MutableClock clock = new MutableClock(NOW, ZoneOffset.UTC);
    private final FakeNanos nanos = new FakeNanos(Duration.ofMillis(5));
    private final Map<String, byte[]> files = TestPackages.fiveFiles(DAY, 42);
    private final List<String> paths = paths(files);
    private FakeBackupServer server;
    private PullStateStore store;
    private BackupPuller puller;

    @BeforeEach
    void startServer() throws IOException {
        server = FakeBackupServer.start();
        store = new PullStateStore(root.resolve(BackupFolders.STATE_FILE));
        puller = new BackupPuller(
                new PullSettings(root, Duration.ofSeconds(10), Duration.ofSeconds(5), Duration.ofMillis(200)),
                store,
                clock,
                nanos);
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    @Test
    void shouldPullVerifyAndAcknowledgeAWholeDay() throws IOException {
        FakeBackupServer.Day day = server.packageDay(DAY, files);
        List<PullProgress> progress = new ArrayList<>();
        List<Thread> callers = new CopyOnWriteArrayList<>();

        PullResult result = puller.pull(server.source(SERVER), DAY, p -> {
            progress.add(p);
            callers.add(Thread.currentThread());
        });

        assertThat(result.state()).isEqualTo(PullState.ACKNOWLEDGED);
        assertThat(result.error()).isNull();
        assertThat(result.filesVerified()).isEqualTo(5);
        assertThat(result.fileCount()).isEqualTo(5);
        assertThat(result.totalBytes()).isEqualTo(total(files));
        assertThat(result.downloadedBytes()).isEqualTo(total(files));
        assertThat(result.gapCount()).isEqualTo(1);
        assertThat(result.anomalous()).isTrue();
        assertThat(result.manifestSha256()).isEqualTo(day.sha256());
        assertThat(result.finishedAt()).isEqualTo(NOW);

        Path dayDir = root.resolve(SERVER).resolve("20261120");
        for (String path : paths) {
            assertThat(dayDir.resolve(path)).hasBinaryContent(files.get(path));
        }
        assertThat(dayDir.resolve("manifest.json")).hasBinaryContent(day.manifest());
        try (Stream<Path> all = Files.walk(dayDir)) {
            assertThat(all.filter(p -> p.toString().endsWith(".part"))).isEmpty();
        }
        assertThat(server.acks()).containsExactly(new Ack(DAY, day.sha256(), 5, 200));

        PullProgress last = progress.get(progress.size() - 1);
        assertThat(last.phase()).isEqualTo(Phase.FINISHED);
        assertThat(last.bytesDone()).isEqualTo(last.bytesTotal()).isEqualTo(total(files));
        assertThat(last.filesDone()).isEqualTo(last.filesTotal()).isEqualTo(5);
        assertThat(last.fraction()).isEqualTo(1.0);
        List<PullProgress> downloading =
                progress.stream().filter(p -> p.phase() == Phase.DOWNLOADING).toList();
        assertThat(downloading).extracting(PullProgress::bytesDone).isSorted();
        assertThat(downloading).anySatisfy(p -> {
            assertThat(p.bytesDone()).isBetween(1L, total(files) - 1);
            assertThat(p.bytesPerSecond()).isPositive();
            assertThat(p.eta()).hasValueSatisfying(eta -> assertThat(eta).isPositive());
            assertThat(p.currentFile()).isIn(paths);
        });
        assertThat(callers).containsOnly(Thread.currentThread());

        assertThat(store.result(SERVER, DAY)).contains(result);
        assertThat(new PullStateStore(store.file()).result(SERVER, DAY)).contains(result);

        Path log = root.resolve(SERVER).resolve("pull-log.jsonl");
        assertThat(events(log))
                .containsExactly(
                        "pull_started",
                        "manifest_verified",
                        "file_verified",
                        "file_verified",
                        "file_verified",
                        "file_verified",
                        "file_verified",
                        "ack_sent",
                        "pull_finished");
        JsonNode finished = logLines(log).get(8);
        assertThat(finished.path("time").asText()).isEqualTo("2026-11-20T12:30:00Z");
        assertThat(finished.path("day").asText()).isEqualTo("20261120");
        assertThat(finished.path("state").asText()).isEqualTo("ACKNOWLEDGED");
        assertThat(finished.path("bytes").asLong()).isEqualTo(total(files));
        assertThat(finished.path("files").asInt()).isEqualTo(5);
        assertThat(finished.path("duration").asText()).isEqualTo("PT0S");
    }

    @Test
    void shouldNeverWriteTheCredentialsToDisk() throws IOException {
        server.packageDay(DAY, files);
        BackupSource source = server.source(SERVER);

        puller.pull(source, DAY, PullListener.NONE);

        String base64 = source.authorization().substring("Basic ".length());
        for (Path written : List.of(store.file(), root.resolve(SERVER).resolve("pull-log.jsonl"))) {
            String text = Files.readString(written, StandardCharsets.UTF_8);
            assertThat(text).doesNotContain(base64).doesNotContain(FakeBackupServer.PASSWORD);
        }
        assertThat(source.toString()).doesNotContain(base64).doesNotContain("Basic");
    }

    @Test
    void shouldResumeACutDownloadWithARangeRequestAndNotFetchCompletedFilesAgain() throws IOException {
        FakeBackupServer.Day day = server.packageDay(DAY, files);
        String cut = paths.get(2);
        server.cutConnectionAfter(cut, 100_000);

        PullResult first = puller.pull(server.source(SERVER), DAY, PullListener.NONE);

        assertThat(first.state()).isEqualTo(PullState.FAILED);
        assertThat(first.error()).contains(cut);
        assertThat(server.acks()).isEmpty();
        assertThat(store.result(SERVER, DAY).map(PullResult::state)).contains(PullState.FAILED);
        Path dayDir = root.resolve(SERVER).resolve("20261120");
        Path part = dayDir.resolve(cut + ".part");
        assertThat(part).exists();
        long kept = Files.size(part);
        assertThat(kept).isPositive().isLessThanOrEqualTo(100_000);
        assertThat(dayDir.resolve(paths.get(0))).hasBinaryContent(files.get(paths.get(0)));
        assertThat(dayDir.resolve(paths.get(1))).hasBinaryContent(files.get(paths.get(1)));
        assertThat(server.bytesServed(paths.get(3))).isZero(); // the pull stopped at the cut
        Map<String, Long> servedBefore = new HashMap<>();
        paths.forEach(p -> servedBefore.put(p, server.bytesServed(p)));

        PullResult second = puller.pull(server.source(SERVER), DAY, PullListener.NONE);

        assertThat(second.state()).isEqualTo(PullState.ACKNOWLEDGED);
        List<Request> cutRequests = server.fileRequests(cut);
        assertThat(cutRequests).hasSize(2);
        assertThat(cutRequests.get(1).range()).isEqualTo("bytes=" + kept + "-");
        assertThat(cutRequests.get(1).ifRange()).isEqualTo("\"" + FakeBackupServer.sha256(files.get(cut)) + "\"");
        assertThat(server.bytesServed(cut) - servedBefore.get(cut)).isEqualTo(files.get(cut).length - kept);
        for (String done : paths.subList(0, 2)) {
            assertThat(server.bytesServed(done)).isEqualTo(servedBefore.get(done));
            assertThat(server.fileRequests(done)).hasSize(1);
        }
        long alreadyThere = files.get(paths.get(0)).length + files.get(paths.get(1)).length + kept;
        assertThat(second.downloadedBytes()).isEqualTo(total(files) - alreadyThere);
        for (String path : paths) {
            assertThat(dayDir.resolve(path)).hasBinaryContent(files.get(path));
        }
        assertThat(server.acks()).containsExactly(new Ack(DAY, day.sha256(), 5, 200));
        assertThat(logLines(root.resolve(SERVER).resolve("pull-log.jsonl"))).anySatisfy(line -> {
            assertThat(line.path("event").asText()).isEqualTo("file_resumed");
            assertThat(line.path("path").asText()).isEqualTo(cut);
            assertThat(line.path("from").asLong()).isEqualTo(kept);
        });
    }

    @Test
    void shouldVerifyACompletePartFileWithoutDownloadingItAgain() throws IOException {
        server.packageDay(DAY, files);
        String first = paths.get(0);
        Path part = root.resolve(SERVER).resolve("20261120").resolve(first + ".part");
        Files.createDirectories(part.getParent());
        Files.write(part, files.get(first));

        PullResult result = puller.pull(server.source(SERVER), DAY, PullListener.NONE);

        assertThat(result.state()).isEqualTo(PullState.ACKNOWLEDGED);
        assertThat(server.fileRequests(first))
                .singleElement()
                .extracting(Request::range)
                .isEqualTo("bytes=" + files.get(first).length + "-"); // answered 416: nothing left
        assertThat(server.bytesServed(first)).isZero();
        assertThat(part.resolveSibling(part.getFileName().toString().replace(".part", "")))
                .hasBinaryContent(files.get(first));
    }

    @Test
    void shouldDownloadAgainAFileCorruptedOnceAndAcknowledge() throws IOException {
        FakeBackupServer.Day day = server.packageDay(DAY, files);
        String corrupted = paths.get(1);
        server.corrupt(corrupted, 1);

        PullResult result = puller.pull(server.source(SERVER), DAY, PullListener.NONE);

        assertThat(result.state()).isEqualTo(PullState.ACKNOWLEDGED);
        assertThat(server.bytesServed(corrupted)).isEqualTo(2L * files.get(corrupted).length);
        assertThat(root.resolve(SERVER).resolve("20261120").resolve(corrupted)).hasBinaryContent(files.get(corrupted));
        assertThat(server.acks()).containsExactly(new Ack(DAY, day.sha256(), 5, 200));
        List<JsonNode> log = logLines(root.resolve(SERVER).resolve("pull-log.jsonl"));
        assertThat(log)
                .filteredOn(l -> l.path("event").asText().equals("file_mismatch"))
                .singleElement()
                .satisfies(l -> {
                    assertThat(l.path("path").asText()).isEqualTo(corrupted);
                    assertThat(l.path("expected_sha256").asText())
                            .isEqualTo(FakeBackupServer.sha256(files.get(corrupted)));
                    assertThat(l.path("sha256").asText())
                            .isNotEqualTo(l.path("expected_sha256").asText());
                });
        assertThat(log).anySatisfy(l -> {
            assertThat(l.path("event").asText()).isEqualTo("file_verified");
            assertThat(l.path("path").asText()).isEqualTo(corrupted);
            assertThat(l.path("downloaded_again").asBoolean()).isTrue();
        });
    }

    @Test
    void shouldFailWithoutAcknowledgingWhenAFileIsCorruptEveryTime() throws IOException {
        server.packageDay(DAY, files);
        String corrupted = paths.get(3);
        server.corrupt(corrupted, Integer.MAX_VALUE);

        PullResult result = puller.pull(server.source(SERVER), DAY, PullListener.NONE);

        assertThat(result.state()).isEqualTo(PullState.FAILED);
        assertThat(result.error()).contains(corrupted).contains("not acknowledged");
        assertThat(result.filesVerified()).isEqualTo(4);
        assertThat(server.acks()).isEmpty();
        assertThat(server.bytesServed(corrupted)).isEqualTo(2L * files.get(corrupted).length);
        assertThat(root.resolve(SERVER).resolve("20261120").resolve(corrupted)).doesNotExist();
        assertThat(store.result(SERVER, DAY).map(PullResult::state)).contains(PullState.FAILED);
        assertThat(events(root.resolve(SERVER).resolve("pull-log.jsonl")))
                .contains("file_mismatch", "file_failed")
                .doesNotContain("ack_sent");
    }

    @Test
    void shouldRefuseAManifestWhoseHashDoesNotMatchItsContent() throws IOException {
        server.packageDay(DAY, files, m -> {
            m.put("total_records", 1); // changed after hashing
            return FakeBackupServer.bytes(m);
        });

        PullResult result = puller.pull(server.source(SERVER), DAY, PullListener.NONE);

        assertThat(result.state()).isEqualTo(PullState.FAILED);
        assertThat(result.error()).startsWith("manifest refused").contains("manifest_sha256");
        assertThat(result.manifestSha256()).isNull();
        assertThat(server.requests()).noneMatch(r -> r.path().contains("/files/"));
        assertThat(server.acks()).isEmpty();
        assertThat(root.resolve(SERVER).resolve("20261120").resolve("manifest.json"))
                .doesNotExist();
    }

    @ParameterizedTest
    @ValueSource(strings = {"../../outside.jsonl", "/tmp/outside.jsonl", "scalp\\..\\..\\outside.jsonl", "scalp/./x"})
    void shouldRefuseAManifestListingAPathOutsideTheDayFolder(String evil) throws IOException {
        server.packageDay(DAY, files, m -> {
            ((ObjectNode) m.get("files").get(0)).put("path", evil);
            m.put("manifest_sha256", FakeBackupServer.hash(m)); // honestly hashed: only the path is wrong
            return FakeBackupServer.bytes(m);
        });

        PullResult result = puller.pull(server.source(SERVER), DAY, PullListener.NONE);

        assertThat(result.state()).isEqualTo(PullState.FAILED);
        assertThat(result.error()).startsWith("manifest refused").contains("unsafe file path");
        assertThat(server.requests()).noneMatch(r -> r.path().contains("/files/"));
        assertThat(server.acks()).isEmpty();
        try (Stream<Path> written = Files.walk(root)) {
            assertThat(written.filter(Files::isRegularFile)
                            .map(p -> root.relativize(p).toString()))
                    .containsExactlyInAnyOrder("pull-state.json", SERVER + "/pull-log.jsonl");
        }
    }

    @Test
    void shouldFailWithTheServersReasonWhenItRefusesTheAcknowledgement() throws IOException {
        server.packageDay(DAY, files);
        Map<String, byte[]> repackaged = new HashMap<>(files);
        repackaged.put(paths.get(0), new byte[] {1, 2, 3});

        // the day is packaged again while the PC verifies: the hash it acknowledges is no longer current
        PullResult result = puller.pull(server.source(SERVER), DAY, p -> {
            if (p.phase() == Phase.ACKNOWLEDGING) {
                server.packageDay(DAY, repackaged);
            }
        });

        assertThat(result.state()).isEqualTo(PullState.FAILED);
        assertThat(result.error()).contains("409").contains("does not match the manifest");
        assertThat(server.acks()).singleElement().extracting(Ack::status).isEqualTo(409);
        assertThat(events(root.resolve(SERVER).resolve("pull-log.jsonl"))).contains("ack_sent", "ack_refused");
    }

    @Test
    void shouldFailWhenTheServerRefusesTheCredentials() {
        server.packageDay(DAY, files);

        PullResult result = puller.pull(server.source(SERVER, "wrong"), DAY, PullListener.NONE);

        assertThat(result.state()).isEqualTo(PullState.FAILED);
        assertThat(result.error()).contains("401");
        assertThat(server.requests()).noneMatch(r -> r.path().contains("/files/"));
    }

    @Test
    void shouldEndInterruptedAndKeepThePartWhenThePullingThreadIsInterrupted() throws IOException {
        server.packageDay(DAY, files);
        String stalled = paths.get(1);
        server.stallAfter(stalled, 50_000);
        Path part = root.resolve(SERVER).resolve("20261120").resolve(stalled + ".part");
        AtomicReference<PullResult> result = new AtomicReference<>();
        AtomicBoolean flagSetAfterwards = new AtomicBoolean();
        Thread pulling = new Thread(() -> {
            result.set(puller.pull(server.source(SERVER), DAY, PullListener.NONE));
            flagSetAfterwards.set(Thread.currentThread().isInterrupted());
        });
        pulling.start();
        await().atMost(Duration.ofSeconds(10)).until(() -> Files.exists(part) && Files.size(part) == 50_000);

        pulling.interrupt();

        await().atMost(Duration.ofSeconds(10)).until(() -> !pulling.isAlive());
        assertThat(result.get().state()).isEqualTo(PullState.INTERRUPTED);
        assertThat(flagSetAfterwards).isTrue();
        assertThat(part).exists();
        assertThat(Files.size(part)).isEqualTo(50_000);
        assertThat(store.result(SERVER, DAY).map(PullResult::state)).contains(PullState.INTERRUPTED);
        assertThat(logLines(root.resolve(SERVER).resolve("pull-log.jsonl")))
                .last()
                .satisfies(l -> assertThat(l.path("state").asText()).isEqualTo("INTERRUPTED"));

        PullResult resumed = puller.pull(server.source(SERVER), DAY, PullListener.NONE);

        assertThat(resumed.state()).isEqualTo(PullState.ACKNOWLEDGED);
        assertThat(server.fileRequests(stalled))
                .last()
                .extracting(Request::range)
                .isEqualTo("bytes=50000-");
    }

    @Test
    void shouldDropThePartOfAFileThatChangedWhenTheDayWasPackagedAgain() throws IOException {
        server.packageDay(DAY, files);
        String changed = paths.get(2);
        server.cutConnectionAfter(changed, 100_000);
        assertThat(puller.pull(server.source(SERVER), DAY, PullListener.NONE).state())
                .isEqualTo(PullState.FAILED);
        Map<String, byte[]> repackaged = new HashMap<>(files);
        byte[] newContent = TestPackages.fiveFiles(DAY, 7).get(changed);
        repackaged.put(changed, newContent);
        server.packageDay(DAY, repackaged);

        PullResult result = puller.pull(server.source(SERVER), DAY, PullListener.NONE);

        assertThat(result.state()).isEqualTo(PullState.ACKNOWLEDGED);
        assertThat(server.fileRequests(changed))
                .last()
                .extracting(Request::range)
                .isNull();
        assertThat(root.resolve(SERVER).resolve("20261120").resolve(changed)).hasBinaryContent(newContent);
    }

    @Test
    void shouldFailWhenTheDayIsNotPackaged() {
        server.listUnpackagedDay(DAY);

        PullResult result = puller.pull(server.source(SERVER), DAY, PullListener.NONE);

        assertThat(result.state()).isEqualTo(PullState.FAILED);
        assertThat(result.error()).contains("404").contains("has not been packaged");
    }
}
