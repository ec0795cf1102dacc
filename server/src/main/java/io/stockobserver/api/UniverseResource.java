package io.stockobserver.api;

import io.stockobserver.universe.Universe;
import io.stockobserver.universe.UniverseMember;
import io.stockobserver.universe.UniverseService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** {@code GET /api/universe}: today's fixed universe with its counts. */
@Path("/universe")
@RequestScoped
public class UniverseResource {
    @Inject
    UniverseService universe;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Today's universe",
            description = "The day's fixed Track A universe: day, source (kis_master, previous_day, watch_list), "
                    + "degraded flag and reason, the rules, counts (considered, included, excluded by reason) and "
                    + "the members (symbol, name, market, base price, listed shares, why included).")
    @APIResponse(responseCode = "200", description = "The universe")
    @APIResponse(responseCode = "503", description = "Not built yet today (before the build time, or it failed)")
    public Response get() {
        return universe.current().map(u -> Response.ok(body(u)).build()).orElseGet(() -> Response.status(
                        Response.Status.SERVICE_UNAVAILABLE)
                .entity(Map.of("error", "today's universe is not built yet"))
                .build());
    }

    private static Map<String, Object> body(Universe u) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("day", u.day().toString());
        out.put("built_at", u.builtAt().toString());
        out.put("source", u.source());
        out.put("degraded", u.degraded());
        u.degradedReason().ifPresent(r -> out.put("degraded_reason", r));
        Map<String, Object> rules = new LinkedHashMap<>();
        rules.put("min_base_price", u.rules().minBasePrice());
        rules.put("included_groups", u.rules().includedGroups());
        rules.put("exclude_halted", u.rules().excludeHalted());
        rules.put("exclude_administrative", u.rules().excludeAdministrative());
        rules.put("exclude_preferred", u.rules().excludePreferred());
        rules.put("exclude_spac", u.rules().excludeSpac());
        u.rules().watchList().ifPresent(w -> rules.put("watch_list", w));
        out.put("rules", rules);
        Map<String, Object> counts = new LinkedHashMap<>();
        counts.put("considered", u.counts().considered());
        counts.put("included", u.counts().included());
        counts.put("excluded", u.counts().excluded());
        counts.put("malformed_lines", u.counts().malformedLines());
        out.put("counts", counts);
        List<Map<String, Object>> members =
                u.members().stream().map(UniverseResource::member).toList();
        out.put("members", members);
        return out;
    }

    private static Map<String, Object> member(UniverseMember m) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("symbol", m.symbol());
        m.name().ifPresent(n -> out.put("name", n));
        m.market().ifPresent(k -> out.put("market", k.toUpperCase(java.util.Locale.ROOT)));
        m.basePrice().ifPresent(p -> out.put("base_price", p));
        m.listedShares().ifPresent(s -> out.put("listed_shares", s));
        out.put("reason", m.reason());
        return out;
    }
}
