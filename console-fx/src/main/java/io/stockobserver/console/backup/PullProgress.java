package io.stockobserver.console.backup;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Where one pull stands. Bytes and files count within the current phase: while DOWNLOADING, bytes on disk (files
 * already there count as done); while VERIFYING, bytes hashed. The speed is over a sliding window of a few seconds.
 *
 * @param server the source's name
 * @param day the day being pulled
 * @param phase what the pull is doing
 * @param bytesDone bytes done in this phase
 * @param bytesTotal bytes of the day's package (0 until the manifest is in)
 * @param filesDone files done in this phase
 * @param filesTotal files of the day's package (0 until the manifest is in)
 * @param currentFile the manifest path being worked on, null between files
 * @param bytesPerSecond recent speed of this phase
 */
public record PullProgress(
        String server,
        LocalDate day,
        Phase phase,
        long bytesDone,
        long bytesTotal,
        int filesDone,
        int filesTotal,
        String currentFile,
        double bytesPerSecond) {

    /** The steps of a pull, in order. */
    public enum Phase {
        /** Fetching and checking the manifest. */
        MANIFEST,
        /** Fetching files into their part files. */
        DOWNLOADING,
        /** Checking size and SHA-256 of every file on disk (and fetching a mismatching one once more). */
        VERIFYING,
        /** Sending the acknowledgement. */
        ACKNOWLEDGING,
        /** Over; the result says how it ended. */
        FINISHED
    }

    /** Done bytes over total bytes, 0..1 (1 for an empty package). */
    public double fraction() {
        return bytesTotal == 0 ? (phase == Phase.MANIFEST ? 0 : 1) : Math.min(1.0, (double) bytesDone / bytesTotal);
    }

    /** Time left in this phase at the recent speed; empty while the speed is unknown or zero. */
    public Optional<Duration> eta() {
        long left = Math.max(0, bytesTotal - bytesDone);
        if (left == 0) {
            return Optional.of(Duration.ZERO);
        }
        if (bytesPerSecond <= 0) {
            return Optional.empty();
        }
        return Optional.of(Duration.ofMillis((long) Math.ceil(left * 1000.0 / bytesPerSecond)));
    }
}
