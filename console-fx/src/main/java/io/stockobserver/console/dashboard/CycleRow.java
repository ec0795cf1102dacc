package io.stockobserver.console.dashboard;

import java.time.Instant;

/** One Track A cycle: when, how long, how complete. */
public record CycleRow(
        String cycleId, Instant startedAt, long durationMs, int attempted, int failed, double completeness) {}
