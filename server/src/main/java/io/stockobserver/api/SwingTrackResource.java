package io.stockobserver.api;

import io.stockobserver.collect.CollectSettings;
import io.stockobserver.collect.SwingCollector;
import io.stockobserver.collect.SwingCycleResult;
import io.stockobserver.provider.SnapshotSource;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** {@code GET /api/tracks/swing}: Track A's schedule and its last cycles with their completeness. */
@Path("/tracks/swing")
@RequestScoped
public class SwingTrackResource {
    @Inject
    CollectSettings config;

    @Inject
    SnapshotSource snapshots;

    @Inject
    SwingCollector swing;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Track A (swing) status",
            description = "Interval, window, endpoint used and the last cycles (oldest first): cycle id, start time, "
                    + "duration, attempted/succeeded/failed symbols and completeness (succeeded ÷ attempted).")
    @APIResponse(responseCode = "200", description = "Track A status")
    public Map<String, Object> swing() {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("interval", config.swingInterval().toString());
        out.put("window", config.swingWindow().toString());
        out.put("endpoint", snapshots.endpoint());
        out.put("rest_calls_per_second", snapshots.callsPerSecond());
        out.put("skipped_overlaps", swing.skippedOverlaps());
        List<Map<String, Object>> cycles =
                swing.recentCycles().stream().map(SwingTrackResource::cycle).toList();
        out.put("cycles", cycles);
        return out;
    }

    private static Map<String, Object> cycle(SwingCycleResult c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("cycle_id", c.cycleId());
        m.put("started_at", c.startedAt().toString());
        m.put("duration_ms", c.duration().toMillis());
        m.put("attempted", c.attempted());
        m.put("succeeded", c.succeeded());
        m.put("failed", c.failed());
        m.put("completeness", c.attempted() == 0 ? 1.0 : c.succeeded() / (double) c.attempted());
        return m;
    }
}
