package io.stockobserver.api;

import io.stockobserver.batch.etl.EtlPartitionMapper;
import io.stockobserver.etl.EtlService;
import io.stockobserver.provider.VenueProfile;
import io.stockobserver.recorder.ArchiveService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * The archive → database loads (db/README.md): {@code POST /api/etl-jobs} loads a day (role {@code operator}),
 * {@code GET /api/etl-jobs} lists the archive's days with their loads, {@code GET /api/etl-jobs/{id}} follows one
 * execution, {@code DELETE /api/etl-jobs/{id}} stops it.
 */
@Path("/etl-jobs")
@RequestScoped
public class EtlJobsResource {
    @Inject
    EtlService etl;

    @Inject
    ArchiveService archive;

    @Inject
    VenueProfile venue;

    /** The body of a load request. */
    public static class Start {
        public String day;
        public String provider;
        public Integer chunk;
        public Integer partitions;
    }

    private static EtlService.Tuning tuning(Start body) {
        return new EtlService.Tuning(body.chunk, body.partitions);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Load a day into the database (operator)",
            description = "Body {\"day\":\"YYYYMMDD\"} (default today), optional provider (this server's), chunk"
                    + " (lines per chunk, default 4000) and partitions (of the scalp step, 1..8, default 2). A day"
                    + " whose last load failed is restarted from its checkpoint.")
    @APIResponse(responseCode = "202", description = "Started; follow it at /api/etl-jobs/{execution_id}")
    @APIResponse(responseCode = "400", description = "Bad day, provider, chunk or partitions")
    @APIResponse(responseCode = "409", description = "A load of that day is running")
    public Response start(Start body, @jakarta.ws.rs.core.Context jakarta.ws.rs.core.SecurityContext caller) {
        LocalDate day =
                DayParam.parse(body == null ? null : body.day, archive.clock().instant(), venue.zone());
        if (body != null && body.chunk != null && (body.chunk < 1 || body.chunk > 100_000)) {
            return ApiErrors.error(Response.Status.BAD_REQUEST, "chunk must be in [1, 100000]");
        }
        if (body != null
                && body.partitions != null
                && (body.partitions < 1 || body.partitions > EtlPartitionMapper.MAX_PARTITIONS)) {
            return ApiErrors.error(
                    Response.Status.BAD_REQUEST,
                    "partitions must be in [1, " + EtlPartitionMapper.MAX_PARTITIONS + "]");
        }
        try {
            String by = caller.getUserPrincipal() == null
                    ? "?"
                    : caller.getUserPrincipal().getName();
            EtlService.Started s =
                    etl.start(body == null ? null : body.provider, day, body == null ? null : tuning(body), by);
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("execution_id", s.executionId());
            out.put("restarted", s.restarted());
            out.put("day", s.day());
            out.put("provider", s.provider());
            return Response.accepted(out).build();
        } catch (EtlService.AlreadyRunning e) {
            return ApiErrors.error(Response.Status.CONFLICT, e.getMessage());
        } catch (IllegalArgumentException e) {
            return ApiErrors.error(Response.Status.BAD_REQUEST, e.getMessage());
        }
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "The archive's days and their loads",
            description = "Newest first: status not_loaded, running (with step and progress), completed or failed;"
                    + " rows per table, lines read and skipped, the failed-lines file.")
    public Map<String, Object> days(@QueryParam("max") @DefaultValue("60") int max) throws IOException {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("provider", etl.provider());
        out.put("days", etl.days(Math.max(1, Math.min(max, 1000))));
        return out;
    }

    @GET
    @Path("/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "One etl-day execution", description = "batch_status, step, progress 0..1.")
    @APIResponse(responseCode = "404", description = "No such etl-day execution")
    public Response execution(@PathParam("id") long id) {
        return etl.execution(id)
                .map(e -> Response.ok(e).build())
                .orElse(ApiErrors.error(Response.Status.NOT_FOUND, "no etl-day execution " + id));
    }

    @DELETE
    @Path("/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Stop a running load (operator)", description = "It can be started again and resumes.")
    public Response stop(@PathParam("id") long id) {
        if (etl.execution(id).isEmpty()) {
            return ApiErrors.error(Response.Status.NOT_FOUND, "no etl-day execution " + id);
        }
        etl.stop(id);
        return Response.accepted(Map.of("execution_id", id, "stopping", true)).build();
    }
}
