package io.stockobserver.app;

import io.stockobserver.pipeline.ObservationGuard;
import io.stockobserver.pipeline.ObservationPipeline;
import io.stockobserver.pipeline.ObservationValidator;
import io.stockobserver.pipeline.RecordEnricher;
import io.stockobserver.sink.ArchiveSink;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;

/** The one observer pipeline of this run (Validate → Guard → Record/Enrich → archive sink). */
@ApplicationScoped
public class PipelineService {
    @Inject
    ArchiveService archive;

    private ObservationPipeline pipeline;

    @PostConstruct
    void start() {
        pipeline = new ObservationPipeline(
                new ObservationValidator(),
                new ObservationGuard(Duration.ofMinutes(5), Duration.ofDays(1)),
                new RecordEnricher(archive.session()),
                new ArchiveSink(archive.layout(), archive.writer(), archive.gaps(), archive.clock()),
                archive.rejections());
    }

    public ObservationPipeline pipeline() {
        return pipeline;
    }
}
