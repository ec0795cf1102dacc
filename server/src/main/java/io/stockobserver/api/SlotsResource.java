package io.stockobserver.api;

import io.stockobserver.app.ArchiveService;
import io.stockobserver.app.MitigationService;
import io.stockobserver.collect.ScalpCollector;
import io.stockobserver.mitigation.MitigationController;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * {@code GET /api/slots}: Track B's real-time registrations as they stand — per symbol whether KIS confirmed it, and
 * how old its last input is — with the capacity, the current sampling rate and the pause state.
 */
@Path("/slots")
@RequestScoped
public class SlotsResource {
    /** Registrations KIS allows per session (KIS_API_FACTS §7). */
    static final int CAPACITY = 41;

    @Inject
    ScalpCollector scalp;

    @Inject
    MitigationService mitigation;

    @Inject
    ArchiveService archive;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Track B slots",
            description = "Registrations used of 41, sampling rate (Hz) at the current "
                    + "mitigation level, pause state, and per symbol: subscribed (confirmed by OPSP0000), refused, and the "
                    + "age of its last input in milliseconds (absent before the first).")
    @APIResponse(responseCode = "200", description = "The slots")
    public Map<String, Object> slots() {
        Instant now = archive.clock().instant();
        Set<String> subscribed = scalp.stream().subscribedSymbols();
        Set<String> refused = scalp.stream().refusedSymbols();
        List<Map<String, Object>> rows = new ArrayList<>();
        for (String symbol : scalp.symbols()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("symbol", symbol);
            row.put("subscribed", subscribed.contains(symbol));
            row.put("refused", refused.contains(symbol));
            scalp.book()
                    .lastUpdate(symbol)
                    .ifPresent(t -> row.put(
                            "last_update_age_ms", Duration.between(t, now).toMillis()));
            rows.add(row);
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("capacity", CAPACITY);
        out.put("registrations_used", subscribed.size());
        out.put("mitigation_level", mitigation.level());
        out.put("hz", MitigationController.hz(mitigation.level()));
        out.put("connected", scalp.stream().isConnected());
        out.put("paused", scalp.isPaused());
        out.put("slots", rows);
        return out;
    }
}
