package io.stockobserver.etl;

import io.stockobserver.provider.VenueProfile;
import io.stockobserver.recorder.ArchiveService;
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
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Starts the daily load of the archive into the database at OBSERVER_ETL_AT ({@link EtlSchedule}), and loads the
 * days a downstream sink asks for ({@link #loadSoon}), under the run-as identity server.xml binds to
 * {@value #RUN_AS_ROLE} (the batch runtime needs an authenticated submitter). A server that was down at that time
 * catches up when it starts: every due day of the last three with archive data and no completed load since it was
 * due is loaded.
 */
@Singleton
@Startup
@RunAs(EtlTimer.RUN_AS_ROLE)
@DeclareRoles(EtlTimer.RUN_AS_ROLE)
public class EtlTimer {
    /** The role server.xml binds to the run-as user (the same as the backup timer's). */
    public static final String RUN_AS_ROLE = "batchRunner";

    private static final Logger LOG = Logger.getLogger(EtlTimer.class.getName());
    private static final String DAILY = "daily";
    private static final String CATCH_UP = "catch-up";

    @Resource
    TimerService timers;

    @Inject
    EtlSettings config;

    @Inject
    VenueProfile venue;

    @Inject
    ArchiveService archive;

    @Inject
    EtlService etl;

    @Inject
    JpaEtlLedger ledger;

    @PostConstruct
    void schedule() {
        var at = config.etlAt();
        timers.createCalendarTimer(
                new ScheduleExpression()
                        .hour(at.getHour())
                        .minute(at.getMinute())
                        .second(at.getSecond())
                        .timezone(venue.zone().getId()),
                new TimerConfig(DAILY, false));
        timers.createSingleActionTimer(config.etlCatchUpDelay().toMillis(), new TimerConfig(CATCH_UP, false));
        LOG.info("database load daily at " + at + " " + venue.zone().getId());
    }

    /** Loads these days again as soon as possible (a sink's hole); retried every 30 s while one is loading. */
    public void loadSoon(List<LocalDate> days, String reason) {
        timers.createSingleActionTimer(1, new TimerConfig(new Request(new ArrayList<>(days), reason), false));
    }

    /** A load asked for by a sink. */
    record Request(ArrayList<LocalDate> days, String reason) implements java.io.Serializable {}

    @Timeout
    void fire(Timer timer) {
        if (timer.getInfo() instanceof Request r) {
            List<LocalDate> busy = new ArrayList<>();
            for (LocalDate d : r.days()) {
                if (!start(d, r.reason())) {
                    busy.add(d);
                }
            }
            if (!busy.isEmpty()) {
                timers.createSingleActionTimer(
                        30_000, new TimerConfig(new Request(new ArrayList<>(busy), r.reason()), false));
            }
            return;
        }
        Instant now = archive.clock().instant();
        for (LocalDate d : EtlSchedule.dueDays(now, config.etlAt(), venue.zone(), venue.session())) {
            Instant due = EtlSchedule.due(d, config.etlAt(), venue.zone(), venue.session());
            try {
                if (ArchiveDays.of(archive.layout().root(), venue.provider()).contains(d) && !loadedSince(d, due)) {
                    start(d, "timer:" + timer.getInfo());
                }
            } catch (IOException | RuntimeException e) {
                failed(d, "timer:" + timer.getInfo(), e);
            }
        }
    }

    /** Starts a load; false when one of the day runs already. */
    private boolean start(LocalDate day, String by) {
        try {
            etl.start(null, day, null, by);
            return true;
        } catch (EtlService.AlreadyRunning e) {
            return false;
        } catch (RuntimeException e) {
            failed(day, by, e);
            return true;
        }
    }

    private void failed(LocalDate day, String by, Exception e) {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("day", day.format(java.time.format.DateTimeFormatter.BASIC_ISO_DATE));
        f.put("provider", venue.provider());
        f.put("started_by", by);
        f.put("error", e.getClass().getSimpleName() + ": " + e.getMessage());
        archive.events().record("etl_failed", f);
        LOG.log(Level.SEVERE, "DATABASE LOAD could not start for " + day + " (start it with POST /api/etl-jobs)", e);
    }

    private boolean loadedSince(LocalDate day, Instant due) {
        return ledger.find(venue.provider(), day)
                .filter(l -> EtlLoad.COMPLETED.equals(l.status()) && l.startedAt() != null)
                .filter(l -> !l.startedAt().toInstant().isBefore(due))
                .isPresent();
    }
}
