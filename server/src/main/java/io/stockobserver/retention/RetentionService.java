package io.stockobserver.retention;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.stockobserver.backup.BackupService;
import io.stockobserver.batch.backup.DayFiles;
import io.stockobserver.loop.LoopService;
import io.stockobserver.provider.VenueProfile;
import io.stockobserver.recorder.ArchiveService;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * Runs retention once a day at OBSERVER_RETENTION_AT (market time) and on demand: every archive day past its policy
 * is deleted only when the PC acknowledged its backup (the manifest and {@code SUCCESS.marker} stay as the record);
 * otherwise it is kept and a {@code retention_refused} event — at the cap a {@code retention_alarm} with a SEVERE log —
 * says why. Every deletion is a {@code retention_deleted} event.
 */
@ApplicationScoped
public class RetentionService {
    private static final Logger LOG = Logger.getLogger(RetentionService.class.getName());
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String[] AREAS = {"swing", "scalp", "raw", "system/events", "system/overflow", "universe"};

    @Inject
    ArchiveService archive;

    @Inject
    RetentionSettings config;

    @Inject
    VenueProfile venue;

    @Inject
    BackupService backups;

    @Inject
    LoopService loops;

    private io.stockobserver.loop.SupervisedLoop ticker;
    private volatile LocalDate lastRun;
    private volatile List<RetentionDecision> lastDecisions = List.of();

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
        ticker = loops.fixedDelay("retention", Duration.ofSeconds(30), Duration.ofSeconds(60), this::tick);
    }

    @PreDestroy
    void stop() {
        if (ticker != null) {
            ticker.end();
        }
    }

    private void tick() {
        try {
            ZonedDateTime now = archive.clock().instant().atZone(venue.zone());
            if (!now.toLocalDate().equals(lastRun) && !now.toLocalTime().isBefore(config.retentionAt())) {
                run();
            }
        } catch (RuntimeException | IOException e) {
            LOG.log(Level.SEVERE, "retention run failed", e); // tried again next minute
        }
    }

    /** Today's decisions without acting on them. */
    public List<RetentionDecision> plan() throws IOException {
        LocalDate today = archive.clock().instant().atZone(venue.zone()).toLocalDate();
        RetentionPolicy policy = config.retentionPolicy();
        List<RetentionDecision> out = new ArrayList<>();
        for (LocalDate day : days()) {
            out.add(RetentionDecision.decide(facts(day), today, policy));
        }
        return out;
    }

    /** Plans and acts: deletes, refuses and alarms, each with its event. */
    public synchronized List<RetentionDecision> run() throws IOException {
        List<RetentionDecision> decisions = plan();
        for (RetentionDecision d : decisions) {
            Map<String, Object> f = new LinkedHashMap<>();
            f.put("day", DayFiles.token(d.facts().day()));
            f.put("age_days", d.ageDays());
            f.put("keep_days", d.keepDays());
            f.put("anomalous", d.facts().anomalous());
            f.put("reason", d.reason());
            switch (d.verdict()) {
                case DELETE -> {
                    long[] deleted = delete(d.facts().day());
                    f.put("files", deleted[0]);
                    f.put("bytes", deleted[1]);
                    archive.events().record("retention_deleted", f);
                }
                case REFUSE -> archive.events().record("retention_refused", f);
                case ALARM -> {
                    archive.events().record("retention_alarm", f);
                    LOG.severe("RETENTION ALARM: " + f.get("day") + " is " + d.ageDays()
                            + " days old and its backup is not acknowledged (" + d.reason()
                            + "); it is kept — pull and acknowledge it (docs/operations.md)");
                }
                case KEEP -> {}
            }
        }
        lastRun = archive.clock().instant().atZone(venue.zone()).toLocalDate();
        lastDecisions = List.copyOf(decisions);
        return decisions;
    }

    public List<RetentionDecision> lastDecisions() {
        return lastDecisions;
    }

    public LocalDate lastRun() {
        return lastRun;
    }

    /** Days that have archive data (a day token in a partition path), oldest first. */
    List<LocalDate> days() throws IOException {
        Path root = archive.layout().root();
        TreeSet<LocalDate> days = new TreeSet<>();
        for (String area : AREAS) {
            Path dir = root.resolve(area);
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try (Stream<Path> s = Files.walk(dir, 4)) {
                s.map(p -> p.getFileName().toString()).forEach(name -> token(name, days));
            }
        }
        return new ArrayList<>(days);
    }

    private static void token(String name, TreeSet<LocalDate> days) {
        if (name.length() >= 8 && name.substring(0, 8).chars().allMatch(Character::isDigit)) {
            try {
                days.add(LocalDate.parse(name.substring(0, 8), DateTimeFormatter.BASIC_ISO_DATE));
            } catch (DateTimeParseException notADay) {
                // a name that merely starts with digits
            }
        }
    }

    DayFacts facts(LocalDate day) throws IOException {
        Path root = archive.layout().root();
        List<String> files = DayFiles.list(root, day);
        long bytes = 0;
        boolean anomalous = false;
        for (String rel : files) {
            Path p = root.resolve(rel);
            bytes += Files.size(p);
            if (rel.startsWith("system/events/") && !anomalous) {
                anomalous = Files.readString(p, StandardCharsets.UTF_8).contains("\"day_marked_anomalous\"");
            }
        }
        var manifest = backups.manifest(day);
        anomalous |= manifest.map(m -> m.path("anomaly").path("anomalous").asBoolean())
                .orElse(false);
        return new DayFacts(day, anomalous, manifest.isPresent(), backups.acknowledged(day), files.size(), bytes);
    }

    /** Deletes the day's archive files (not its backup record) and the directories that become empty. */
    private long[] delete(LocalDate day) throws IOException {
        Path root = archive.layout().root();
        long files = 0;
        long bytes = 0;
        for (String rel : DayFiles.list(root, day)) {
            Path p = root.resolve(rel);
            if (Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
                bytes += Files.size(p);
                Files.delete(p);
                files++;
                pruneEmptyParents(root, p.getParent());
            }
        }
        return new long[] {files, bytes};
    }

    private static void pruneEmptyParents(Path root, Path dir) throws IOException {
        while (dir != null && !dir.equals(root) && dir.startsWith(root)) {
            try (Stream<Path> s = Files.list(dir)) {
                if (s.findAny().isPresent()) {
                    return;
                }
            }
            Files.delete(dir);
            dir = dir.getParent();
        }
    }

    /** When the next scheduled run is due (market time of day). */
    public LocalTime runAt() {
        return config.retentionAt();
    }

    Instant now() {
        return archive.clock().instant();
    }
}
