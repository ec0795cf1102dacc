package io.stockobserver.console.dashboard;

import java.time.Instant;

/** A gap of the day (a {@code gap_marker}): what it covered, why, from when to when. */
public record GapRow(String scope, String reason, String symbol, Instant start, Instant end, long seconds) {}
