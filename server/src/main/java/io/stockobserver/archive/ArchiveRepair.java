package io.stockobserver.archive;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Start-up repair, run before the writer starts: every {@code *.jsonl} and {@code *.raw} file under the archive root
 * (except {@code quarantine/} and {@code backup/}) whose last byte is not {@code '\n'} was torn by a crash. Its torn
 * tail — the bytes after the last {@code '\n'}, or the whole file when it has none — is copied to
 * {@link ArchiveLayout#quarantineFile} (written, forced, directory fsynced) and only then cut from the original
 * (truncated and forced). Nothing is lost and no partial line stays in the archive. Running it again repairs nothing.
 *
 * <p>Repair looks only for torn lines: a complete last line that is not valid JSON is left alone (it is not torn;
 * readers and the ETL report it as a bad line).
 */
public final class ArchiveRepair {

    private static final Path QUARANTINE = Path.of("quarantine");
    private static final Path BACKUP = Path.of("backup");
    /** The embedded PostgreSQL's files (OBSERVER_DATA_DIR/database): not archive files, never repaired. */
    private static final Path DATABASE = Path.of("database");

    /**
     * Repairs every torn file under {@code layout.root()}; {@code now} names the quarantine files.
     *
     * @throws IOException if the archive tree itself cannot be walked; a failure on one file is in the report
     */
    public RepairReport repair(ArchiveLayout layout, Instant now) throws IOException {
        Path root = layout.root();
        if (!Files.isDirectory(root)) {
            return new RepairReport(0, List.of(), List.of());
        }
        List<Path> candidates = new ArrayList<>();
        List<RepairReport.Failure> failures = new ArrayList<>();
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                Path relative = root.relativize(dir);
                return relative.equals(QUARANTINE) || relative.equals(BACKUP) || relative.equals(DATABASE)
                        ? FileVisitResult.SKIP_SUBTREE
                        : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                String name = file.getFileName().toString();
                if (attrs.isRegularFile() && (name.endsWith(".jsonl") || name.endsWith(".raw"))) {
                    candidates.add(root.relativize(file));
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
                failures.add(new RepairReport.Failure(root.relativize(file), e));
                return FileVisitResult.CONTINUE;
            }
        });
        List<RepairedFile> repaired = new ArrayList<>();
        for (Path relative : candidates) {
            try {
                Optional<RepairedFile> done = TornTail.repair(layout, relative, now);
                done.ifPresent(repaired::add);
            } catch (IOException e) {
                failures.add(new RepairReport.Failure(relative, e));
            }
        }
        return new RepairReport(candidates.size(), repaired, failures);
    }
}
