package io.stockobserver.sandbox.rest;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import io.stockobserver.sandbox.stats.SandboxCounters;
import java.io.IOException;
import java.io.InputStream;
import java.lang.System.Logger.Level;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Dispatches exchanges of the JDK HTTP server to endpoints by exact path and method, and writes their replies.
 * Unknown paths get 404 and known paths with another method 405, in the KIS error envelope.
 */
final class RestRouter implements HttpHandler {

    private static final System.Logger LOG = System.getLogger(RestRouter.class.getName());
    private static final int MAX_BODY_BYTES = 64 * 1024;

    private final Map<String, Map<String, RestEndpoint>> endpoints = new HashMap<>();
    private final SandboxCounters counters;

    RestRouter(List<RestEndpoint> endpoints, SandboxCounters counters) {
        this.counters = counters;
        for (RestEndpoint endpoint : endpoints) {
            RestEndpoint previous = this.endpoints
                    .computeIfAbsent(endpoint.path(), path -> new HashMap<>())
                    .put(endpoint.method(), endpoint);
            if (previous != null) {
                throw new IllegalArgumentException("two endpoints for " + endpoint.method() + " " + endpoint.path());
            }
        }
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            RestReply reply;
            try {
                reply = route(exchange);
            } catch (RuntimeException e) {
                LOG.log(
                        Level.ERROR,
                        "sandbox REST handler failed for "
                                + exchange.getRequestURI().getPath(),
                        e);
                reply = RestReply.json(
                        500, Envelopes.failure(SandboxCodes.INTERNAL_ERROR, "sandbox internal error (sandbox)"));
            }
            HttpExchanges.write(exchange, reply);
            counters.restRequestAnswered();
        }
    }

    private RestReply route(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        Map<String, RestEndpoint> byMethod = endpoints.get(path);
        if (byMethod == null) {
            return RestReply.json(404, Envelopes.failure(SandboxCodes.NO_SUCH_PATH, "no such path: " + path));
        }
        RestEndpoint endpoint = byMethod.get(exchange.getRequestMethod());
        if (endpoint == null) {
            return RestReply.json(
                    405,
                    Envelopes.failure(
                            SandboxCodes.WRONG_METHOD, path + " accepts " + String.join(", ", byMethod.keySet())));
        }
        byte[] body = readBody(exchange.getRequestBody());
        if (body == null) {
            return RestReply.json(
                    413, Envelopes.failure(SandboxCodes.BODY_TOO_LARGE, "body larger than " + MAX_BODY_BYTES));
        }
        return endpoint.handle(new RestRequest(
                exchange.getRequestMethod(),
                path,
                headers(exchange),
                HttpExchanges.query(exchange.getRequestURI().getRawQuery()),
                body));
    }

    private static byte[] readBody(InputStream in) throws IOException {
        byte[] body = in.readNBytes(MAX_BODY_BYTES + 1);
        return body.length > MAX_BODY_BYTES ? null : body;
    }

    private static Map<String, String> headers(HttpExchange exchange) {
        Map<String, String> headers = new HashMap<>();
        exchange.getRequestHeaders().forEach((name, values) -> {
            if (!values.isEmpty()) {
                headers.put(name, values.get(0));
            }
        });
        return headers;
    }
}
