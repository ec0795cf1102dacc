package io.stockobserver.mitigation;

import io.stockobserver.loop.LoopService;
import io.stockobserver.recorder.ArchiveService;
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
    MitigationSettings config;

    @Inject
    ArchiveService archive;

    @Inject
    LoopService loops;

    /** A hold keeps the level at least at its value; the disk guard and the operator each hold their own. */
    public static final String DISK_HOLD = "disk";

    public static final String OPERATOR_HOLD = "operator";

    private MitigationController controller;
    private io.stockobserver.loop.SupervisedLoop sampling;
    private volatile ResourceSample last;
    private final Map<String, Integer> holds = new java.util.concurrent.ConcurrentHashMap<>();

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

    /** The current level (0, 1, 2): the controller's, or the highest hold if that is higher. */
    public int level() {
        return Math.max(controller.level(), held());
    }

    /** The level the resource readings alone give. */
    public int measuredLevel() {
        return controller.level();
    }

    /** The holds in force, by who holds them ({@link #DISK_HOLD}, {@link #OPERATOR_HOLD}). */
    public Map<String, Integer> holds() {
        return new java.util.TreeMap<>(holds);
    }

    private int held() {
        return holds.values().stream().mapToInt(Integer::intValue).max().orElse(0);
    }

    /**
     * Holds the level at least at {@code level} for {@code source}, a reason outside the controller's four readings
     * (the disk guard when the disk is nearly full, an operator ahead of known load); 0 releases that hold. A change
     * of the effective level is a {@code mitigation_changed} event like any other, its reason the source.
     *
     * @throws IllegalArgumentException for a level outside 0..2 or a blank source
     */
    public synchronized void hold(String source, int level) {
        if (source == null || source.isBlank()) {
            throw new IllegalArgumentException("a hold needs a source");
        }
        if (level < 0 || level > MitigationController.MAX_LEVEL) {
            throw new IllegalArgumentException(
                    "mitigation level must be 0.." + MitigationController.MAX_LEVEL + " but was " + level);
        }
        int before = level();
        if (level == 0) {
            holds.remove(source);
        } else {
            holds.put(source, level);
        }
        int after = level();
        if (after != before) {
            archive.session().mitigationLevel(after);
            Map<String, Object> f = new LinkedHashMap<>();
            f.put("from_level", before);
            f.put("to_level", after);
            f.put("hz", java.math.BigDecimal.valueOf(MitigationController.hz(after)));
            f.put("reasons", java.util.List.of(source));
            archive.events().record("mitigation_changed", f);
            LOG.warning("mitigation level " + before + " -> " + after + " because of the " + source + " hold");
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
        int before = Math.max(c.from(), held());
        int after = Math.max(c.to(), held());
        if (before == after) {
            return; // a hold keeps the effective level: nothing changes on the records
        }
        archive.session().mitigationLevel(after);
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("from_level", before);
        f.put("to_level", after);
        f.put("hz", java.math.BigDecimal.valueOf(MitigationController.hz(after)));
        f.put("reasons", c.reasons());
        f.put("cpu", java.math.BigDecimal.valueOf(Math.round(c.sample().cpu() * 1000) / 1000.0));
        f.put("memory", java.math.BigDecimal.valueOf(Math.round(c.sample().memory() * 1000) / 1000.0));
        f.put("disk_write_latency_ms", c.sample().diskWriteLatency().toMillis());
        f.put("queue_lag_ms", c.sample().queueLag().toMillis());
        archive.events().record("mitigation_changed", f);
        LOG.warning("mitigation level " + before + " -> " + after + " (" + MitigationController.hz(after)
                + " Hz) because " + c.reasons());
    }
}
