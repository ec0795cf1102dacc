package io.stockobserver.recorder;

import io.stockobserver.archive.ArchiveLayout;
import io.stockobserver.archive.ArchiveRepair;
import io.stockobserver.archive.ArchiveWriter;
import io.stockobserver.archive.ArchiveWriterConfig;
import io.stockobserver.archive.Downtime;
import io.stockobserver.archive.LivenessJournal;
import io.stockobserver.archive.RawJournal;
import io.stockobserver.archive.RawRef;
import io.stockobserver.archive.RepairReport;
import io.stockobserver.archive.RepairedFile;
import io.stockobserver.events.GapRecorder;
import io.stockobserver.events.RejectionReporter;
import io.stockobserver.events.SystemEventLog;
import io.stockobserver.loop.LoopEvents;
import io.stockobserver.loop.LoopService;
import io.stockobserver.pipeline.ObserverSession;
import io.stockobserver.provider.VenueProfile;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The archive of this run: repairs what a crash left (torn last lines to quarantine), records the downtime since the
 * previous run as a {@code process_restart} gap, starts the group-committing writer, and keeps a heartbeat so the
 * next start can tell how long this process was gone. On shutdown it drains and forces everything.
 */
@ApplicationScoped
public class ArchiveService implements LoopEvents {
    private static final Logger LOG = Logger.getLogger(ArchiveService.class.getName());
    private static final String ALL = "all";

    @Inject
    RecorderSettings config;

    @Inject
    VenueProfile venue;

    @Inject
    LoopService loops;

    private final Clock clock = Clock.systemUTC();
    private ArchiveLayout layout;
    private ArchiveWriter writer;
    private RawJournal rawJournal;
    private ObserverSession session;
    private SystemEventLog events;
    private GapRecorder gaps;
    private RejectionReporter rejections;
    private LivenessJournal liveness;
    private ArchiveMetricsListener metrics;
    private RepairReport repairReport;
    private io.stockobserver.loop.SupervisedLoop heartbeat;
    private volatile boolean started;

    @PostConstruct
    void start() {
        Instant now = clock.instant();
        try {
            Files.createDirectories(config.dataDir());
            layout = new ArchiveLayout(
                    config.dataDir(), venue.zone(), config.scalpSegment(), ArchiveLayout.DEFAULT_RAW_SEGMENT);
            repairReport = new ArchiveRepair().repair(layout, now);
            session = new ObserverSession(now, venue.zone());
            liveness = new LivenessJournal(layout, session.id());
            java.util.Optional<Downtime> downtime = liveness.previousRun(now);
            metrics = new ArchiveMetricsListener();
            writer = ArchiveWriter.start(
                    layout,
                    ArchiveWriterConfig.builder()
                            .fsyncInterval(config.fsyncInterval())
                            .queueCapacity(config.queueCapacity())
                            .build(),
                    metrics);
            rawJournal = new RawJournal(layout, writer);
            events = new SystemEventLog(layout, writer, session, venue.provider(), clock, Duration.ofSeconds(2));
            gaps = new GapRecorder(events);
            rejections = new RejectionReporter(events, clock, Duration.ofSeconds(1));
            recordStartup(now, downtime);
            liveness.beat(now);
            heartbeat = loops.fixedRate("archive-heartbeat", Duration.ofSeconds(1), Duration.ofSeconds(1), this::beat);
            started = true;
            LOG.info("archive at " + layout.root() + ", session " + session.id() + ", fsync every "
                    + config.fsyncInterval().toMillis() + " ms");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the archive at " + config.dataDir(), e);
        }
    }

    private void recordStartup(Instant now, java.util.Optional<Downtime> downtime) {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("data_dir", layout.root().toString());
        f.put("files_scanned", repairReport.filesScanned());
        f.put("files_repaired", repairReport.repaired().size());
        f.put("bytes_quarantined", repairReport.bytesQuarantined());
        events.record("observer_started", f);
        for (RepairedFile r : repairReport.repaired()) {
            Map<String, Object> rf = new LinkedHashMap<>();
            rf.put("file", r.file().toString());
            rf.put("quarantine_file", r.quarantineFile().toString());
            rf.put("bytes_quarantined", r.bytesQuarantined());
            events.record("torn_line_quarantined", rf);
            LOG.warning("start-up repair: torn tail of " + r.file() + " moved to " + r.quarantineFile());
        }
        for (RepairReport.Failure failure : repairReport.failures()) {
            Map<String, Object> ff = new LinkedHashMap<>();
            ff.put("file", failure.file().toString());
            ff.put("error", String.valueOf(failure.cause().getMessage()));
            events.record("repair_failed", ff);
            LOG.severe("start-up repair failed for " + failure.file() + ": " + failure.cause());
        }
        downtime.ifPresent(d -> {
            gaps.record(d.lastAlive(), now, ALL, GapRecorder.Reason.PROCESS_RESTART);
            LOG.warning("previous run " + d.previousSessionId() + " last alive " + d.lastAlive() + " ("
                    + (d.cleanShutdown() ? "clean shutdown" : "no clean shutdown") + "); gap of "
                    + d.duration().toSeconds() + " s recorded");
        });
    }

    private void beat() {
        try {
            liveness.beat(clock.instant());
        } catch (IOException e) {
            LOG.log(Level.WARNING, "heartbeat write failed", e);
        }
    }

    @PreDestroy
    void stop() {
        if (heartbeat != null) {
            heartbeat.end();
        }
        if (writer != null) {
            events.record("observer_stopping", Map.of());
            writer.close();
            try {
                liveness.markCleanShutdown(clock.instant());
            } catch (IOException e) {
                LOG.log(Level.WARNING, "could not mark the clean shutdown", e);
            }
        }
    }

    /** Journals a REST response body before it is parsed; the REST client's raw hook. */
    public String journalRestResponse(String channel, String body, Instant receiveTime, long receivedAtNanos) {
        RawRef ref = rawJournal.journal(venue.provider(), channel, body, receiveTime, receivedAtNanos);
        return ref.journaled() ? ref.toString() : null;
    }

    @Override
    public void loopEvent(String type, Map<String, ?> fields) {
        if (started) {
            events.record(type, fields);
        }
    }

    public boolean isStarted() {
        return started;
    }

    public ArchiveLayout layout() {
        return layout;
    }

    public ArchiveWriter writer() {
        return writer;
    }

    public RawJournal rawJournal() {
        return rawJournal;
    }

    public ObserverSession session() {
        return session;
    }

    public SystemEventLog events() {
        return events;
    }

    public GapRecorder gaps() {
        return gaps;
    }

    public RejectionReporter rejections() {
        return rejections;
    }

    public ArchiveMetricsListener metrics() {
        return metrics;
    }

    public RepairReport repairReport() {
        return repairReport;
    }

    public Clock clock() {
        return clock;
    }
}
