package io.stockobserver.api;

import static io.stockobserver.api.ApiErrors.error;

import io.stockobserver.collect.ScalpCollector;
import io.stockobserver.mitigation.MitigationController;
import io.stockobserver.mitigation.MitigationService;
import io.stockobserver.recorder.ArchiveService;
import io.stockobserver.scalp.slot.Slot;
import io.stockobserver.scalp.slot.SlotDecision;
import io.stockobserver.scalp.slot.SlotService;
import io.stockobserver.scalp.trigger.TriggerScore;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.math.RoundingMode;
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
 * Track B's slots: {@code GET /api/slots} shows the slot manager's last decision with what the venue confirmed;
 * {@code POST /api/slots/pins} and {@code DELETE /api/slots/pins/{symbol}} let an operator (role {@code operator},
 * HTTP Basic — web.xml) pin or unpin a symbol (manual override), which is decided at once.
 */
@Path("/slots")
@RequestScoped
public class SlotsResource {
    @Inject
    ScalpCollector scalp;

    @Inject
    SlotService slots;

    @Inject
    io.stockobserver.provider.VenueProfile venue;

    @Inject
    MitigationService mitigation;

    @Inject
    ArchiveService archive;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Track B slots",
            description = "The slot manager's last decision: per slot symbol its trigger, score, holder since, pin, "
                    + "whether KIS confirmed the registration (OPSP0000) or refused it, and the age of its last input "
                    + "(ms); with the capacity, registrations used, pins, the sampling rate (Hz) at the current "
                    + "mitigation level, pause state and the best candidates of the last ranking.")
    @APIResponse(responseCode = "200", description = "The slots")
    public Map<String, Object> slots() {
        Instant now = archive.clock().instant();
        Set<String> subscribed = scalp.stream().subscribedSymbols();
        Set<String> refused = scalp.stream().refusedSymbols();
        SlotDecision d = slots.lastDecision();
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Slot slot : d == null ? List.<Slot>of() : d.slots()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("symbol", slot.symbol());
            row.put("trigger", slot.trigger().wireName());
            row.put("score", round(slot.score()));
            row.put("pinned", slot.pinned());
            row.put("held_since", slot.heldSince().toString());
            row.put("subscribed", subscribed.contains(slot.symbol()));
            row.put("refused", refused.contains(slot.symbol()));
            scalp.book()
                    .lastUpdate(slot.symbol())
                    .ifPresent(t -> row.put(
                            "last_update_age_ms", Duration.between(t, now).toMillis()));
            rows.add(row);
        }
        List<Map<String, Object>> top = new ArrayList<>();
        for (TriggerScore s : slots.lastRanking().stream().limit(50).toList()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("symbol", s.symbol());
            row.put("trigger", s.trigger().wireName());
            row.put("score", round(s.score()));
            top.add(row);
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("capacity", slots.capacity());
        out.put("registrations_used", subscribed.size());
        out.put("mitigation_level", mitigation.level());
        out.put("hz", MitigationController.hz(mitigation.level()));
        out.put("connected", scalp.stream().isConnected());
        out.put("paused", scalp.isPaused());
        out.put("pins", new ArrayList<>(slots.pins()));
        out.put(
                "decided_at",
                slots.lastDecisionTime() == null
                        ? null
                        : slots.lastDecisionTime().toString());
        out.put("decisions", slots.decisions());
        out.put("candidates_tracked", slots.candidatesTracked());
        out.put("slots", rows);
        out.put("ranking", top);
        return out;
    }

    /** The body of a pin request. */
    public static class PinRequest {
        public String symbol;
    }

    @POST
    @Path("/pins")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Pin a symbol (operator)",
            description = "Body {\"symbol\":\"005930\"}. The symbol must be in today's universe. The slot manager "
                    + "decides at once: 200 with the slot, or 409 when pins already hold every slot (the pin stays "
                    + "and gets the next free slot).")
    @APIResponse(responseCode = "200", description = "Pinned and holding a slot")
    @APIResponse(responseCode = "400", description = "No symbol, or not a symbol of the venue (KIS: 6 characters)")
    @APIResponse(responseCode = "401", description = "Not logged in as the operator")
    @APIResponse(responseCode = "404", description = "Not in today's universe")
    @APIResponse(responseCode = "409", description = "Pinned, but every slot is held by another pin")
    public Response pin(PinRequest request) {
        String symbol = request == null ? null : request.symbol;
        Response bad = checkSymbol(symbol);
        if (bad != null) {
            return bad;
        }
        SlotDecision d = slots.pin(symbol);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("symbol", symbol);
        out.put("pinned", true);
        boolean holds = d.slots().stream().anyMatch(s -> s.symbol().equals(symbol));
        out.put("slot", holds);
        if (!holds) {
            out.put("error", "every one of the " + slots.capacity() + " slots is held by another pin");
            return Response.status(Response.Status.CONFLICT).entity(out).build();
        }
        return Response.ok(out).build();
    }

    @DELETE
    @Path("/pins/{symbol}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Unpin a symbol (operator)", description = "The slot manager decides at once.")
    @APIResponse(responseCode = "200", description = "Unpinned")
    @APIResponse(responseCode = "400", description = "Not a symbol of the venue (KIS: a 6-character KRX code)")
    @APIResponse(responseCode = "401", description = "Not logged in as the operator")
    @APIResponse(responseCode = "404", description = "The symbol is not pinned")
    public Response unpin(@PathParam("symbol") String symbol) {
        if (symbol == null || !symbol.matches(venue.symbolPattern())) {
            return error(Response.Status.BAD_REQUEST, "symbol must be " + venue.symbolDescription());
        }
        if (!slots.unpin(symbol)) {
            return error(Response.Status.NOT_FOUND, symbol + " is not pinned");
        }
        return Response.ok(Map.of("symbol", symbol, "pinned", false)).build();
    }

    private Response checkSymbol(String symbol) {
        if (symbol == null || symbol.isBlank()) {
            return error(Response.Status.BAD_REQUEST, "body must be {\"symbol\":\"005930\"}");
        }
        if (!symbol.matches(venue.symbolPattern())) {
            return error(
                    Response.Status.BAD_REQUEST,
                    "symbol must be " + venue.symbolDescription() + " but was '" + symbol + "'");
        }
        if (!slots.admitted(symbol)) {
            return error(Response.Status.NOT_FOUND, symbol + " is not in today's universe");
        }
        return null;
    }

    private static BigDecimal round(double score) {
        return BigDecimal.valueOf(score).setScale(4, RoundingMode.HALF_EVEN);
    }
}
