package io.stockobserver.api;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;

/** The API's error answer: the status and {@code {"error":"…"}} saying what was wrong and what is expected. */
final class ApiErrors {
    private ApiErrors() {}

    static Response error(Response.Status status, String message) {
        return Response.status(status)
                .type(MediaType.APPLICATION_JSON)
                .entity(Map.of("error", message))
                .build();
    }
}
