package io.stockobserver.app;

import io.stockobserver.pipeline.ObservationGuard;
import io.stockobserver.pipeline.ObservationPipeline;
import io.stockobserver.pipeline.ObservationValidator;
import io.stockobserver.pipeline.RecordEnricher;
import io.stockobserver.provider.VenueProfile;
import io.stockobserver.recorder.ArchiveService;
import io.stockobserver.sink.ArchiveSink;
import io.stockobserver.sink.FanOutSink;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Duration;

/**
 * Makes the observer core's stages CDI beans — Validate, Guard, Record/Enrich, the archive sink and the fan-out that
 * hands each archived record on to the downstream sinks — and the pipeline
 * that chains them, one of each per application. The stages stay plain final classes (unit-tested without a
 * container), so they are produced as {@code @Singleton} (no client proxy needed).
 */
@ApplicationScoped
public class ObserverCoreProducers {
    /** A venue time this far ahead of the receive time is implausible. */
    static final Duration MAX_FUTURE_SKEW = Duration.ofMinutes(5);
    /** A venue time this far behind the receive time is another session's data. */
    static final Duration MAX_AGE = Duration.ofDays(1);

    /** The venue of this server (OBSERVER_PROVIDER); a record, so produced without a client proxy. */
    @Produces
    @Singleton
    VenueProfile venue(ObserverConfig config) {
        return config.venue();
    }

    @Produces
    @Singleton
    ObservationValidator validator(VenueProfile venue) {
        return new ObservationValidator(venue.symbolPattern());
    }

    @Produces
    @Singleton
    ObservationGuard guard() {
        return new ObservationGuard(MAX_FUTURE_SKEW, MAX_AGE);
    }

    @Produces
    @Singleton
    RecordEnricher enricher(ArchiveService archive) {
        return new RecordEnricher(archive.session());
    }

    @Produces
    @Singleton
    ArchiveSink archiveSink(ArchiveService archive) {
        return new ArchiveSink(archive.layout(), archive.writer(), archive.gaps(), archive.clock());
    }

    /**
     * The archive first and always, then every downstream sink behind its own bounded queue. None is configured yet:
     * the database, Kafka and the trading engine's feed add themselves here as they arrive.
     */
    @Produces
    @Singleton
    FanOutSink fanOut(ArchiveSink archiveSink) {
        return new FanOutSink(archiveSink);
    }

    void closeFanOut(@Disposes FanOutSink fanOut) {
        fanOut.close();
    }

    @Produces
    @Singleton
    ObservationPipeline pipeline(
            ObservationValidator validator,
            ObservationGuard guard,
            RecordEnricher enricher,
            FanOutSink sink,
            ArchiveService archive) {
        return new ObservationPipeline(validator, guard, enricher, sink, archive.rejections());
    }
}
