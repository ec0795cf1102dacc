package io.stockobserver.pipeline;

import java.util.Optional;

/**
 * The observer core: Validate → Guard → Record/Enrich → encode → sink. Thread-safe; called from collector threads.
 * Never blocks: a full sink is reported as a drop (the sink records the gap), so a slow disk cannot stall the
 * WebSocket reader.
 */
public final class ObservationPipeline {
    /** What became of one observation. */
    public enum Outcome {
        ARCHIVED,
        REJECTED,
        DROPPED
    }

    private final ObservationValidator validator;
    private final ObservationGuard guard;
    private final RecordEnricher enricher;
    private final RecordEncoder encoder = new RecordEncoder();
    private final RecordSink sink;
    private final RejectionListener rejections;
    private final PipelineStats stats = new PipelineStats();
    private final java.util.List<java.util.function.Consumer<Observation>> taps =
            new java.util.concurrent.CopyOnWriteArrayList<>();

    public ObservationPipeline(
            ObservationValidator validator,
            ObservationGuard guard,
            RecordEnricher enricher,
            RecordSink sink,
            RejectionListener rejections) {
        this.validator = validator;
        this.guard = guard;
        this.enricher = enricher;
        this.sink = sink;
        this.rejections = rejections;
    }

    public Outcome observe(Observation observation) {
        Optional<Rejection> rejection = validator.validate(observation);
        if (rejection.isEmpty()) {
            rejection = guard.check(observation);
        }
        if (rejection.isPresent()) {
            stats.rejected(rejection.get());
            rejections.rejected(observation, rejection.get());
            return Outcome.REJECTED;
        }
        ArchiveRecord record;
        byte[] line;
        try {
            record = enricher.enrich(observation);
            line = encoder.encode(record);
        } catch (RuntimeException e) { // the validator admits only encodable values; this is evidence of a defect
            Rejection r = Rejection.validation("unencodable", e.getClass().getSimpleName() + ": " + e.getMessage());
            stats.rejected(r);
            rejections.rejected(observation, r);
            return Outcome.REJECTED;
        }
        RecordSink.Result result = sink.write(record, line);
        if (result != RecordSink.Result.ACCEPTED) {
            stats.dropped(observation.track());
            return Outcome.DROPPED;
        }
        stats.accepted(observation.track());
        for (java.util.function.Consumer<Observation> tap : taps) {
            tap.accept(observation);
        }
        return Outcome.ARCHIVED;
    }

    /**
     * Adds a tap told of every archived observation, on the collector's thread (the candidate monitor learns from
     * Track A and the stream this way); it must be quick and must not throw.
     */
    public void tap(java.util.function.Consumer<Observation> tap) {
        taps.add(java.util.Objects.requireNonNull(tap, "tap"));
    }

    public PipelineStats stats() {
        return stats;
    }
}
