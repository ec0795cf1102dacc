package io.stockobserver.backup;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.stockobserver.batch.backup.BackupPackager;
import io.stockobserver.batch.backup.DayFiles;
import io.stockobserver.batch.backup.Manifests;
import io.stockobserver.recorder.ArchiveService;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.JobExecution;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * The daily backup package on the server side: starts the {@code backup-package} Jakarta Batch job for a day, reads
 * back the manifests it wrote, and takes the PC's acknowledgement — a matching one (manifest hash and verified file
 * count) writes {@code backup/{YYYYMMDD}/SUCCESS.marker}, any other is refused and recorded.
 */
@ApplicationScoped
public class BackupService {
    public static final String JOB = "backup-package";
    public static final String MARKER = "SUCCESS.marker";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    ArchiveService archive;

    /**
     * Starts packaging {@code day}; the caller must be allowed to submit batch jobs. {@code startedBy} (a login, or
     * {@code timer}) goes into the {@code backup_started} event. Returns the execution id.
     */
    public long startPackage(LocalDate day, String startedBy) {
        Properties p = new Properties();
        p.setProperty("day", DayFiles.token(day));
        long id = operator().start(JOB, p);
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("day", DayFiles.token(day));
        f.put("execution_id", id);
        f.put("started_by", startedBy);
        archive.events().record("backup_started", f);
        return id;
    }

    /** Execution state of a packaging job, or empty when unknown to this server (the repository is in memory). */
    public Optional<Map<String, Object>> execution(long id) {
        try {
            JobExecution e = operator().getJobExecution(id);
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("execution_id", id);
            out.put("job", e.getJobName());
            out.put(
                    "day",
                    e.getJobParameters() == null ? null : e.getJobParameters().getProperty("day"));
            out.put("batch_status", String.valueOf(e.getBatchStatus()));
            out.put("exit_status", e.getExitStatus());
            out.put(
                    "started",
                    e.getStartTime() == null
                            ? null
                            : e.getStartTime().toInstant().toString());
            out.put(
                    "ended",
                    e.getEndTime() == null ? null : e.getEndTime().toInstant().toString());
            // progress: files summarized so far (committed chunks) and the step under way
            long summarized = 0;
            String step = null;
            for (jakarta.batch.runtime.StepExecution s : operator().getStepExecutions(id)) {
                step = s.getStepName();
                if (s.getStepName().equals("summarize") && s.getMetrics() != null) {
                    for (jakarta.batch.runtime.Metric m : s.getMetrics()) {
                        if (m.getType() == jakarta.batch.runtime.Metric.MetricType.WRITE_COUNT) {
                            summarized = m.getValue();
                        }
                    }
                }
            }
            out.put("step", step);
            out.put("files_summarized", summarized);
            return Optional.of(out);
        } catch (jakarta.batch.operations.NoSuchJobExecutionException e) {
            return Optional.empty();
        }
    }

    public Path dir(LocalDate day) {
        return BackupPackager.dir(archive.layout().root(), day);
    }

    /** The day's manifest, if it was packaged. */
    public Optional<JsonNode> manifest(LocalDate day) throws IOException {
        Path m = dir(day).resolve(BackupPackager.MANIFEST);
        return Files.exists(m) ? Optional.of(JSON.readTree(m.toFile())) : Optional.empty();
    }

    /**
     * Whether the PC acknowledged the day's current package: the marker must name the manifest's hash, so an
     * acknowledgement of an older package of a re-packaged day does not count.
     */
    public boolean acknowledged(LocalDate day) throws IOException {
        Optional<JsonNode> m = manifest(day);
        Path marker = dir(day).resolve(MARKER);
        if (m.isEmpty() || !Files.exists(marker)) {
            return false;
        }
        String acked = JSON.readTree(marker.toFile()).path(Manifests.HASH_FIELD).asText();
        return acked.equals(m.get().path(Manifests.HASH_FIELD).asText());
    }

    /** What an acknowledgement came to. */
    public enum AckResult {
        ACCEPTED,
        NOT_PACKAGED,
        MISMATCH
    }

    /**
     * Takes the PC's acknowledgement: it must name the manifest's hash and have verified every file it lists. A
     * match writes the marker atomically and records {@code backup_acknowledged}; anything else records
     * {@code backup_ack_refused}.
     */
    public synchronized AckResult acknowledge(LocalDate day, String manifestHash, long verifiedFiles, String caller)
            throws IOException {
        Optional<JsonNode> m = manifest(day);
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("day", DayFiles.token(day));
        f.put("by", caller);
        f.put("manifest_sha256_sent", String.valueOf(manifestHash));
        f.put("verified_files", verifiedFiles);
        if (m.isEmpty()) {
            f.put("reason", "not_packaged");
            archive.events().record("backup_ack_refused", f);
            return AckResult.NOT_PACKAGED;
        }
        String hash = m.get().path(Manifests.HASH_FIELD).asText();
        long files = m.get().path("file_count").asLong();
        if (!hash.equals(manifestHash) || verifiedFiles != files) {
            f.put("reason", !hash.equals(manifestHash) ? "hash_mismatch" : "file_count_mismatch");
            f.put("manifest_sha256", hash);
            f.put("file_count", files);
            archive.events().record("backup_ack_refused", f);
            return AckResult.MISMATCH;
        }
        Map<String, Object> marker = new LinkedHashMap<>();
        marker.put("day", DayFiles.token(day));
        marker.put(Manifests.HASH_FIELD, hash);
        marker.put("verified_files", verifiedFiles);
        marker.put("acknowledged_at", archive.clock().instant().toString());
        marker.put("by", caller);
        io.stockobserver.archive.DurableFiles.replaceAtomically(
                dir(day).resolve(MARKER), (JSON.writeValueAsString(marker) + "\n").getBytes(StandardCharsets.UTF_8));
        f.put("manifest_sha256", hash);
        archive.events().record("backup_acknowledged", f);
        return AckResult.ACCEPTED;
    }

    private static JobOperator operator() {
        return BatchRuntime.getJobOperator();
    }
}
