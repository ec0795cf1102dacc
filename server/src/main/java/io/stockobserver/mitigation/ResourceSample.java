package io.stockobserver.mitigation;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * One reading of the resources mitigation watches.
 *
 * @param at when it was taken
 * @param cpu CPU use 0..1 (system-wide)
 * @param memory memory use 0..1
 * @param diskWriteLatency the last group-commit force duration
 * @param queueLag age of the oldest entry waiting for the archive writer
 */
public record ResourceSample(Instant at, double cpu, double memory, Duration diskWriteLatency, Duration queueLag) {
    public ResourceSample {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(diskWriteLatency, "diskWriteLatency");
        Objects.requireNonNull(queueLag, "queueLag");
        if (!(cpu >= 0 && cpu <= 1) || !(memory >= 0 && memory <= 1)) {
            throw new IllegalArgumentException("cpu and memory are fractions 0..1, got " + cpu + ", " + memory);
        }
    }
}
