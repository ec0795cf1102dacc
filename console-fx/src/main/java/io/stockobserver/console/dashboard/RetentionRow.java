package io.stockobserver.console.dashboard;

/** One archive day's retention state on the server. */
public record RetentionRow(
        String day,
        int ageDays,
        int keepDays,
        boolean anomalous,
        boolean packaged,
        boolean acknowledged,
        String verdict,
        String reason) {}
