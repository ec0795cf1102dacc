package io.stockobserver.console.backup;

import static io.stockobserver.console.backup.BackupPuller.describe;

import io.stockobserver.console.backup.PullProgress.Phase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * One pull of one day from one server, step by step: manifest → download (phase A: every file to its full size)
 * → verify (phase B: size and SHA-256 of every file on disk; a mismatch is deleted and fetched once more from zero)
 * → acknowledge. The state store gets PULLED and VERIFIED as they are reached, then the outcome.
 *
 * <p>Design note: downloading and verifying are separate passes so the acknowledgement rests on the bytes read back
 * from the disk after {@code force()}, and so a file left complete by an interrupted pull is only hashed, never
 * fetched again.
 */
final class DayPull {
    private static final Logger LOG = Logger.getLogger(DayPull.class.getName());

    private record Target(ManifestFile file, Path path) {}

    private record Ending(PullState state, String error) {}

    private record Check(long size, String sha256, long hashed) {
        boolean matches(ManifestFile f) {
            return size == f.size() && f.sha256().equals(sha256);
        }
    }

    private final BackupSource source;
    private final LocalDate day;
    private final BackupFolders folders;
    private final BackupApi api;
    private final FileFetcher fetcher;
    private final PullLog log;
    private final PullStateStore store;
    private final Clock clock;
    private final ProgressReporter progress;

    private BackupManifest manifest;
    private String currentFile;
    private int filesVerified;
    private long downloadedBytes;

    DayPull(
            BackupSource source,
            LocalDate day,
            BackupFolders folders,
            BackupApi api,
            FileFetcher fetcher,
            PullLog log,
            PullStateStore store,
            Clock clock,
            ProgressReporter progress) {
        this.source = source;
        this.day = day;
        this.folders = folders;
        this.api = api;
        this.fetcher = fetcher;
        this.log = log;
        this.store = store;
        this.clock = clock;
        this.progress = progress;
    }

    PullResult run() {
        Instant started = clock.instant();
        Ending ending;
        try {
            ending = pullDay();
        } catch (ManifestRejectedException e) {
            ending = new Ending(PullState.FAILED, "manifest refused: " + e.getMessage());
        } catch (InterruptedException e) {
            ending = new Ending(PullState.INTERRUPTED, "interrupted" + where());
        } catch (IOException e) {
            ending = Thread.currentThread().isInterrupted()
                    ? new Ending(PullState.INTERRUPTED, "interrupted" + where() + " (" + describe(e) + ")")
                    : new Ending(PullState.FAILED, describe(e) + where());
        }
        return finish(ending, started);
    }

    private Ending pullDay() throws IOException, InterruptedException, ManifestRejectedException {
        progress.mark(Phase.MANIFEST);
        log("pull_started", fields("base_uri", source.baseUri()));
        manifest = BackupManifest.verify(api.manifest(source, day), day);
        List<Target> targets = targets();
        log(
                "manifest_verified",
                fields(
                        BackupManifest.HASH_FIELD,
                        manifest.sha256(),
                        "file_count",
                        targets.size(),
                        "total_bytes",
                        manifest.totalBytes(),
                        "gap_count",
                        manifest.gapCount(),
                        "anomalous",
                        manifest.anomalous()));
        keepManifest(targets);
        ensureDiskSpace(targets);
        progress.totals(targets.size(), manifest.totalBytes());
        download(targets);
        record(PullState.PULLED);
        List<String> failed = verify(targets);
        if (!failed.isEmpty()) {
            return new Ending(
                    PullState.FAILED,
                    failed.size() + " of " + targets.size() + " files did not match the manifest after a second"
                            + " download, not acknowledged: " + String.join(", ", failed));
        }
        record(PullState.VERIFIED);
        return acknowledge();
    }

    /** Every listed file with its place on disk; one unsafe path refuses the whole manifest before any write. */
    private List<Target> targets() throws ManifestRejectedException {
        List<Target> targets = new ArrayList<>();
        for (ManifestFile f : manifest.files()) {
            targets.add(new Target(f, folders.file(source.server(), day, f.path())));
        }
        return targets;
    }

    private void keepManifest(List<Target> targets) throws IOException {
        Path path = folders.manifest(source.server(), day);
        dropDownloadsOfAnOlderPackage(path, targets);
        DurableFiles.replaceAtomically(path, manifest.raw());
    }

    /**
     * A part file's ETag is its file's hash in the manifest kept beside it; when the day was packaged again and a
     * file's hash changed, its part and final file belong to the old package and go.
     */
    private void dropDownloadsOfAnOlderPackage(Path path, List<Target> targets) throws IOException {
        if (!Files.isRegularFile(path)) {
            return;
        }
        BackupManifest previous;
        try {
            previous = BackupManifest.verify(Files.readAllBytes(path), day);
        } catch (ManifestRejectedException unreadable) {
            return; // nothing to compare with; verification catches any stale bytes
        }
        if (previous.sha256().equals(manifest.sha256())) {
            return;
        }
        Map<String, String> before =
                previous.files().stream().collect(Collectors.toMap(ManifestFile::path, ManifestFile::sha256));
        for (Target t : targets) {
            if (!t.file().sha256().equals(before.get(t.file().path()))) {
                Files.deleteIfExists(BackupFolders.partOf(t.path()));
                Files.deleteIfExists(t.path());
            }
        }
    }

    private void ensureDiskSpace(List<Target> targets) throws IOException {
        long needed = 0;
        for (Target t : targets) {
            long size = t.file().size();
            Path part = BackupFolders.partOf(t.path());
            long present = hasFullSize(t.path(), size)
                    ? size
                    : Files.isRegularFile(part) ? Math.min(size, Files.size(part)) : 0;
            needed += size - present;
        }
        Path dir = folders.dayDir(source.server(), day);
        long usable = Files.getFileStore(dir).getUsableSpace();
        if (needed > usable) {
            throw new IOException(
                    "not enough disk space in " + dir + ": " + needed + " bytes needed, " + usable + " usable");
        }
    }

    private void download(List<Target> targets) throws IOException, InterruptedException {
        progress.start(Phase.DOWNLOADING);
        for (Target t : targets) {
            currentFile = t.file().path();
            progress.file(currentFile);
            if (hasFullSize(t.path(), t.file().size())) { // left by an earlier pull; phase B hashes it
                Files.deleteIfExists(BackupFolders.partOf(t.path()));
                progress.counted(t.file().size());
            } else {
                Files.deleteIfExists(t.path());
                fetch(t, true);
            }
            progress.fileDone();
        }
        currentFile = null;
    }

    private List<String> verify(List<Target> targets) throws IOException, InterruptedException {
        progress.start(Phase.VERIFYING);
        List<String> failed = new ArrayList<>();
        for (Target t : targets) {
            currentFile = t.file().path();
            progress.file(currentFile);
            Check first = check(t);
            if (first.matches(t.file())) {
                verified(t, false);
            } else {
                log("file_mismatch", mismatch(t, first));
                progress.retract(first.hashed());
                Files.deleteIfExists(t.path());
                Files.deleteIfExists(BackupFolders.partOf(t.path()));
                fetch(t, false);
                Check second = check(t);
                if (second.matches(t.file())) {
                    verified(t, true);
                } else {
                    Map<String, Object> f = mismatch(t, second);
                    f.put("reason", "mismatch after a second download from zero");
                    log("file_failed", f);
                    Files.deleteIfExists(t.path()); // known bad: the next pull fetches it whole
                    failed.add(t.file().path());
                }
            }
            progress.fileDone();
        }
        currentFile = null;
        return failed;
    }

    private Check check(Target t) throws IOException, InterruptedException {
        if (!Files.isRegularFile(t.path())) {
            return new Check(-1, null, 0);
        }
        long size = Files.size(t.path());
        if (size != t.file().size()) {
            return new Check(size, null, 0);
        }
        long[] hashed = {0};
        String sha = FileDigests.sha256(t.path(), n -> {
            hashed[0] += n;
            progress.moved(n);
        });
        return new Check(size, sha, hashed[0]);
    }

    private void verified(Target t, boolean downloadedAgain) throws IOException {
        filesVerified++;
        log(
                "file_verified",
                fields(
                        "path", t.file().path(),
                        "size", t.file().size(),
                        "sha256", t.file().sha256(),
                        "downloaded_again", downloadedAgain));
    }

    private Map<String, Object> mismatch(Target t, Check c) {
        return fields(
                "path", t.file().path(),
                "size", c.size(),
                "expected_size", t.file().size(),
                "sha256", c.sha256(),
                "expected_sha256", t.file().sha256());
    }

    /** Fetches {@code t}; {@code counting} whether its bytes are the phase's progress (phase A) or a repair. */
    private void fetch(Target t, boolean counting) throws IOException, InterruptedException {
        String path = t.file().path();
        fetcher.fetch(source, day, t.file(), t.path(), new FileFetcher.Observer() {
            @Override
            public void resumed(long from) throws IOException {
                if (counting) {
                    progress.counted(from);
                }
                log(
                        "file_resumed",
                        fields("path", path, "from", from, "size", t.file().size()));
            }

            @Override
            public void restarted(long discarded, String why) throws IOException {
                log("file_restarted", fields("path", path, "discarded", discarded, "reason", why));
            }

            @Override
            public void transferred(int bytes) {
                downloadedBytes += bytes;
                if (counting) {
                    progress.moved(bytes);
                }
            }
        });
    }

    private Ending acknowledge() throws IOException, InterruptedException {
        progress.mark(Phase.ACKNOWLEDGING);
        log("ack_sent", fields(BackupManifest.HASH_FIELD, manifest.sha256(), "verified_files", filesVerified));
        try {
            api.acknowledge(source, day, manifest.sha256(), filesVerified);
        } catch (BackupApiException e) {
            log("ack_refused", fields("status", e.status(), "reason", e.reason()));
            return new Ending(PullState.FAILED, "acknowledgement refused (HTTP " + e.status() + "): " + e.reason());
        }
        return new Ending(PullState.ACKNOWLEDGED, null);
    }

    private PullResult finish(Ending ending, Instant started) {
        // Interrupted file channels close themselves: clear the flag to write the outcome, set it again after.
        boolean interrupted = Thread.interrupted() || ending.state() == PullState.INTERRUPTED;
        PullResult result = result(ending.state(), ending.error());
        if (currentFile != null) {
            logQuietly("file_failed", fields("path", currentFile, "error", ending.error()));
        }
        try {
            store.record(result);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "could not save the state of " + source.server() + " " + day, e);
        }
        logQuietly(
                "pull_finished",
                fields(
                        "state", result.state(),
                        "files", result.filesVerified(),
                        "file_count", result.fileCount(),
                        "bytes", result.downloadedBytes(),
                        "total_bytes", result.totalBytes(),
                        "duration", Duration.between(started, result.finishedAt()),
                        "error", result.error()));
        progress.mark(Phase.FINISHED);
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        return result;
    }

    private void record(PullState state) throws IOException {
        store.record(result(state, null));
    }

    private PullResult result(PullState state, String error) {
        boolean known = manifest != null;
        return new PullResult(
                source.server(),
                day,
                state,
                filesVerified,
                known ? manifest.files().size() : 0,
                known ? manifest.totalBytes() : 0,
                downloadedBytes,
                known ? manifest.gapCount() : 0,
                known && manifest.anomalous(),
                known ? manifest.sha256() : null,
                clock.instant(),
                error);
    }

    private String where() {
        return currentFile == null ? "" : " (at " + currentFile + ")";
    }

    private static boolean hasFullSize(Path file, long size) throws IOException {
        return Files.isRegularFile(file) && Files.size(file) == size;
    }

    private void log(String event, Map<String, ?> fields) throws IOException {
        log.append(event, day, fields);
    }

    private void logQuietly(String event, Map<String, ?> fields) {
        try {
            log(event, fields);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "could not write " + event + " to " + log.file(), e);
        }
    }

    /** Name/value pairs in order; null values are left out. */
    private static Map<String, Object> fields(Object... nameValue) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i + 1 < nameValue.length; i += 2) {
            if (nameValue[i + 1] != null) {
                map.put((String) nameValue[i], nameValue[i + 1]);
            }
        }
        return map;
    }
}
