package io.stockobserver.api;

import io.stockobserver.collect.ScalpCollector;
import io.stockobserver.collect.SwingCollector;
import io.stockobserver.collect.SwingCycleResult;
import io.stockobserver.metrics.ObserverMetrics;
import io.stockobserver.pipeline.ObservationPipeline;
import io.stockobserver.provider.VenueConnection;
import io.stockobserver.provider.VenueProfile;
import io.stockobserver.recorder.ArchiveService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code GET /api/status}: what this observer is doing right now, for operators and the console. No secrets. */
@Path("/status")
@RequestScoped
public class StatusResource {
    @Inject
    VenueProfile venue;

    @Inject
    ArchiveService archive;

    @Inject
    io.stockobserver.loop.LoopService loops;

    @Inject
    ObservationPipeline pipeline;

    @Inject
    io.stockobserver.sink.FanOutSink sinks;

    @Inject
    io.stockobserver.livedb.DatabaseSinkWiring databaseSink;

    @Inject
    VenueConnection connection;

    @Inject
    ScalpCollector scalp;

    @Inject
    io.stockobserver.scalp.slot.SlotService slots;

    @Inject
    SwingCollector swing;

    @Inject
    ObserverMetrics metrics;

    @Inject
    io.stockobserver.security.BasicLoginMechanism login;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Map<String, Object> status() {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("session_id", archive.session().id());
        out.put("started_at", archive.session().startedAt().toString());
        out.put("provider", venue.provider());
        out.put("market", venue.market());
        out.put("symbol_pattern", venue.symbolPattern()); // the console checks a pin against it before sending
        out.put("symbol_description", venue.symbolDescription());
        out.putAll(connection.describe());
        out.put("data_dir", archive.layout().root().toString());
        out.put("mitigation_level", archive.session().mitigationLevel());

        var writer = archive.writer();
        Map<String, Object> w = new LinkedHashMap<>();
        w.put("records_durable", writer.recordsDurable());
        w.put("records_durable_by_area", archive.metrics().durableByArea());
        w.put("records_failed", writer.recordsFailed());
        w.put("records_rejected", writer.recordsRejected());
        w.put("queue_depth", writer.queueDepth());
        w.put("fsyncs", writer.forces());
        w.put("open_files", writer.openFiles().size());
        w.put("durable_latency_ms", metrics.latencyMillis());
        out.put("archive", w);
        // downstream of the archive, each with its own queue and counters
        out.put(
                "sinks",
                sinks.stats().stream()
                        .map(x -> {
                            Map<String, Object> m = new LinkedHashMap<>();
                            m.put("name", x.name());
                            m.put("capacity", x.capacity());
                            m.put("queue_depth", x.depth());
                            m.put("delivered", x.delivered());
                            m.put("dropped", x.dropped());
                            m.put("failed", x.failed());
                            m.put("running", x.running());
                            if ("db".equals(x.name())) {
                                databaseSink.sink().ifPresent(db -> {
                                    m.put("rows_loaded", db.rowsLoaded());
                                    m.put("records_missed", db.recordsMissed());
                                    m.put("batch_failures", db.batchFailures());
                                    m.put("hole_open", db.holeOpen());
                                    m.put("last_error", db.lastError());
                                });
                            }
                            return m;
                        })
                        .toList());

        var stats = pipeline.stats();
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("accepted", stats.acceptedByTrack());
        p.put("rejected", stats.rejectedByReason());
        p.put("dropped", stats.droppedByTrack());
        out.put("pipeline", p);
        Map<String, Object> l = new LinkedHashMap<>();
        for (var loop : loops.registry().loops()) {
            Map<String, Object> one = new LinkedHashMap<>();
            one.put("health", loop.health(System.nanoTime()).wireName());
            one.put("runs", loop.runs());
            one.put("failures", loop.failures());
            if (loop.lastFailure() != null) {
                one.put("last_failure", loop.lastFailure());
            }
            l.put(loop.name(), one);
        }
        out.put("loops", l);
        out.put(
                "logins",
                Map.of(
                        "failed",
                        login.throttle().failures(),
                        "throttled",
                        login.throttle().refused()));

        var stream = scalp.stream();
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("window", scalp.window().toString());
        s.put("collecting", scalp.isStreaming());
        s.put("connected", stream.isConnected());
        s.put("subscribed", stream.subscribedSymbols().stream().sorted().toList());
        s.put("refused", stream.refusedSymbols().stream().sorted().toList());
        s.put("control_replies", stream.controlReplies());
        s.put("reconnect_attempts", stream.reconnectAttempts());
        s.put("malformed_frames", stream.malformedFrames());
        s.put("records_received", stream.recordsReceived());
        s.put("records_value_rejected", stream.valueRejectedRecords());
        s.put("records_unsolicited", stream.unsolicitedRecords());
        s.put("samples_failed", scalp.failedSamples());
        s.put(
                "slots_held",
                slots.lastDecision() == null ? 0 : slots.lastDecision().slots().size());
        s.put("slot_decisions", slots.decisions());
        s.put("slot_changes", slots.slotChanges());
        s.put("overflow_rows", slots.overflowRows());
        s.put("candidates_tracked", slots.candidatesTracked());
        s.put("candidate_calls", slots.candidateCalls());
        s.put("candidate_call_failures", slots.candidateCallFailures());
        out.put("scalp", s);

        Map<String, Object> a = new LinkedHashMap<>();
        List<SwingCycleResult> cycles = swing.recentCycles();
        a.put("cycles_completed", cycles.size());
        a.put("skipped_overlaps", swing.skippedOverlaps());
        if (!cycles.isEmpty()) {
            SwingCycleResult last = cycles.get(cycles.size() - 1);
            a.put(
                    "last_cycle",
                    Map.of(
                            "cycle_id", last.cycleId(),
                            "attempted", last.attempted(),
                            "succeeded", last.succeeded(),
                            "failed", last.failed(),
                            "duration_ms", last.duration().toMillis()));
        }
        out.put("swing", a);

        Map<String, Object> r = new LinkedHashMap<>();
        var rest = connection.rest();
        r.put("calls", rest.calls());
        r.put("retries", rest.retries());
        r.put("rate_limit_hits", rest.rateLimitHits());
        r.put("failures", rest.failures());
        r.put("tokens_issued", rest.credentialsIssued());
        out.put("rest", r);
        out.put("events_written", archive.events().writtenByType());
        out.put("gaps", archive.gaps().gapCount());
        return out;
    }
}
