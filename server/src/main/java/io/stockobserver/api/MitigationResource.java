package io.stockobserver.api;

import static io.stockobserver.api.ApiErrors.error;

import io.stockobserver.mitigation.MitigationController;
import io.stockobserver.mitigation.MitigationService;
import io.stockobserver.mitigation.ResourceSample;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * The mitigation level (docs/operations.md §5.1): {@code GET /api/mitigation} shows the effective level, what the
 * readings alone give, the holds and the last reading; {@code PUT /api/mitigation/hold} lets an operator hold the
 * level at least at 1 or 2 ahead of known load (role {@code operator}, web.xml) and {@code DELETE} releases it.
 */
@Path("/mitigation")
@RequestScoped
public class MitigationResource {
    @Inject
    MitigationService mitigation;

    /** The body of a hold request. */
    public static class HoldRequest {
        public Integer level;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Mitigation level",
            description = "The effective level (0, 1, 2) and its sampling rate, the level the resource readings give, "
                    + "the holds in force (disk, operator) and the last reading.")
    @APIResponse(responseCode = "200", description = "The level")
    public Map<String, Object> state() {
        Map<String, Object> out = new LinkedHashMap<>();
        int level = mitigation.level();
        out.put("level", level);
        out.put("hz", MitigationController.hz(level));
        out.put("measured_level", mitigation.measuredLevel());
        out.put("holds", mitigation.holds());
        ResourceSample s = mitigation.lastSample();
        if (s != null) {
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("time", s.at().toString());
            r.put("cpu", BigDecimal.valueOf(Math.round(s.cpu() * 1000) / 1000.0));
            r.put("memory", BigDecimal.valueOf(Math.round(s.memory() * 1000) / 1000.0));
            r.put("disk_write_latency_ms", s.diskWriteLatency().toMillis());
            r.put("queue_lag_ms", s.queueLag().toMillis());
            out.put("last_reading", r);
        }
        return out;
    }

    @PUT
    @Path("/hold")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Hold the mitigation level (operator)",
            description = "Body {\"level\":1} or {\"level\":2}: the level stays at least there (the readings may raise "
                    + "it further) until DELETE /api/mitigation/hold or {\"level\":0}. The change is a "
                    + "mitigation_changed event with reason operator; every slot is kept.")
    @APIResponse(responseCode = "200", description = "The level after the hold")
    @APIResponse(responseCode = "400", description = "No level, or not 0, 1 or 2")
    @APIResponse(responseCode = "401", description = "Not logged in")
    @APIResponse(responseCode = "403", description = "Not the operator")
    public Response hold(HoldRequest request) {
        if (request == null || request.level == null) {
            return error(Response.Status.BAD_REQUEST, "body must be {\"level\":0|1|2}");
        }
        if (request.level < 0 || request.level > MitigationController.MAX_LEVEL) {
            return error(
                    Response.Status.BAD_REQUEST, "level must be 0, 1 or 2 (2, 1, 0.5 Hz) but was " + request.level);
        }
        mitigation.hold(MitigationService.OPERATOR_HOLD, request.level);
        return Response.ok(state()).build();
    }

    @DELETE
    @Path("/hold")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Release the operator's hold (operator)", description = "The readings decide again.")
    @APIResponse(responseCode = "200", description = "The level after the release")
    @APIResponse(responseCode = "401", description = "Not logged in")
    @APIResponse(responseCode = "403", description = "Not the operator")
    public Response release() {
        mitigation.hold(MitigationService.OPERATOR_HOLD, 0);
        return Response.ok(state()).build();
    }
}
