package io.stockobserver.app;

import io.stockobserver.mitigation.LevelChange;
import io.stockobserver.mitigation.MitigationController;
import io.stockobserver.mitigation.MitigationPolicy;
import io.stockobserver.mitigation.ResourceSample;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Samples the resources every second — system CPU, JVM heap use, the archive's last force duration (disk-write
 * latency) and the writer queue's oldest entry (event-queue lag) — feeds the {@link MitigationController}, stamps
 * the level on every record through the session, and writes a {@code mitigation_changed} event per change.
 */
@ApplicationScoped
public class MitigationService {
    private static final Logger LOG = Logger.getLogger(MitigationService.class.getName());

    @Inject
    ObserverConfig config;

    @Inject
    ArchiveService archive;

    @Inject
    LoopService loops;

    private MitigationController controller;
    private io.stockobserver.loop.SupervisedLoop sampling;
    private volatile ResourceSample last;
    private volatile int floor;

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
        LOG.fine("mitigation service started");
    }

    @PostConstruct
    void start() {
        controller = new MitigationController(MitigationPolicy.withSustain(config.mitigationWindow()));
        sampling = loops.fixedRate("mitigation-sampler", Duration.ofSeconds(1), Duration.ofSeconds(1), this::sample);
    }

    @PreDestroy
    void stop() {
        if (sampling != null) {
            sampling.end();
        }
    }

    /** The current level (0, 1, 2): the controller's, or the floor another guard set if that is higher. */
    public int level() {
        return Math.max(controller.level(), floor);
    }

    /**
     * Holds the level at least at {@code level} (0 releases it) for a reason outside the controller's four readings —
     * the disk guard when the disk is nearly full. A change of the effective level is a {@code mitigation_changed}
     * event like any other.
     */
    public synchronized void floor(int level, String reason) {
        int before = level();
        floor = Math.max(0, Math.min(2, level));
        int after = level();
        if (after != before) {
            archive.session().mitigationLevel(after);
            Map<String, Object> f = new LinkedHashMap<>();
            f.put("from_level", before);
            f.put("to_level", after);
            f.put("hz", java.math.BigDecimal.valueOf(MitigationController.hz(after)));
            f.put("reasons", java.util.List.of(reason));
            archive.events().record("mitigation_changed", f);
            LOG.warning("mitigation level " + before + " -> " + after + " because " + reason);
        }
    }

    /** The last resource reading, or null before the first. */
    public ResourceSample lastSample() {
        return last;
    }

    private void sample() {
        try {
            ResourceSample s = read();
            last = s;
            controller.observe(s).ifPresent(this::apply);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "mitigation sampling failed", e); // a failed reading must not end the schedule
        }
    }

    private ResourceSample read() {
        double cpu = 0;
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            cpu = Math.max(0, Math.min(1, os.getCpuLoad()));
        }
        MemoryUsage heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
        double memory = heap.getMax() > 0 ? Math.min(1, heap.getUsed() / (double) heap.getMax()) : 0;
        return new ResourceSample(
                archive.clock().instant(),
                cpu,
                memory,
                Duration.ofNanos(archive.metrics().lastForceNanos()),
                Duration.ofNanos(archive.writer().oldestQueuedAgeNanos()));
    }

    private synchronized void apply(LevelChange c) {
        if (Math.max(c.from(), floor) == Math.max(c.to(), floor)) {
            return; // the floor holds the effective level: nothing changes on the records
        }
        archive.session().mitigationLevel(Math.max(c.to(), floor));
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("from_level", c.from());
        f.put("to_level", c.to());
        f.put("hz", java.math.BigDecimal.valueOf(c.hz()));
        f.put("reasons", c.reasons());
        f.put("cpu", java.math.BigDecimal.valueOf(Math.round(c.sample().cpu() * 1000) / 1000.0));
        f.put("memory", java.math.BigDecimal.valueOf(Math.round(c.sample().memory() * 1000) / 1000.0));
        f.put("disk_write_latency_ms", c.sample().diskWriteLatency().toMillis());
        f.put("queue_lag_ms", c.sample().queueLag().toMillis());
        archive.events().record("mitigation_changed", f);
        LOG.warning("mitigation level " + c.from() + " -> " + c.to() + " (" + c.hz() + " Hz) because " + c.reasons());
    }
}
