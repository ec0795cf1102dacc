package io.stockobserver.backup;

import io.stockobserver.batch.backup.ArchiveAccess;
import io.stockobserver.batch.backup.DayFiles;
import io.stockobserver.provider.VenueProfile;
import io.stockobserver.recorder.ArchiveService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The backup job's view of the running archive. A file counts as still open — so the job packages a snapshot of it
 * — when the writer holds it open, or when it belongs to today and may still be appended: today's daily files
 * ({@code system/…}) and the newest file of each of today's segment directories (the current scalp, raw or swing
 * segment). Closed segments, earlier days, the universe and quarantine files are immutable.
 */
@ApplicationScoped
public class BackupArchiveAccess implements ArchiveAccess {
    @Inject
    ArchiveService archive;

    @Inject
    VenueProfile venue;

    @Override
    public Path root() {
        return archive.layout().root();
    }

    @Override
    public LocalDate today() {
        return archive.clock().instant().atZone(venue.zone()).toLocalDate();
    }

    @Override
    public boolean isOpen(String rel) {
        if (archive.writer().openFiles().stream()
                .anyMatch(p -> p.toString().replace('\\', '/').equals(rel))) {
            return true;
        }
        String today = DayFiles.token(today());
        if (!rel.contains(today) || rel.startsWith("universe/") || rel.startsWith("quarantine/")) {
            return false;
        }
        if (rel.startsWith("system/")) {
            return true;
        }
        return newestInItsDirectory(root().resolve(rel));
    }

    private static boolean newestInItsDirectory(Path file) {
        String name = file.getFileName().toString();
        try (Stream<Path> s = Files.list(file.getParent())) {
            return s.map(p -> p.getFileName().toString())
                    .filter(n -> !n.contains(".late-"))
                    .allMatch(n -> n.compareTo(name) <= 0);
        } catch (IOException e) {
            return true; // when in doubt, snapshot: a copy is always safe
        }
    }

    @Override
    public void flush() throws InterruptedException {
        archive.writer().flush(Duration.ofSeconds(10));
    }

    @Override
    public void event(String type, Map<String, ?> fields) {
        archive.events().record(type, fields);
    }
}
