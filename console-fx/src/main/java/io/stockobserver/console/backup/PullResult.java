package io.stockobserver.console.backup;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * How a pull of one day from one server ended (or, while it runs, the step it has reached).
 *
 * @param server the source's name
 * @param day the pulled day
 * @param state how far it got
 * @param filesVerified files whose size and SHA-256 matched the manifest
 * @param fileCount files the manifest lists (0 when no manifest was accepted)
 * @param totalBytes bytes the manifest lists
 * @param downloadedBytes bytes that came over the network in this pull (less than the total after a resume)
 * @param gapCount the day's gaps, from the manifest
 * @param anomalous whether the day was marked anomalous, from the manifest
 * @param manifestSha256 the accepted manifest's hash, null when none was accepted
 * @param finishedAt when this state was reached (UTC)
 * @param error why the pull failed, null otherwise
 */
public record PullResult(
        String server,
        LocalDate day,
        PullState state,
        int filesVerified,
        int fileCount,
        long totalBytes,
        long downloadedBytes,
        int gapCount,
        boolean anomalous,
        String manifestSha256,
        Instant finishedAt,
        String error) {
    public PullResult {
        BackupSource.checkServerName(server);
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(finishedAt, "finishedAt");
        if (filesVerified < 0 || fileCount < 0 || totalBytes < 0 || downloadedBytes < 0 || gapCount < 0) {
            throw new IllegalArgumentException("counts cannot be negative");
        }
    }
}
