package io.stockobserver.api;

import io.stockobserver.anomaly.AnomalyService;
import io.stockobserver.anomaly.DayVerdict;
import io.stockobserver.backup.BackupService;
import io.stockobserver.batch.backup.DayFiles;
import io.stockobserver.provider.VenueProfile;
import io.stockobserver.recorder.ArchiveService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** {@code GET /api/days/{date}}: a market day's anomaly verdict with its reasons and figures, and its backup state. */
@Path("/days")
@RequestScoped
public class DaysResource {
    @Inject
    AnomalyService anomalies;

    @Inject
    BackupService backups;

    @Inject
    ArchiveService archive;

    @Inject
    VenueProfile venue;

    @GET
    @Path("/{date}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "A day's verdict",
            description = "anomalous, the rules that fired (reconnects, disconnected, log_gaps, scalp_rate, cpu, "
                    + "disk, etl_failed, backup_failed, or a marked reason), the figures behind them, and whether "
                    + "the day was packaged and acknowledged. date is YYYYMMDD or 'today'.")
    @APIResponse(responseCode = "200", description = "The day")
    @APIResponse(responseCode = "400", description = "date is not YYYYMMDD")
    public Map<String, Object> day(@PathParam("date") String date) throws IOException {
        LocalDate day = DayParam.parse(
                "today".equals(date) ? null : date, archive.clock().instant(), venue.zone());
        DayVerdict v = anomalies.verdict(day);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("day", DayFiles.token(day));
        out.put("anomalous", v.anomalous());
        out.put("reasons", v.reasons());
        out.put("figures", v.figures());
        out.put("packaged", backups.manifest(day).isPresent());
        out.put("acknowledged", backups.acknowledged(day));
        return out;
    }
}
