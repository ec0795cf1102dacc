package io.stockobserver.etl;

import io.stockobserver.batch.etl.EtlEnvironment;
import io.stockobserver.database.SchemaMigration;
import io.stockobserver.provider.VenueProfile;
import io.stockobserver.recorder.ArchiveService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;

/** The running observer as {@code etl-day} sees it, and the progress its readers report (kept in memory). */
@ApplicationScoped
public class ServerEtlEnvironment implements EtlEnvironment {
    /** Bytes read and total of one source of one execution. */
    public record SourceProgress(long done, long total) {}

    @Inject
    ArchiveService archive;

    @Inject
    VenueProfile venue;

    @Inject
    SchemaMigration schema;

    private final Map<Long, Map<String, SourceProgress>> progress = new ConcurrentHashMap<>();

    @Override
    public Path root() {
        return archive.layout().root();
    }

    @Override
    public ZoneId partitionZone() {
        return venue.zone();
    }

    @Override
    public DataSource database() {
        return schema.dataSource();
    }

    @Override
    public void event(String type, Map<String, ?> fields) {
        archive.events().record(type, fields);
    }

    @Override
    public void progress(long executionId, String source, int partition, long bytesDone, long bytesTotal) {
        progress.computeIfAbsent(executionId, k -> new ConcurrentHashMap<>())
                .put(source + "/" + partition, new SourceProgress(bytesDone, bytesTotal));
    }

    /**
     * What the execution's readers reported so far, by source/partition (empty for one that ran before this server
     * started).
     */
    public Map<String, SourceProgress> progress(long executionId) {
        return Map.copyOf(progress.getOrDefault(executionId, Map.of()));
    }
}
