package io.stockobserver.archive;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * What start-up repair did: how many archive files it looked at, which torn files it repaired, and which it could
 * not (those still have a torn tail and must be reported; the writer quarantines it before it appends there).
 */
public record RepairReport(int filesScanned, List<RepairedFile> repaired, List<Failure> failures) {

    public RepairReport {
        if (filesScanned < 0) {
            throw new IllegalArgumentException("filesScanned must not be negative: " + filesScanned);
        }
        repaired = List.copyOf(repaired);
        failures = List.copyOf(failures);
    }

    /** Total bytes moved to quarantine. */
    public long bytesQuarantined() {
        return repaired.stream().mapToLong(RepairedFile::bytesQuarantined).sum();
    }

    /** Whether every file is whole now. */
    public boolean clean() {
        return failures.isEmpty();
    }

    /** A file that could not be checked or repaired (archive-relative), and why. */
    public record Failure(Path file, IOException cause) {
        public Failure {
            Objects.requireNonNull(file, "file");
            Objects.requireNonNull(cause, "cause");
        }
    }
}
