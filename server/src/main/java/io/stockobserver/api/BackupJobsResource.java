package io.stockobserver.api;

import io.stockobserver.backup.BackupService;
import io.stockobserver.batch.backup.DayFiles;
import io.stockobserver.provider.VenueProfile;
import io.stockobserver.recorder.ArchiveService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * {@code POST /api/backup-jobs} starts packaging a day on demand (role {@code operator}); {@code GET
 * /api/backup-jobs/{id}} follows the job execution.
 */
@Path("/backup-jobs")
@RequestScoped
public class BackupJobsResource {
    @Inject
    BackupService backups;

    @Inject
    ArchiveService archive;

    @Inject
    VenueProfile venue;

    /** The body of a packaging request. */
    public static class Start {
        public String day;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Package a day now (operator)",
            description = "Body {\"day\":\"YYYYMMDD\"} (default today). Starts the backup-package batch job.")
    @APIResponse(responseCode = "202", description = "Started; follow it at /api/backup-jobs/{execution_id}")
    @APIResponse(responseCode = "400", description = "day is not YYYYMMDD")
    public Response start(Start body, @jakarta.ws.rs.core.Context jakarta.ws.rs.core.SecurityContext caller) {
        LocalDate day =
                DayParam.parse(body == null ? null : body.day, archive.clock().instant(), venue.zone());
        long id = backups.startPackage(
                day,
                caller.getUserPrincipal() == null
                        ? "?"
                        : caller.getUserPrincipal().getName());
        return Response.accepted(Map.of("execution_id", id, "day", DayFiles.token(day)))
                .build();
    }

    @GET
    @Path("/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "A packaging job", description = "batch_status STARTING … COMPLETED or FAILED.")
    @APIResponse(responseCode = "200", description = "The execution")
    @APIResponse(responseCode = "404", description = "Unknown execution (job history is kept in memory)")
    public Response execution(@PathParam("id") long id) {
        return backups.execution(id)
                .map(e -> Response.ok(e).build())
                .orElse(ApiErrors.error(Response.Status.NOT_FOUND, "no job execution " + id + " on this server"));
    }
}
