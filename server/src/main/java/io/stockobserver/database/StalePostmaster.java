package io.stockobserver.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * A PostgreSQL left running on the embedded data directory by a server that was killed ({@code postmaster.pid}
 * names a live postgres process): it is asked to stop (SIGTERM, a "smart" shutdown that lets it checkpoint) and, if
 * it does not within the grace, killed — its WAL makes that safe with fsync on.
 */
final class StalePostmaster {
    private static final Logger LOG = Logger.getLogger(StalePostmaster.class.getName());

    private StalePostmaster() {}

    static void stop(Path dataDir, Duration grace) throws IOException {
        Path pidFile = dataDir.resolve("postmaster.pid");
        if (!Files.isRegularFile(pidFile)) {
            return;
        }
        List<String> lines = Files.readAllLines(pidFile);
        if (lines.isEmpty()) {
            return;
        }
        long pid;
        try {
            pid = Long.parseLong(lines.get(0).trim());
        } catch (NumberFormatException e) {
            return; // not a pid: postgres itself will refuse or replace the file
        }
        Optional<ProcessHandle> h = ProcessHandle.of(pid).filter(ProcessHandle::isAlive);
        if (h.isEmpty()
                || !h.get().info().command().map(c -> c.contains("postgres")).orElse(false)) {
            return;
        }
        LOG.warning("a PostgreSQL of an earlier run (pid " + pid + ") still runs on " + dataDir + "; stopping it");
        h.get().destroy();
        try {
            h.get().onExit().get(grace.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
        } catch (java.util.concurrent.TimeoutException e) {
            h.get().destroyForcibly();
            h.get().onExit().join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while stopping the stale PostgreSQL " + pid, e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IOException("could not stop the stale PostgreSQL " + pid, e);
        }
    }
}
