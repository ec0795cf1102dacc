package io.stockobserver.metrics;

import io.stockobserver.collect.ScalpCollector;
import io.stockobserver.pipeline.ObservationPipeline;
import io.stockobserver.provider.VenueConnection;
import io.stockobserver.recorder.ArchiveService;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.HdrHistogram.Histogram;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.MetricUnits;
import org.eclipse.microprofile.metrics.Tag;
import org.eclipse.microprofile.metrics.annotation.RegistryScope;

/**
 * Registers the observer's metrics: records made durable per archive area, accepted/rejected/dropped records,
 * writer queue depth and lag, receive→durable latency quantiles (HdrHistogram over the last 10 s and since start),
 * REST calls, retries and rate-limit hits, WebSocket reconnects, refusals and malformed frames, gaps.
 */
@ApplicationScoped
public class ObserverMetrics {
    private static final long REFRESH_SECONDS = 10;

    @Inject
    @RegistryScope(scope = MetricRegistry.APPLICATION_SCOPE)
    MetricRegistry registry;

    @Inject
    ArchiveService archive;

    @Inject
    ObservationPipeline pipeline;

    @Inject
    VenueConnection venue;

    @Inject
    ScalpCollector scalp;

    @Inject
    io.stockobserver.scalp.slot.SlotService slots;

    @Inject
    io.stockobserver.live.LiveFeed live;

    @Inject
    io.stockobserver.loop.LoopService loops;

    @Inject
    io.stockobserver.security.BasicLoginMechanism login;

    @Inject
    io.stockobserver.sink.FanOutSink sinks;

    @Inject
    io.stockobserver.livedb.DatabaseSinkWiring databaseSink;

    private final Set<String> registered = ConcurrentHashMap.newKeySet();
    private final Histogram total = new Histogram(3);
    private volatile Histogram lastInterval = new Histogram(3);
    private io.stockobserver.loop.SupervisedLoop refresher;

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
        var writer = archive.writer();
        gauge(
                "observer_writer_queue_depth",
                "Entries waiting for the archive writer",
                MetricUnits.NONE,
                writer::queueDepth);
        gauge(
                "observer_writer_queue_capacity",
                "Bound of the archive writer queue",
                MetricUnits.NONE,
                writer::queueCapacity);
        gauge(
                "observer_writer_queue_lag",
                "Age of the oldest entry waiting for the writer",
                MetricUnits.SECONDS,
                () -> writer.oldestQueuedAgeNanos() / 1e9);
        gauge(
                "observer_records_durable_all",
                "Records forced to disk (all areas)",
                MetricUnits.NONE,
                writer::recordsDurable);
        gauge("observer_bytes_durable", "Bytes forced to disk", MetricUnits.BYTES, writer::bytesDurable);
        gauge("observer_fsyncs", "Group-commit force passes", MetricUnits.NONE, writer::forces);
        gauge("observer_records_write_failed", "Records lost to write errors", MetricUnits.NONE, writer::recordsFailed);
        gauge(
                "observer_writer_rejected",
                "Appends refused because the writer queue was full",
                MetricUnits.NONE,
                writer::recordsRejected);
        gauge(
                "observer_durable_latency_p50",
                "Receive→durable latency, median over the last 10 s",
                MetricUnits.SECONDS,
                () -> lastInterval.getValueAtPercentile(50) / 1e9);
        gauge(
                "observer_durable_latency_p99",
                "Receive→durable latency, 99th percentile over the last 10 s",
                MetricUnits.SECONDS,
                () -> lastInterval.getValueAtPercentile(99) / 1e9);
        gauge(
                "observer_durable_latency_max",
                "Receive→durable latency, maximum over the last 10 s",
                MetricUnits.SECONDS,
                () -> lastInterval.getMaxValue() / 1e9);
        gauge(
                "observer_durable_latency_p99_since_start",
                "Receive→durable latency, 99th percentile since start",
                MetricUnits.SECONDS,
                this::totalP99);
        gauge("observer_raw_journaled", "Raw inputs journaled", MetricUnits.NONE, () -> archive.rawJournal()
                .journaledCount());
        gauge(
                "observer_raw_not_journaled",
                "Raw inputs that could not be journaled",
                MetricUnits.NONE,
                () -> archive.rawJournal().notJournaledCount());
        gauge("observer_gaps", "Gap markers written by this run", MetricUnits.NONE, () -> archive.gaps()
                .gapCount());
        gauge(
                "observer_gap_seconds",
                "Seconds covered by this run's gap markers",
                MetricUnits.SECONDS,
                () -> archive.gaps().gapSeconds());
        gauge(
                "observer_events_failed",
                "System events that could not be archived",
                MetricUnits.NONE,
                () -> archive.events().failedCount());
        gauge(
                "observer_mitigation_level",
                "Current mitigation level (0, 1, 2)",
                MetricUnits.NONE,
                () -> archive.session().mitigationLevel());
        gauge("observer_rest_calls", "Venue REST requests sent", MetricUnits.NONE, () -> venue.rest()
                .calls());
        gauge("observer_rest_retries", "Venue REST retries", MetricUnits.NONE, () -> venue.rest()
                .retries());
        gauge(
                "observer_rest_rate_limit_hits",
                "Rate-limit refusals from the venue (KIS EGW00201)",
                MetricUnits.NONE,
                () -> venue.rest().rateLimitHits());
        gauge(
                "observer_rest_failures",
                "Venue REST calls failed after all retries",
                MetricUnits.NONE,
                () -> venue.rest().failures());
        gauge(
                "observer_rest_limiter_waits",
                "Times a REST call waited for the client-side limiter",
                MetricUnits.NONE,
                () -> venue.rest().limiterWaits());
        gauge("observer_token_issued", "Venue access tokens issued to this run", MetricUnits.NONE, () -> venue.rest()
                .credentialsIssued());
        gauge(
                "observer_ws_connected",
                "1 when the venue's real-time session is open",
                MetricUnits.NONE,
                () -> scalp.stream().isConnected() ? 1 : 0);
        gauge("observer_ws_subscribed", "Registrations confirmed by the venue", MetricUnits.NONE, () -> scalp.stream()
                .subscribedSymbols()
                .size());
        gauge(
                "observer_ws_refused",
                "Registrations refused by KIS (e.g. OPSP0008)",
                MetricUnits.NONE,
                () -> scalp.stream().refusedSymbols().size());
        gauge("observer_ws_reconnect_attempts", "Reconnection attempts", MetricUnits.NONE, () -> scalp.stream()
                .reconnectAttempts());
        gauge(
                "observer_ws_malformed_frames",
                "Real-time messages that were not valid frames",
                MetricUnits.NONE,
                () -> scalp.stream().malformedFrames());
        gauge("observer_ws_records", "Real-time records received", MetricUnits.NONE, () -> scalp.stream()
                .recordsReceived());
        gauge(
                "observer_ws_value_rejected",
                "Real-time records refused for a value outside its field's bounds",
                MetricUnits.NONE,
                () -> scalp.stream().valueRejectedRecords());
        gauge(
                "observer_ws_unsolicited",
                "Real-time records for symbols the observer did not register (ignored)",
                MetricUnits.NONE,
                () -> scalp.stream().unsolicitedRecords());
        gauge(
                "observer_loops_down",
                "Periodic loops stopped, hung or starved (liveness DOWN while above 0)",
                MetricUnits.NONE,
                () -> loops.health().values().stream().filter(h -> h.dead()).count());
        gauge(
                "observer_loop_failures",
                "Failed runs of periodic loops since start (each one logged; the loop goes on)",
                MetricUnits.NONE,
                () -> loops.registry().loops().stream()
                        .mapToLong(io.stockobserver.loop.SupervisedLoop::failures)
                        .sum());
        gauge(
                "observer_login_failures",
                "Failed logins since start (wrong name or password)",
                MetricUnits.NONE,
                () -> login.throttle().failures());
        gauge(
                "observer_login_throttled",
                "Login attempts refused unchecked (429) during a back-off after failures",
                MetricUnits.NONE,
                () -> login.throttle().refused());
        gauge(
                "observer_slots_held",
                "Scalp slots held (of 41)",
                MetricUnits.NONE,
                () -> slots.lastDecision() == null
                        ? 0
                        : slots.lastDecision().slots().size());
        gauge("observer_slot_changes", "Slot allocations and releases", MetricUnits.NONE, slots::slotChanges);
        gauge("observer_slot_decisions", "Slot manager rounds", MetricUnits.NONE, slots::decisions);
        gauge("observer_overflow_rows", "Overflow Ledger lines written", MetricUnits.NONE, slots::overflowRows);
        gauge(
                "observer_overflow_failed",
                "Overflow Ledger lines that could not be queued (logged at SEVERE)",
                MetricUnits.NONE,
                slots::overflowFailures);
        gauge(
                "observer_candidate_calls",
                "Candidate monitor REST calls (sweep and rankings)",
                MetricUnits.NONE,
                slots::candidateCalls);
        gauge(
                "observer_candidate_call_failures",
                "Candidate monitor REST calls that failed after retries",
                MetricUnits.NONE,
                slots::candidateCallFailures);
        gauge(
                "observer_candidates_tracked",
                "Symbols on the candidate board",
                MetricUnits.NONE,
                () -> slots.candidatesTracked());
        gauge("observer_live_clients", "Clients of the /api/live stream", MetricUnits.NONE, () -> live.clients());
        gauge(
                "observer_live_dropped",
                "Live-feed events dropped because its queue was full (still archived)",
                MetricUnits.NONE,
                live::dropped);
        refresh();
        refresher = loops.fixedRate(
                "metrics-refresh", Duration.ofSeconds(1), Duration.ofSeconds(REFRESH_SECONDS), this::refresh);
    }

    /** Takes the latency interval and registers per-tag gauges for keys seen for the first time. */
    private void refresh() {
        Histogram interval = archive.metrics().latencyRecorder().getIntervalHistogram();
        synchronized (total) {
            total.add(interval);
        }
        lastInterval = interval;
        for (String area : archive.metrics().durableByArea().keySet()) {
            tagged(
                    "observer_records_durable",
                    "Records forced to disk, by archive area",
                    "area",
                    area,
                    () -> archive.metrics().durableByArea().getOrDefault(area, 0L));
        }
        var stats = pipeline.stats();
        for (String track : stats.acceptedByTrack().keySet()) {
            tagged(
                    "observer_records_accepted",
                    "Records that passed validation and guard",
                    "track",
                    track,
                    () -> stats.acceptedByTrack().getOrDefault(track, 0L));
        }
        for (String track : stats.droppedByTrack().keySet()) {
            tagged(
                    "observer_records_dropped",
                    "Records lost because the writer queue was full",
                    "track",
                    track,
                    () -> stats.droppedByTrack().getOrDefault(track, 0L));
        }
        for (String reason : stats.rejectedByReason().keySet()) {
            tagged(
                    "observer_rejects",
                    "Observations rejected, by stage:reason",
                    "reason",
                    reason,
                    () -> stats.rejectedByReason().getOrDefault(reason, 0L));
        }
        for (var sink : sinks.stats()) {
            String n = sink.name();
            tagged("observer_sink_delivered", "Records a downstream sink took", "sink", n, () -> sink(n).delivered());
            tagged(
                    "observer_sink_dropped",
                    "Records a downstream sink's full queue dropped (the archive has them)",
                    "sink",
                    n,
                    () -> sink(n).dropped());
            tagged("observer_sink_failed", "Deliveries that threw, by sink", "sink", n, () -> sink(n).failed());
            tagged("observer_sink_queue_depth", "Records waiting for a sink", "sink", n, () -> sink(n).depth());
        }
        databaseSink.sink().ifPresent(db -> {
            tagged("observer_db_sink_rows", "Rows the live sink loaded", "sink", "db", db::rowsLoaded);
            tagged(
                    "observer_db_sink_missed",
                    "Records the live sink could not load (left to the catch-up load)",
                    "sink",
                    "db",
                    db::recordsMissed);
            tagged("observer_db_sink_batch_failures", "Batches that failed", "sink", "db", db::batchFailures);
            tagged(
                    "observer_db_sink_hole_open",
                    "1 while records are missing from the database",
                    "sink",
                    "db",
                    () -> db.holeOpen() ? 1 : 0);
        });
    }

    private io.stockobserver.sink.SinkStats sink(String name) {
        return sinks.stats().stream()
                .filter(x -> x.name().equals(name))
                .findFirst()
                .orElse(new io.stockobserver.sink.SinkStats(name, 0, 0, 0, 0, 0, false));
    }

    private double totalP99() {
        synchronized (total) {
            return total.getValueAtPercentile(99) / 1e9;
        }
    }

    private void gauge(String name, String description, String unit, Supplier<Number> value) {
        Metadata m = Metadata.builder()
                .withName(name)
                .withDescription(description)
                .withUnit(unit)
                .build();
        registry.gauge(m, value, Supplier::get);
    }

    private void tagged(String name, String description, String tag, String tagValue, Supplier<Number> value) {
        if (!registered.add(name + '{' + tag + '=' + tagValue)) {
            return;
        }
        Metadata m = Metadata.builder()
                .withName(name)
                .withDescription(description)
                .withUnit(MetricUnits.NONE)
                .build();
        registry.gauge(m, value, Supplier::get, new Tag(tag, tagValue.replace(':', '_')));
    }

    @PreDestroy
    void stop() {
        if (refresher != null) {
            refresher.end();
        }
    }

    /** For the status API: the latency quantiles of the last interval, in milliseconds. */
    public Map<String, Double> latencyMillis() {
        Histogram h = lastInterval;
        return Map.of(
                "p50", h.getValueAtPercentile(50) / 1e6,
                "p99", h.getValueAtPercentile(99) / 1e6,
                "max", h.getMaxValue() / 1e6,
                "count", (double) h.getTotalCount());
    }
}
