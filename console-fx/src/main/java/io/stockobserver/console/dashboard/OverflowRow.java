package io.stockobserver.console.dashboard;

import java.time.Instant;

/** A candidate the slots had no room for (an Overflow Ledger row), as the ledger has it. */
public record OverflowRow(String symbol, double score, String reason, int cutoffRank, Instant time) {}
