package io.stockobserver.sandbox.upbit.rest;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import io.stockobserver.sandbox.rest.HttpExchanges;
import io.stockobserver.sandbox.rest.RestEndpoint;
import io.stockobserver.sandbox.rest.RestReply;
import io.stockobserver.sandbox.rest.RestRequest;
import io.stockobserver.sandbox.upbit.stats.UpbitCounters;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Dispatches exchanges to endpoints by exact path and method. Quotation endpoints are reached only past the
 * {@link QuotationGate} of the caller's IP, and every quotation answer gets the {@code Remaining-Req} header.
 * Unknown paths get 404 and known paths with another method 405, in Upbit's error envelope (sandbox choice).
 */
final class UpbitRouter implements HttpHandler {

    /** The header of every quotation answer (the JDK server writes it as "Remaining-req"). */
    static final String REMAINING_REQ = "Remaining-Req";

    private static final System.Logger LOG = System.getLogger(UpbitRouter.class.getName());
    private static final int MAX_BODY_BYTES = 64 * 1024;

    private final Map<String, Map<String, RestEndpoint>> endpoints = new HashMap<>();
    private final QuotationGate gate;
    private final UpbitCounters counters;

    UpbitRouter(List<RestEndpoint> endpoints, QuotationGate gate, UpbitCounters counters) {
        this.gate = gate;
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
                        "Upbit sandbox REST handler failed for "
                                + exchange.getRequestURI().getPath(),
                        e);
                reply = UpbitReplies.error(500, "sandbox internal error (sandbox)");
            }
            // Counted before the reply leaves, so a client that has its answer also sees it counted.
            counters.restRequestAnswered();
            HttpExchanges.write(exchange, reply);
        }
    }

    private RestReply route(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        Map<String, RestEndpoint> byMethod = endpoints.get(path);
        if (byMethod == null) {
            return UpbitReplies.error(404, "Not Found: " + path + " (sandbox)");
        }
        RestEndpoint endpoint = byMethod.get(exchange.getRequestMethod());
        if (endpoint == null) {
            return UpbitReplies.error(405, path + " accepts " + String.join(", ", byMethod.keySet()) + " (sandbox)");
        }
        byte[] body = exchange.getRequestBody().readNBytes(MAX_BODY_BYTES + 1);
        if (body.length > MAX_BODY_BYTES) {
            return UpbitReplies.error(413, "body larger than " + MAX_BODY_BYTES + " bytes (sandbox)");
        }
        RestRequest request = new RestRequest(
                exchange.getRequestMethod(),
                path,
                Map.of(),
                HttpExchanges.query(exchange.getRequestURI().getRawQuery()),
                body);
        if (!(endpoint instanceof QuotationEndpoint quotation)) {
            return endpoint.handle(request);
        }
        String client = exchange.getRemoteAddress().getAddress().getHostAddress();
        QuotationGate.Decision decision = gate.admit(client, quotation.group());
        RestReply reply = decision.admitted() ? quotation.handle(request) : decision.refusal();
        return UpbitReplies.withHeader(reply, REMAINING_REQ, decision.remainingReq());
    }
}
