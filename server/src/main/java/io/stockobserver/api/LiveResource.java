package io.stockobserver.api;

import io.stockobserver.live.LiveFeed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * {@code GET /api/live}: a Server-Sent Events stream of the changes an operator console follows — slot allocations,
 * releases and refused pins, gap markers, reconnections, pause and mitigation changes. Each event's name is the
 * system event's type and its data the archived JSON line.
 */
@Path("/live")
@RequestScoped
public class LiveResource {
    @Inject
    LiveFeed feed;

    @GET
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @Operation(
            summary = "Live changes (SSE)",
            description = "Event names: " + LiveFeed.TYPES_DOC + ". Data: the system event as archived (JSON). "
                    + "Each event has an id; reconnect with Last-Event-ID to get the kept events (last 1,000) after it "
                    + "(backlog_lost says how many are gone). A comment line every 15 s keeps idle connections open.")
    @APIResponse(responseCode = "200", description = "The event stream")
    public void live(
            @Context SseEventSink sink,
            @Context Sse sse,
            @jakarta.ws.rs.HeaderParam("Last-Event-ID") String lastEventId) {
        feed.register(sink, sse, lastEventId);
    }
}
