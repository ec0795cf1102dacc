package io.stockobserver.mitigation;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Thresholds of seed 003 §2.10 and the window they must hold for. A level's condition holds when ANY resource is at
 * or above that level's threshold.
 *
 * @param cpu level 1 and level 2 CPU thresholds (80 %, 90 %)
 * @param memory level 1 and 2 memory thresholds (85 %, 95 %)
 * @param diskWriteLatency level 1 and 2 disk-write latency thresholds (500 ms, 1,000 ms)
 * @param queueLag level 1 and 2 event-queue lag thresholds (2 s, 5 s)
 * @param sustain how long a condition must hold before the level rises, and how long the current level's condition
 *     must stay clear before it falls (5 minutes; tests use seconds)
 */
public record MitigationPolicy(
        double[] cpu, double[] memory, Duration[] diskWriteLatency, Duration[] queueLag, Duration sustain) {

    public MitigationPolicy {
        if (cpu.length != 2 || memory.length != 2 || diskWriteLatency.length != 2 || queueLag.length != 2) {
            throw new IllegalArgumentException("each resource needs a level-1 and a level-2 threshold");
        }
        if (sustain.isNegative()) {
            throw new IllegalArgumentException("sustain must not be negative: " + sustain);
        }
        cpu = cpu.clone();
        memory = memory.clone();
        diskWriteLatency = diskWriteLatency.clone();
        queueLag = queueLag.clone();
    }

    /** The seed's table with a 5-minute window. */
    public static MitigationPolicy defaults() {
        return withSustain(Duration.ofMinutes(5));
    }

    /** The seed's thresholds with another window. */
    public static MitigationPolicy withSustain(Duration sustain) {
        return new MitigationPolicy(
                new double[] {0.80, 0.90},
                new double[] {0.85, 0.95},
                new Duration[] {Duration.ofMillis(500), Duration.ofMillis(1000)},
                new Duration[] {Duration.ofSeconds(2), Duration.ofSeconds(5)},
                sustain);
    }

    /** The resources at or above {@code level}'s thresholds in {@code s} (empty: the condition does not hold). */
    public List<String> breaches(ResourceSample s, int level) {
        int i = level - 1;
        List<String> out = new ArrayList<>();
        if (s.cpu() >= cpu[i]) {
            out.add("cpu");
        }
        if (s.memory() >= memory[i]) {
            out.add("memory");
        }
        if (s.diskWriteLatency().compareTo(diskWriteLatency[i]) >= 0) {
            out.add("disk_write_latency");
        }
        if (s.queueLag().compareTo(queueLag[i]) >= 0) {
            out.add("queue_lag");
        }
        return out;
    }
}
