package io.stockobserver.collect;

import java.time.Duration;
import java.time.Instant;

/** The outcome of one Track A cycle: how many symbols were attempted, archived and missed, and how long it took. */
public record SwingCycleResult(
        String cycleId, Instant startedAt, Duration duration, int attempted, int succeeded, int failed) {}
