package io.stockobserver.api;

import io.stockobserver.batch.backup.DayFiles;
import io.stockobserver.retention.RetentionDecision;
import io.stockobserver.retention.RetentionService;
import io.stockobserver.retention.RetentionSettings;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * {@code GET /api/retention}: per archive day what retention would do now and why; {@code POST /api/retention/run}
 * (role {@code operator}) runs it at once.
 */
@Path("/retention")
@RequestScoped
public class RetentionResource {
    @Inject
    RetentionService retention;

    @Inject
    RetentionSettings config;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Retention status",
            description = "Per day: age, retention (normal/anomalous), packaged, acknowledged, files, bytes and the "
                    + "verdict KEEP, DELETE (past retention and acknowledged), REFUSE (past it, not acknowledged: "
                    + "kept) or ALARM (the same at the cap).")
    @APIResponse(responseCode = "200", description = "The plan")
    public Map<String, Object> status() throws IOException {
        return render(retention.plan());
    }

    @POST
    @Path("/run")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Run retention now (operator)", description = "Acts on the plan; every action is an event.")
    @APIResponse(responseCode = "200", description = "What was done")
    public Map<String, Object> run() throws IOException {
        return render(retention.run());
    }

    private Map<String, Object> render(List<RetentionDecision> decisions) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (RetentionDecision d : decisions) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("day", DayFiles.token(d.facts().day()));
            row.put("age_days", d.ageDays());
            row.put("keep_days", d.keepDays());
            row.put("anomalous", d.facts().anomalous());
            row.put("packaged", d.facts().packaged());
            row.put("acknowledged", d.facts().acknowledged());
            row.put("files", d.facts().files());
            row.put("bytes", d.facts().bytes());
            row.put("verdict", d.verdict().name());
            row.put("reason", d.reason());
            rows.add(row);
        }
        var policy = config.retentionPolicy();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("normal_days", policy.normalDays());
        out.put("anomalous_days", policy.anomalousDays());
        out.put("max_days", policy.maxDays());
        out.put("run_at", retention.runAt().toString());
        out.put(
                "last_run",
                retention.lastRun() == null ? null : retention.lastRun().toString());
        out.put("days", rows);
        return out;
    }
}
