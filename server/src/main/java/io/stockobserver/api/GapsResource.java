package io.stockobserver.api;

import io.stockobserver.events.GapQuery;
import io.stockobserver.provider.VenueProfile;
import io.stockobserver.recorder.ArchiveService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** {@code GET /api/gaps?date=YYYYMMDD}: a market day's gap markers (default today), as archived. */
@Path("/gaps")
@RequestScoped
public class GapsResource {
    @Inject
    VenueProfile venue;

    @Inject
    ArchiveService archive;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Gap markers of a day",
            description =
                    "Every gap_marker event of the market day, oldest first, "
                            + "with its seed 003 fields (gap_start_ts, gap_end_ts, gap_seconds, scope, reason, session_id) and context.")
    @APIResponse(responseCode = "200", description = "The day's gaps")
    @APIResponse(responseCode = "400", description = "date is not YYYYMMDD")
    public Response gaps(
            @Parameter(description = "market day, YYYYMMDD; default today") @QueryParam("date") String date) {
        LocalDate day = DayParam.parse(date, archive.clock().instant(), venue.zone());
        try {
            var gaps = new GapQuery(archive.layout(), venue.provider()).gaps(day);
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("day", day.toString());
            out.put("count", gaps.size());
            out.put(
                    "gap_seconds",
                    gaps.stream()
                            .mapToLong(g -> g.get("gap_seconds") instanceof Number n ? n.longValue() : 0)
                            .sum());
            out.put("gaps", gaps);
            return Response.ok(out).build();
        } catch (IOException e) {
            return Response.serverError()
                    .entity(Map.of("error", "cannot read the events: " + e.getMessage()))
                    .build();
        }
    }
}
