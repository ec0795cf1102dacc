package io.stockobserver.console.backup;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Objects;

/**
 * Where pulled backups live under the backup root: {@code {server}/{YYYYMMDD}/manifest.json} and the day's files
 * at their archive-relative paths, {@code {server}/pull-log.jsonl}, and {@code pull-state.json} for all servers.
 */
public final class BackupFolders {
    /** The state of every pull, at the root. */
    public static final String STATE_FILE = "pull-state.json";
    /** The per-server log of pull steps. */
    public static final String PULL_LOG = "pull-log.jsonl";
    /** The day's manifest, as the server sent it. */
    public static final String MANIFEST = "manifest.json";
    /** Suffix of a download that has not got all its bytes yet. */
    public static final String PART_SUFFIX = ".part";

    private final Path root;

    /** @param root the backup root; made absolute */
    public BackupFolders(Path root) {
        this.root = Objects.requireNonNull(root, "root").toAbsolutePath().normalize();
    }

    /** The default backup root: {@code {user.home}/StockObserverBackups}. */
    public static Path defaultRoot() {
        return Path.of(System.getProperty("user.home"), "StockObserverBackups");
    }

    /** {@code YYYYMMDD}, the form the server's API and the folders use. */
    public static String token(LocalDate day) {
        return day.format(DateTimeFormatter.BASIC_ISO_DATE);
    }

    /** Where an unfinished download of {@code file} is kept. */
    public static Path partOf(Path file) {
        return file.resolveSibling(file.getFileName() + PART_SUFFIX);
    }

    public Path root() {
        return root;
    }

    public Path stateFile() {
        return root.resolve(STATE_FILE);
    }

    public Path serverDir(String server) {
        return root.resolve(BackupSource.checkServerName(server));
    }

    public Path pullLog(String server) {
        return serverDir(server).resolve(PULL_LOG);
    }

    public Path dayDir(String server, LocalDate day) {
        return serverDir(server).resolve(token(day));
    }

    public Path manifest(String server, LocalDate day) {
        return dayDir(server, day).resolve(MANIFEST);
    }

    /**
     * Where the manifest's file {@code manifestPath} goes.
     *
     * @throws ManifestRejectedException if the path is unsafe or would land outside the day folder
     */
    public Path file(String server, LocalDate day, String manifestPath) throws ManifestRejectedException {
        return ManifestPaths.resolve(dayDir(server, day), manifestPath);
    }
}
