package io.stockobserver.collect;

import io.stockobserver.events.GapRecorder;
import io.stockobserver.events.SystemEventLog;
import io.stockobserver.pipeline.FieldValueException;
import io.stockobserver.pipeline.Observation;
import io.stockobserver.pipeline.ObservationPipeline;
import io.stockobserver.provider.SnapshotSource;
import io.stockobserver.provider.VenueException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

/**
 * One Track A cycle over a list of symbols: snapshots them through the venue's snapshot source in batches of its size
 * (KIS: intstock-multprice, 30 a call, or inquire-price one by one on paper), hands every answer to the pipeline,
 * retries what failed for venue reasons once more while the cycle's time budget allows, and leaves evidence: a
 * {@code swing_cycle_completed} event with the counts and one {@code gap_marker} (scope swing) per symbol still
 * missing, with the reason.
 *
 * <p>Design note: the venue clients already retry rate-limit refusals, 5xx and time-outs per call with a bounded
 * back-off; the second pass here covers batches that failed even so (a longer outage), without ever overrunning the
 * budget.
 */
public final class SwingCycleRunner {
    private static final Logger LOG = Logger.getLogger(SwingCycleRunner.class.getName());
    private static final String SCOPE = "swing";

    private final SnapshotSource source;
    private final ObservationPipeline pipeline;
    private final GapRecorder gaps;
    private final SystemEventLog events;
    private final Clock clock;
    private volatile boolean stopping;
    /** Symbols archived in the cycle running now (one cycle at a time: the collector never overlaps them). */
    private final java.util.Set<String> archived = java.util.concurrent.ConcurrentHashMap.newKeySet();

    private final java.util.concurrent.atomic.AtomicLong unexpected = new java.util.concurrent.atomic.AtomicLong();
    private final java.util.concurrent.atomic.AtomicLong valueRejected = new java.util.concurrent.atomic.AtomicLong();

    public SwingCycleRunner(
            SnapshotSource source, ObservationPipeline pipeline, GapRecorder gaps, SystemEventLog events, Clock clock) {
        this.source = source;
        this.pipeline = pipeline;
        this.gaps = gaps;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Ends a running cycle at the next call boundary (server shutdown): the symbols not yet asked for are recorded as
     * missing with reason {@code paused}. Later cycles do not run.
     */
    public void stop() {
        stopping = true;
    }

    /** REST calls one cycle over {@code symbols} needs at least. */
    public int callsNeeded(int symbols) {
        int perCall = source.batchSize();
        return (symbols + perCall - 1) / perCall;
    }

    /** The venue's snapshot source this runner asks. */
    public SnapshotSource source() {
        return source;
    }

    /**
     * Runs the cycle; {@code budget} bounds the retry pass (typically a fraction of the interval), never the first.
     */
    public SwingCycleResult run(String cycleId, Instant cycleTime, List<String> symbols, Duration budget)
            throws InterruptedException {
        Instant started = clock.instant();
        archived.clear();
        Map<String, String> missing = new LinkedHashMap<>(); // symbol -> reason code
        int calls = sweep(cycleId, cycleTime, symbols, missing);
        List<String> retryable = missing.entrySet().stream()
                .filter(e -> e.getValue().equals(GapRecorder.Reason.API_ERROR.wireName())
                        || e.getValue().equals(GapRecorder.Reason.RATE_LIMIT.wireName()))
                .map(Map.Entry::getKey)
                .toList();
        boolean retried = false;
        if (!retryable.isEmpty() && clock.instant().isBefore(started.plus(budget))) {
            retryable.forEach(missing::remove);
            calls += sweep(cycleId, cycleTime, retryable, missing);
            retried = true;
        }
        Instant end = clock.instant();
        for (Map.Entry<String, String> m : missing.entrySet()) {
            gaps.record(
                    cycleTime,
                    end,
                    SCOPE,
                    reason(m.getValue()),
                    Map.of("symbol", m.getKey(), "cycle_id", cycleId, "detail", m.getValue()));
        }
        SwingCycleResult result = new SwingCycleResult(
                cycleId,
                cycleTime,
                Duration.between(started, end),
                symbols.size(),
                symbols.size() - missing.size(),
                missing.size());
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("cycle_id", cycleId);
        f.put("attempted", result.attempted());
        f.put("succeeded", result.succeeded());
        f.put("failed", result.failed());
        f.put("duration_ms", result.duration().toMillis());
        f.put("rest_calls", calls);
        f.put("endpoint", source.endpoint());
        f.put("retry_pass", retried);
        if (!missing.isEmpty()) {
            f.put("failed_symbols", new ArrayList<>(missing.keySet()));
        }
        events.record("swing_cycle_completed", f, end);
        return result;
    }

    private int sweep(String cycleId, Instant cycleTime, List<String> symbols, Map<String, String> missing)
            throws InterruptedException {
        int perCall = source.batchSize();
        int calls = 0;
        for (int from = 0; from < symbols.size(); from += perCall) {
            List<String> batch = symbols.subList(from, Math.min(symbols.size(), from + perCall));
            if (stopping) {
                batch.forEach(s -> missing.put(s, GapRecorder.Reason.PAUSED.wireName()));
                continue;
            }
            calls++;
            try {
                observe(batch, source.snapshot(batch, cycleId, cycleTime), missing);
            } catch (VenueException e) {
                String reason = e.rateLimited()
                        ? GapRecorder.Reason.RATE_LIMIT.wireName()
                        : GapRecorder.Reason.API_ERROR.wireName();
                LOG.warning("Track A call for " + batch.size() + " symbol(s) from " + batch.get(0) + " failed: "
                        + e.getMessage());
                batch.forEach(s -> missing.put(s, reason));
            } catch (InterruptedException e) {
                throw e;
            } catch (Throwable e) { // one absurd answer costs its batch, never the rest of the cycle
                unexpected.incrementAndGet();
                LOG.log(java.util.logging.Level.SEVERE, "Track A batch from " + batch.get(0) + " failed", e);
                batch.stream().filter(s -> !archived.contains(s)).forEach(s -> missing.put(s, "malformed_answer"));
            }
        }
        return calls;
    }

    private void observe(List<String> batch, List<SnapshotSource.SymbolAnswer> answers, Map<String, String> missing) {
        java.util.Set<String> answered = new java.util.HashSet<>();
        for (SnapshotSource.SymbolAnswer a : answers) {
            if (batch.contains(a.symbol()) && answered.add(a.symbol())) {
                observeMapped(a.symbol(), a.observation(), missing);
            }
        }
        for (String s : batch) {
            if (!answered.contains(s)) {
                missing.put(s, "not_in_answer");
            }
        }
    }

    private void observeMapped(
            String symbol, java.util.function.Supplier<Observation> mapping, Map<String, String> missing) {
        Observation o;
        try {
            o = mapping.get();
        } catch (FieldValueException e) { // a value out of bounds: the answer is evidence (raw journal), not a record
            valueRejected.incrementAndGet();
            LOG.warning("Track A answer for " + symbol + " refused: " + e.getMessage());
            missing.put(symbol, "value_rejected:" + e.field() + ":" + e.problem());
            return;
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            LOG.warning("Track A answer for " + symbol + " not mappable: " + e);
            missing.put(symbol, "malformed_answer");
            return;
        }
        switch (pipeline.observe(o)) {
            case ARCHIVED -> {
                missing.remove(symbol);
                archived.add(symbol);
            }
            case REJECTED -> missing.put(symbol, "rejected");
            case DROPPED -> missing.put(symbol, GapRecorder.Reason.QUEUE_SATURATED.wireName());
        }
    }

    /** Answers refused because a value was outside its field's bounds. */
    public long valueRejectedAnswers() {
        return valueRejected.get();
    }

    /** Batches that failed for an unexpected reason (a defect, logged SEVERE with the stack trace). */
    public long unexpectedFailures() {
        return unexpected.get();
    }

    private static GapRecorder.Reason reason(String code) {
        for (GapRecorder.Reason r : GapRecorder.Reason.values()) {
            if (r.wireName().equals(code)) {
                return r;
            }
        }
        return GapRecorder.Reason.API_ERROR; // rejected or not answered: the venue gave nothing archivable
    }
}
