package io.stockobserver.console.connect;

import com.fasterxml.jackson.databind.JsonNode;

/** One event of the server's live feed: its id (for resuming), its name (the system event type) and its data. */
public record LiveEvent(String id, String name, JsonNode data) {}
