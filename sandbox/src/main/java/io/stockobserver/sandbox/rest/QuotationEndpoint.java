package io.stockobserver.sandbox.rest;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.stockobserver.sandbox.auth.AccessToken;
import io.stockobserver.sandbox.stats.SandboxCounters;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * Base of every quotation endpoint: a GET whose call first passes the {@link QuotationGateway}, and whose replies
 * carry the KIS response headers (content-type, tr_id, tr_cont, gt_uid) and envelope.
 */
public abstract class QuotationEndpoint implements RestEndpoint {

    private final String path;
    private final String trId;
    private final QuotationGateway gateway;
    private final SandboxCounters counters;

    /**
     * Creates the endpoint.
     *
     * @param path exact path, e.g. /uapi/domestic-stock/v1/quotations/inquire-price
     * @param trId the only tr_id accepted at that path
     * @param gateway the shared gateway
     * @param counters where served calls are counted
     */
    protected QuotationEndpoint(String path, String trId, QuotationGateway gateway, SandboxCounters counters) {
        this.path = Objects.requireNonNull(path, "path");
        this.trId = Objects.requireNonNull(trId, "trId");
        this.gateway = Objects.requireNonNull(gateway, "gateway");
        this.counters = Objects.requireNonNull(counters, "counters");
    }

    @Override
    public final String method() {
        return "GET";
    }

    @Override
    public final String path() {
        return path;
    }

    /** Returns the TR this endpoint serves. */
    public final String trId() {
        return trId;
    }

    @Override
    public final RestReply handle(RestRequest request) {
        try {
            AccessToken token = gateway.admit(request, trId);
            ObjectNode output = answer(request, token);
            counters.quotationServed();
            return RestReply.json(200, Envelopes.success(output), headers());
        } catch (GatewayRefusal refusal) {
            return RestReply.json(refusal.status(), Envelopes.failure(refusal.msgCd(), refusal.msg1()), headers());
        }
    }

    /**
     * Computes the {@code output} object of an admitted call.
     *
     * @throws GatewayRefusal to refuse the call (e.g. a bad parameter)
     */
    protected abstract ObjectNode answer(RestRequest request, AccessToken token) throws GatewayRefusal;

    /** Returns a refusal for a missing or invalid query parameter. */
    protected static GatewayRefusal badParameter(String name, String problem) {
        return new GatewayRefusal(400, SandboxCodes.BAD_PARAMETER, name + " " + problem + " (sandbox)");
    }

    private Map<String, String> headers() {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("tr_id", trId);
        headers.put("tr_cont", "");
        headers.put("gt_uid", UUID.randomUUID().toString().replace("-", ""));
        return headers;
    }
}
