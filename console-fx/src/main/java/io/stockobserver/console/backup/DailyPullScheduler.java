package io.stockobserver.console.backup;

import static io.stockobserver.console.backup.BackupPuller.describe;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Pulls every configured server's backups every day at a set local time (default 21:00) and on demand: for each
 * server in order, lists {@code GET /api/backups} and pulls, oldest first, every day that is packaged and not
 * acknowledged here — the state store holds no ACKNOWLEDGED result naming the manifest hash the server lists (so a
 * day packaged again after it was pulled is pulled again). All runs happen one after another on one background
 * thread, which {@link #close()} stops (a pull under way ends INTERRUPTED, its part files kept).
 *
 * <p>Design note: the timer does not sleep until 21:00 in one go; it looks at the clock at least once a minute, so a
 * PC that was asleep or whose clock was changed still runs at (or right after) the set wall-clock time. A run
 * missed while the console was closed is not made up at start: {@link #pullNow()} is there for that.
 */
public final class DailyPullScheduler implements AutoCloseable {
    /** The default time of the daily pull, after the server has packaged the day. */
    public static final LocalTime DEFAULT_TIME = LocalTime.of(21, 0);

    static final Duration DEFAULT_CLOCK_CHECK = Duration.ofMinutes(1);

    private static final Logger LOG = Logger.getLogger(DailyPullScheduler.class.getName());

    private record PlannedPull(BackupSource source, BackupDay day) {}

    private final List<BackupSource> sources;
    private final BackupPuller puller;
    private final PullRunListener listener;
    private final LocalTime at;
    private final Clock clock;
    private final Duration clockCheck;
    private final ScheduledExecutorService executor;

    private ZonedDateTime nextRun; // guarded by this; null when not started or closed
    private ScheduledFuture<?> timer; // guarded by this

    /** Pulls daily at {@link #DEFAULT_TIME} in the system's time zone. */
    public DailyPullScheduler(List<BackupSource> sources, BackupPuller puller, PullRunListener listener) {
        this(sources, puller, listener, DEFAULT_TIME, Clock.systemDefaultZone());
    }

    /**
     * @param sources the servers, pulled in this order; names must differ
     * @param at the local time of the daily pull
     * @param clock the wall clock and the time zone {@code at} is in
     */
    public DailyPullScheduler(
            List<BackupSource> sources, BackupPuller puller, PullRunListener listener, LocalTime at, Clock clock) {
        this(sources, puller, listener, at, clock, DEFAULT_CLOCK_CHECK);
    }

    DailyPullScheduler(
            List<BackupSource> sources,
            BackupPuller puller,
            PullRunListener listener,
            LocalTime at,
            Clock clock,
            Duration clockCheck) {
        this.sources = List.copyOf(sources);
        this.puller = Objects.requireNonNull(puller, "puller");
        this.listener = Objects.requireNonNull(listener, "listener");
        this.at = Objects.requireNonNull(at, "at");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.clockCheck = Objects.requireNonNull(clockCheck, "clockCheck");
        Set<String> names = new HashSet<>();
        for (BackupSource s : this.sources) {
            if (!names.add(s.server())) {
                throw new IllegalArgumentException(
                        "two sources are named " + s.server() + "; they would share a folder");
            }
        }
        this.executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "backup-pull");
            t.setDaemon(true); // never keeps the console's JVM alive
            return t;
        });
    }

    /** Arms the daily pull (idempotent). */
    public synchronized void start() {
        if (executor.isShutdown()) {
            throw new IllegalStateException("the scheduler is closed");
        }
        if (nextRun == null) {
            nextRun = nextRunAfter(clock.instant().atZone(clock.getZone()), at);
            arm();
        }
    }

    /**
     * Runs over all servers now, after any run under way.
     *
     * @throws java.util.concurrent.RejectedExecutionException after {@link #close()}
     */
    public Future<PullRun> pullNow() {
        return executor.submit(this::runOnce);
    }

    /** When the next daily pull is due; empty before {@link #start()} and after {@link #close()}. */
    public synchronized Optional<ZonedDateTime> nextRun() {
        return Optional.ofNullable(nextRun);
    }

    /** The first {@code at} strictly after {@code t}, in {@code t}'s zone (a time skipped by DST moves later). */
    static ZonedDateTime nextRunAfter(ZonedDateTime t, LocalTime at) {
        ZonedDateTime sameDay = ZonedDateTime.of(t.toLocalDate(), at, t.getZone());
        return sameDay.isAfter(t) ? sameDay : ZonedDateTime.of(t.toLocalDate().plusDays(1), at, t.getZone());
    }

    /** Stops the timer and the thread; a pull under way is interrupted and ends INTERRUPTED. */
    @Override
    public void close() {
        synchronized (this) {
            nextRun = null;
            if (timer != null) {
                timer.cancel(false);
            }
        }
        executor.shutdownNow();
        try {
            if (!executor.awaitTermination(30, TimeUnit.SECONDS)) {
                LOG.warning("the backup pull thread did not stop within 30 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private synchronized void arm() {
        if (nextRun == null || executor.isShutdown()) {
            return;
        }
        long left = Duration.between(clock.instant(), nextRun.toInstant()).toMillis();
        long delay = Math.max(0, Math.min(left, clockCheck.toMillis()));
        timer = executor.schedule(this::tick, delay, TimeUnit.MILLISECONDS);
    }

    private void tick() {
        ZonedDateTime due;
        synchronized (this) {
            due = nextRun;
            if (due == null) {
                return;
            }
            if (clock.instant().isBefore(due.toInstant())) {
                arm();
                return;
            }
        }
        try {
            runOnce();
        } catch (RuntimeException e) { // a bug must not end the daily schedule
            LOG.log(Level.SEVERE, "the daily backup pull failed", e);
        } finally {
            synchronized (this) {
                if (nextRun != null) {
                    ZonedDateTime now = clock.instant().atZone(clock.getZone());
                    nextRun = nextRunAfter(now.isAfter(due) ? now : due, at);
                    arm();
                }
            }
        }
    }

    /** One run over all servers, on the calling (scheduler) thread. */
    PullRun runOnce() {
        Instant startedAt = clock.instant();
        Map<String, String> listingErrors = new LinkedHashMap<>();
        List<PlannedPull> plan = plan(listingErrors);
        RunTracker tracker = new RunTracker(plan);
        List<PullResult> results = new ArrayList<>();
        for (PlannedPull p : plan) {
            if (Thread.currentThread().isInterrupted()) {
                break;
            }
            PullResult r;
            try {
                r = puller.pull(
                        p.source(), p.day().day(), progress -> notify(l -> l.progress(tracker.progress(p, progress))));
            } catch (IllegalStateException busy) { // pulled by hand at this moment: that pull covers it
                LOG.info(busy.getMessage() + "; skipped by the scheduled run");
                tracker.finished(p);
                continue;
            }
            tracker.finished(p);
            results.add(r);
            notify(l -> l.dayFinished(r));
            if (r.state() == PullState.INTERRUPTED) {
                break;
            }
        }
        PullRun run = new PullRun(startedAt, clock.instant(), results, listingErrors);
        notify(l -> l.runFinished(run));
        return run;
    }

    private List<PlannedPull> plan(Map<String, String> listingErrors) {
        List<PlannedPull> plan = new ArrayList<>();
        for (BackupSource s : sources) {
            try {
                puller.api().days(s).stream()
                        .filter(BackupDay::packaged)
                        .filter(d -> !acknowledgedHere(s, d))
                        .sorted(Comparator.comparing(BackupDay::day))
                        .forEach(d -> plan.add(new PlannedPull(s, d)));
            } catch (IOException e) {
                listingErrors.put(s.server(), describe(e));
                logListingFailure(s, e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        return plan;
    }

    private boolean acknowledgedHere(BackupSource s, BackupDay d) {
        return puller.store()
                .result(s.server(), d.day())
                .filter(r -> r.state() == PullState.ACKNOWLEDGED)
                .filter(r -> d.manifestSha256() == null || d.manifestSha256().equals(r.manifestSha256()))
                .isPresent();
    }

    private void logListingFailure(BackupSource s, IOException failure) {
        try {
            puller.log(s.server()).append("listing_failed", null, Map.of("error", describe(failure)));
        } catch (IOException e) {
            LOG.log(Level.WARNING, "could not write to the pull log of " + s.server(), e);
        }
    }

    private void notify(Consumer<PullRunListener> call) {
        try {
            call.accept(listener);
        } catch (RuntimeException e) { // the UI's bug must not cost the backup
            LOG.log(Level.WARNING, "a pull-run listener failed; the run goes on", e);
        }
    }

    /** Sums the run's progress over its days. */
    private static final class RunTracker {
        private final int daysTotal;
        private final long bytesTotal;
        private int daysDone;
        private long bytesBefore;

        RunTracker(List<PlannedPull> plan) {
            daysTotal = plan.size();
            bytesTotal = plan.stream().mapToLong(p -> p.day().totalBytes()).sum();
        }

        RunProgress progress(PlannedPull p, PullProgress current) {
            long listed = p.day().totalBytes();
            long day =
                    switch (current.phase()) {
                        case MANIFEST -> 0;
                        case DOWNLOADING -> Math.min(listed, current.bytesDone());
                        default -> listed;
                    };
            return new RunProgress(daysTotal, daysDone, bytesTotal, Math.min(bytesTotal, bytesBefore + day), current);
        }

        void finished(PlannedPull p) {
            daysDone++;
            bytesBefore += p.day().totalBytes();
        }
    }
}
