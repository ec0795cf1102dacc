package io.stockobserver.console.backup;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * Pulls one packaged day of one server onto this PC: the manifest (hash recomputed; refused if it does not match or
 * lists an unsafe path), every file (resumable, verified by size and SHA-256, a mismatch fetched once more), then
 * the acknowledgement — sent only when every file verified. Each step goes to the server's pull log, the outcome to
 * the state store. Safe to call from any thread; one day of one server is pulled by one thread at a time.
 */
public final class BackupPuller {
    private final PullSettings settings;
    private final BackupFolders folders;
    private final BackupApi api;
    private final FileFetcher fetcher;
    private final PullStateStore store;
    private final Clock clock;
    private final LongSupplier nanoTime;
    private final ConcurrentHashMap<String, PullLog> logs = new ConcurrentHashMap<>();
    private final Set<String> running = ConcurrentHashMap.newKeySet();

    /** A puller on the system clocks. */
    public BackupPuller(PullSettings settings, PullStateStore store) {
        this(settings, store, Clock.systemUTC(), System::nanoTime);
    }

    /**
     * @param clock for log and state timestamps
     * @param nanoTime monotonic nanoseconds for the speed shown in progress
     */
    public BackupPuller(PullSettings settings, PullStateStore store, Clock clock, LongSupplier nanoTime) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.store = Objects.requireNonNull(store, "store");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.nanoTime = Objects.requireNonNull(nanoTime, "nanoTime");
        this.folders = new BackupFolders(settings.root());
        this.api = new BackupApi(settings.requestTimeout());
        this.fetcher = new FileFetcher(api);
    }

    /**
     * Pulls {@code day} from {@code source}. Never throws for a failed pull: the result says how it ended, and
     * {@link PullState#INTERRUPTED} comes back with the thread's interrupt flag set again.
     *
     * @throws IllegalStateException if this day of this server is being pulled by another thread right now
     */
    public PullResult pull(BackupSource source, LocalDate day, PullListener listener) {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(listener, "listener");
        String key = source.server() + "/" + BackupFolders.token(day);
        if (!running.add(key)) {
            throw new IllegalStateException(key + " is already being pulled");
        }
        try {
            ProgressReporter progress = new ProgressReporter(
                    source.server(), day, listener, nanoTime, settings.speedWindow(), settings.progressInterval());
            return new DayPull(source, day, folders, api, fetcher, log(source.server()), store, clock, progress).run();
        } finally {
            running.remove(key);
        }
    }

    public BackupFolders folders() {
        return folders;
    }

    public BackupApi api() {
        return api;
    }

    public PullStateStore store() {
        return store;
    }

    /** The pull log of {@code server} (one instance per server, so its appends do not interleave). */
    PullLog log(String server) {
        return logs.computeIfAbsent(server, s -> new PullLog(folders.pullLog(s), clock));
    }

    /** A one-line description of a failure for results and logs. */
    static String describe(IOException e) {
        String message = e.getMessage();
        return message == null || message.isBlank()
                ? e.getClass().getSimpleName()
                : e.getClass().getSimpleName() + ": " + message;
    }
}
