package io.stockobserver.console.backup;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What one run over all servers did.
 *
 * @param startedAt when it started (UTC)
 * @param finishedAt when it ended (UTC)
 * @param results one per day pulled, in the order pulled
 * @param listingErrors per server whose day list could not be read, why
 */
public record PullRun(
        Instant startedAt, Instant finishedAt, List<PullResult> results, Map<String, String> listingErrors) {
    public PullRun {
        Objects.requireNonNull(startedAt, "startedAt");
        Objects.requireNonNull(finishedAt, "finishedAt");
        results = List.copyOf(results);
        listingErrors = Map.copyOf(listingErrors);
    }

    /** Whether every server answered and every day it offered was acknowledged. */
    public boolean complete() {
        return listingErrors.isEmpty() && results.stream().allMatch(r -> r.state() == PullState.ACKNOWLEDGED);
    }
}
