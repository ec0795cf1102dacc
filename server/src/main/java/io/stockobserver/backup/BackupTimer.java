package io.stockobserver.backup;

import io.stockobserver.batch.backup.BackupPackager;
import io.stockobserver.batch.backup.DayFiles;
import io.stockobserver.provider.VenueProfile;
import io.stockobserver.recorder.ArchiveService;
import io.stockobserver.security.OperatorIdentityStore;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.ScheduleExpression;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Starts the daily backup package at OBSERVER_BACKUP_AT (market time, default 20:30) under the run-as identity
 * Liberty binds to the role {@value #RUN_AS_ROLE} (server.xml; user OBSERVER_RUNAS_USER), so the batch runtime sees an
 * authenticated submitter without anyone's password. A server that was down at that time catches up when it starts:
 * today and yesterday are packaged if their time has passed, they have data and no package was built since.
 */
@Singleton
@Startup
@RunAs(BackupTimer.RUN_AS_ROLE)
@DeclareRoles(BackupTimer.RUN_AS_ROLE)
public class BackupTimer {
    /** The role server.xml binds to the run-as user; nobody logs in with it. */
    public static final String RUN_AS_ROLE = "batchRunner";

    private static final Logger LOG = Logger.getLogger(BackupTimer.class.getName());
    private static final String DAILY = "daily";
    private static final String CATCH_UP = "catch-up";

    @Resource
    TimerService timers;

    @Inject
    BackupSettings config;

    @Inject
    VenueProfile venue;

    @Inject
    ArchiveService archive;

    @Inject
    BackupService backups;

    @Inject
    OperatorIdentityStore logins;

    @PostConstruct
    void schedule() {
        var at = config.backupAt();
        ScheduleExpression daily = new ScheduleExpression()
                .hour(at.getHour())
                .minute(at.getMinute())
                .second(at.getSecond())
                .timezone(venue.zone().getId());
        timers.createCalendarTimer(daily, new TimerConfig(DAILY, false));
        // lifecycle callbacks have no run-as identity, so the catch-up goes through a timeout as well
        timers.createSingleActionTimer(config.backupCatchUpDelay().toMillis(), new TimerConfig(CATCH_UP, false));
        LOG.info("backup package daily at " + at + " " + venue.zone().getId() + " as " + logins.runAsUser() + " (role "
                + RUN_AS_ROLE + ")");
    }

    @Timeout
    void fire(Timer timer) {
        ZonedDateTime now = archive.clock().instant().atZone(venue.zone());
        LocalDate today = now.toLocalDate();
        for (LocalDate day : new LocalDate[] {today.minusDays(1), today}) {
            Instant due = day.atTime(config.backupAt()).atZone(venue.zone()).toInstant();
            if (now.toInstant().isBefore(due)) {
                continue;
            }
            try {
                if (!DayFiles.list(archive.layout().root(), day).isEmpty() && !packagedSince(day, due)) {
                    backups.startPackage(day, "timer:" + timer.getInfo() + " (run-as " + logins.runAsUser() + ")");
                }
            } catch (IOException | RuntimeException e) {
                Map<String, Object> f = new LinkedHashMap<>();
                f.put("day", DayFiles.token(day));
                f.put("started_by", "timer:" + timer.getInfo());
                f.put("error", e.getClass().getSimpleName() + ": " + e.getMessage());
                archive.events().record("backup_failed", f);
                LOG.log(
                        Level.SEVERE,
                        "BACKUP TIMER could not start the package of " + day
                                + " (docs/operations.md: start it with POST /api/backup-jobs)",
                        e);
            }
        }
    }

    /** A manifest written at or after the day's scheduled time already covers it. */
    private boolean packagedSince(LocalDate day, Instant due) throws IOException {
        Path m = backups.dir(day).resolve(BackupPackager.MANIFEST);
        return Files.exists(m) && !Files.getLastModifiedTime(m).toInstant().isBefore(due);
    }
}
