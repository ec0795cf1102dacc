package io.stockobserver.console.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.stockobserver.console.backup.TestClocks.MutableClock;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which days the daily run pulls, in which order, and when it runs. */
class DailyPullSchedulerTest {
    private static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");
    private static final LocalDate D1 = LocalDate.of(2026, 11, 16);
    private static final LocalDate D2 = LocalDate.of(2026, 11, 17);
    private static final LocalDate D3 = LocalDate.of(2026, 11, 18);
    private static final LocalDate D4 = LocalDate.of(2026, 11, 19);

    @TempDir
    Path root;

    private final MutableClock clock = new MutableClock(
            ZonedDateTime.of(D4.plusDays(1), LocalTime.of(20, 0), SEOUL).toInstant(), SEOUL);
    private final RecordingListener listener = new RecordingListener();
    private FakeBackupServer seoul;
    private FakeBackupServer tokyo;
    private BackupPuller puller;
    private DailyPullScheduler scheduler;

    @BeforeEach
    void setUp() throws IOException {
        seoul = FakeBackupServer.start();
        tokyo = FakeBackupServer.start();
        PullStateStore store = new PullStateStore(root.resolve(BackupFolders.STATE_FILE));
        puller = new BackupPuller(PullSettings.defaults().withRoot(root), store, clock, System::nanoTime);
    }

    @AfterEach
    void tearDown() {
        if (scheduler != null) {
            scheduler.close();
        }
        seoul.close();
        tokyo.close();
    }

    @Test
    void shouldPullOnlyPackagedUnacknowledgedDaysOldestFirstServerAfterServer() throws Exception {
        seoul.packageDay(D4, TestPackages.fiveFiles(D4, 4));
        seoul.packageDay(D1, TestPackages.fiveFiles(D1, 1));
        seoul.packageDay(D2, TestPackages.fiveFiles(D2, 2));
        seoul.listUnpackagedDay(D3);
        tokyo.packageDay(D2, TestPackages.fiveFiles(D2, 22));
        // D2 of seoul was pulled and acknowledged earlier
        assertThat(puller.pull(seoul.source("seoul"), D2, PullListener.NONE).state())
                .isEqualTo(PullState.ACKNOWLEDGED);
        BackupSource refused = seoul.source("seoul-refused", "wrong password");
        scheduler = new DailyPullScheduler(
                List.of(seoul.source("seoul"), refused, tokyo.source("tokyo")), puller, listener);

        PullRun run = scheduler.pullNow().get(30, TimeUnit.SECONDS);

        assertThat(run.results())
                .extracting(r -> r.server() + " " + r.day())
                .containsExactly("seoul " + D1, "seoul " + D4, "tokyo " + D2);
        assertThat(run.results()).allMatch(r -> r.state() == PullState.ACKNOWLEDGED);
        assertThat(run.listingErrors()).containsOnlyKeys("seoul-refused");
        assertThat(run.listingErrors().get("seoul-refused")).contains("401");
        assertThat(manifestRequests(seoul, D2)).isEqualTo(1); // only the earlier pull's
        assertThat(manifestRequests(seoul, D3)).isZero();
        assertThat(seoul.acks()).extracting(FakeBackupServer.Ack::day).containsExactly(D2, D1, D4);
        assertThat(listener.finished).containsExactlyElementsOf(run.results());
        assertThat(listener.runs).containsExactly(run);
        RunProgress last = listener.progress.get(listener.progress.size() - 1);
        assertThat(last.daysTotal()).isEqualTo(3);
        assertThat(last.bytesDone()).isEqualTo(last.bytesTotal());
        assertThat(listener.progress).extracting(RunProgress::bytesDone).isSorted();
        assertThat(listener.threads).containsOnly("backup-pull");

        PullRun again = scheduler.pullNow().get(30, TimeUnit.SECONDS);

        assertThat(again.results()).isEmpty(); // everything is acknowledged here now
    }

    @Test
    void shouldPullADayAgainWhenItWasPackagedAgainAfterItsAcknowledgement() throws Exception {
        Map<String, byte[]> files = TestPackages.fiveFiles(D1, 1);
        seoul.packageDay(D1, files);
        scheduler = new DailyPullScheduler(List.of(seoul.source("seoul")), puller, listener);
        assertThat(scheduler.pullNow().get(30, TimeUnit.SECONDS).results()).hasSize(1);
        Map<String, byte[]> repackaged = new HashMap<>(files);
        repackaged.put("system/events/late.jsonl", new byte[] {'{', '}', '\n'});
        FakeBackupServer.Day current = seoul.packageDay(D1, repackaged);

        PullRun run = scheduler.pullNow().get(30, TimeUnit.SECONDS);

        assertThat(run.results()).singleElement().satisfies(r -> {
            assertThat(r.state()).isEqualTo(PullState.ACKNOWLEDGED);
            assertThat(r.manifestSha256()).isEqualTo(current.sha256());
            assertThat(r.downloadedBytes()).isEqualTo(3); // the other files were already here
        });
    }

    @Test
    void shouldRunAtTheSetTimeAndThenTheNextDay() {
        seoul.packageDay(D1, TestPackages.fiveFiles(D1, 1));
        clock.set(ZonedDateTime.of(D4, LocalTime.of(20, 59, 59), SEOUL).toInstant());
        scheduler = new DailyPullScheduler(
                List.of(seoul.source("seoul")), puller, listener, LocalTime.of(21, 0), clock, Duration.ofMillis(10));

        scheduler.start();

        assertThat(scheduler.nextRun()).contains(ZonedDateTime.of(D4, LocalTime.of(21, 0), SEOUL));
        await().during(Duration.ofMillis(300)).atMost(Duration.ofSeconds(2)).until(() -> listener.runs.isEmpty());

        clock.set(ZonedDateTime.of(D4, LocalTime.of(21, 0), SEOUL).toInstant());

        await().atMost(Duration.ofSeconds(30)).until(() -> listener.runs.size() == 1);
        assertThat(listener.runs.get(0).results())
                .singleElement()
                .extracting(PullResult::day)
                .isEqualTo(D1);
        await().atMost(Duration.ofSeconds(5)).until(() -> scheduler
                .nextRun()
                .orElseThrow()
                .equals(ZonedDateTime.of(D4.plusDays(1), LocalTime.of(21, 0), SEOUL)));
        await().during(Duration.ofMillis(300)).atMost(Duration.ofSeconds(2)).until(() -> listener.runs.size() == 1);
    }

    @Test
    void shouldFindTheNextRunAfterAMoment() {
        LocalTime at = LocalTime.of(21, 0);
        ZonedDateTime evening = ZonedDateTime.of(D1, LocalTime.of(20, 0), SEOUL);

        assertThat(DailyPullScheduler.nextRunAfter(evening, at)).isEqualTo(evening.withHour(21));
        assertThat(DailyPullScheduler.nextRunAfter(evening.withHour(21), at))
                .isEqualTo(evening.withHour(21).plusDays(1));
        assertThat(DailyPullScheduler.nextRunAfter(evening.withHour(23), at))
                .isEqualTo(evening.withHour(21).plusDays(1));
        ZoneId berlin = ZoneId.of("Europe/Berlin"); // 2026-03-29 02:00–03:00 does not exist there
        ZonedDateTime beforeSpring = ZonedDateTime.of(LocalDate.of(2026, 3, 29), LocalTime.of(1, 0), berlin);
        assertThat(DailyPullScheduler.nextRunAfter(beforeSpring, LocalTime.of(2, 30))
                        .toLocalTime())
                .isEqualTo(LocalTime.of(3, 30));
    }

    @Test
    void shouldStopItsThreadOnClose() {
        scheduler = new DailyPullScheduler(List.of(seoul.source("seoul")), puller, listener);
        scheduler.start();

        scheduler.close();

        assertThat(scheduler.nextRun()).isEmpty();
        assertThatThrownBy(scheduler::pullNow).isInstanceOf(RejectedExecutionException.class);
    }

    @Test
    void shouldRefuseTwoSourcesWithTheSameName() {
        assertThatThrownBy(() ->
                        new DailyPullScheduler(List.of(seoul.source("same"), tokyo.source("same")), puller, listener))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("same");
    }

    private static long manifestRequests(FakeBackupServer server, LocalDate day) {
        String path = "/api/backups/" + BackupFolders.token(day) + "/manifest";
        return server.requests().stream().filter(r -> r.path().equals(path)).count();
    }

    private static final class RecordingListener implements PullRunListener {
        final List<RunProgress> progress = new CopyOnWriteArrayList<>();
        final List<PullResult> finished = new CopyOnWriteArrayList<>();
        final List<PullRun> runs = new CopyOnWriteArrayList<>();
        final List<String> threads = new CopyOnWriteArrayList<>();

        @Override
        public void progress(RunProgress p) {
            progress.add(p);
            threads.add(Thread.currentThread().getName());
        }

        @Override
        public void dayFinished(PullResult result) {
            finished.add(result);
        }

        @Override
        public void runFinished(PullRun run) {
            runs.add(run);
        }
    }
}
