package io.stockobserver.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.stockobserver.archive.LateSiblings;
import io.stockobserver.provider.VenueProfile;
import io.stockobserver.recorder.ArchiveService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * {@code GET /api/overflow?date=YYYYMMDD&limit=N}: the Overflow Ledger of a market day as archived — how many rows, by
 * decision reason, and the newest {@code limit} rows (seed 003 §2.14.1 fields).
 */
@Path("/overflow")
@RequestScoped
public class OverflowResource {
    private static final ObjectMapper JSON = new ObjectMapper();
    static final int MAX_LIMIT = 10_000;

    @Inject
    VenueProfile venue;

    @Inject
    ArchiveService archive;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Overflow Ledger of a day",
            description = "Candidates that did not get a slot: the day's row count, counts by decision_reason "
                    + "(slot_full, low_score) and the newest rows, oldest first.")
    @APIResponse(responseCode = "200", description = "The day's ledger")
    @APIResponse(responseCode = "400", description = "date is not YYYYMMDD or limit is out of 1..10000")
    public Response overflow(
            @Parameter(description = "market day, YYYYMMDD; default today") @QueryParam("date") String date,
            @Parameter(description = "newest rows to return, 1..10000; default 200")
                    @QueryParam("limit")
                    @DefaultValue("200")
                    String limitParam) {
        LocalDate day = DayParam.parse(date, archive.clock().instant(), venue.zone());
        int limit;
        try {
            limit = Integer.parseInt(limitParam.trim());
        } catch (NumberFormatException e) {
            limit = -1;
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            return Response.status(Response.Status.BAD_REQUEST)
                    .entity(Map.of(
                            "error",
                            "limit must be a whole number in 1.." + MAX_LIMIT + " but was '" + limitParam + "'"))
                    .build();
        }
        java.nio.file.Path file = archive.layout()
                .resolve(archive.layout()
                        .overflowFile(
                                venue.provider(), day.atStartOfDay(venue.zone()).toInstant()));
        ArrayDeque<JsonNode> newest = new ArrayDeque<>();
        Map<String, Long> byReason = new TreeMap<>();
        long rows = 0;
        try {
            for (java.nio.file.Path f : LateSiblings.of(file)) {
                try (BufferedReader r = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
                    for (String line = r.readLine(); line != null; line = r.readLine()) {
                        JsonNode row;
                        try {
                            row = JSON.readTree(line);
                        } catch (IOException malformed) {
                            continue; // a torn tail is quarantined at start-up; anything else stays evidence on disk
                        }
                        rows++;
                        byReason.merge(row.path("decision_reason").asText("unknown"), 1L, Long::sum);
                        newest.addLast(row);
                        if (newest.size() > limit) {
                            newest.removeFirst();
                        }
                    }
                }
            }
        } catch (IOException e) {
            return Response.serverError()
                    .entity(Map.of("error", "cannot read the overflow ledger: " + e.getMessage()))
                    .build();
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("day", day.toString());
        out.put("count", rows);
        out.put("by_reason", byReason);
        List<Object> plain = new ArrayList<>(); // JSON-B would write a Jackson node as a bean
        for (JsonNode row : newest) {
            plain.add(JSON.convertValue(row, Map.class));
        }
        out.put("rows", plain);
        return Response.ok(out).build();
    }
}
