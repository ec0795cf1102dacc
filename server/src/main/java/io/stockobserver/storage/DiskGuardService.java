package io.stockobserver.storage;

import io.stockobserver.loop.LoopService;
import io.stockobserver.mitigation.MitigationService;
import io.stockobserver.recorder.ArchiveService;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.FileStore;
import java.nio.file.Files;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Reads the archive file system's use every 5 s ({@link DiskGuard}). Above OBSERVER_DISK_WARN (80 %):
 * {@code disk_space_warning} (the day becomes anomalous) and a warning on readiness. Above OBSERVER_DISK_CRITICAL
 * (95 %): {@code disk_space_critical}, a SEVERE alarm and mitigation level 2 (half the scalp writes) until space
 * returns, then {@code disk_space_recovered}. Writing never stops on purpose: a write the disk refuses costs only its
 * records, counted by the writer, and collection goes on.
 */
@ApplicationScoped
public class DiskGuardService {
    private static final Logger LOG = Logger.getLogger(DiskGuardService.class.getName());

    @Inject
    ArchiveService archive;

    @Inject
    DiskSettings config;

    @Inject
    MitigationService mitigation;

    @Inject
    LoopService loops;

    private DiskGuard guard;
    private io.stockobserver.loop.SupervisedLoop ticker;
    private volatile long usable = -1;
    private volatile long total = -1;

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
        guard = new DiskGuard(config.diskWarn(), config.diskCritical());
        ticker = loops.fixedDelay("disk-guard", Duration.ofSeconds(1), Duration.ofSeconds(5), this::check);
    }

    @PreDestroy
    void stop() {
        if (ticker != null) {
            ticker.end();
        }
    }

    public DiskState state() {
        return guard == null ? DiskState.NORMAL : guard.state();
    }

    /** Share in use at the last reading, 0..1. */
    public double use() {
        return guard == null ? 0 : guard.lastUse();
    }

    public long usableBytes() {
        return usable;
    }

    private void check() {
        try {
            FileStore store = Files.getFileStore(archive.layout().root());
            observe(store.getTotalSpace(), store.getUsableSpace());
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "disk space check failed", e); // tried again in 5 s
        }
    }

    /** Judges one reading of the archive file system; package-private so tests can feed readings. */
    void observe(long totalBytes, long usableBytes) {
        total = totalBytes;
        usable = usableBytes;
        DiskState before = guard.state();
        guard.observe(total, usable).ifPresent(next -> changed(before, next));
    }

    private void changed(DiskState before, DiskState next) {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("use", BigDecimal.valueOf(Math.round(guard.lastUse() * 1000) / 1000.0));
        f.put("usable_bytes", usable);
        f.put("total_bytes", total);
        f.put("from", before.name().toLowerCase(java.util.Locale.ROOT));
        switch (next) {
            case CRITICAL -> {
                archive.events().record("disk_space_critical", f);
                LOG.severe("*** DISK NEARLY FULL: " + f.get("use") + " of the archive file system in use, " + usable
                        + " bytes left; mitigation level 2 until space returns (docs/operations.md) ***");
                mitigation.hold(MitigationService.DISK_HOLD, 2);
            }
            case WARNING -> {
                if (before == DiskState.CRITICAL) {
                    mitigation.hold(MitigationService.DISK_HOLD, 0);
                    archive.events().record("disk_space_recovered", f);
                } else {
                    archive.events().record("disk_space_warning", f);
                    LOG.warning("archive disk above " + config.diskWarn() + ": " + f.get("use") + " in use");
                }
            }
            case NORMAL -> {
                mitigation.hold(MitigationService.DISK_HOLD, 0);
                archive.events().record("disk_space_recovered", f);
            }
        }
    }
}
