package io.stockobserver.sandbox.rest;

import io.stockobserver.sandbox.auth.AccessToken;
import io.stockobserver.sandbox.stats.SandboxCounters;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Base of every quotation endpoint: a GET whose call first passes the {@link QuotationGateway}, and whose replies
 * carry the KIS response headers (content-type, tr_id, tr_cont, gt_uid) and envelope.
 *
 * <p>A call goes through, in order: injected faults, the gateway checks, the paper-venue check ({@link
 * #servedOnPaper()}), the endpoint's own outage ({@link #outage()}), then {@link #answer(RestRequest, AccessToken)}.
 */
public abstract class QuotationEndpoint implements RestEndpoint {

    /** HTTP status of the 모의투자 미지원 refusal: KIS's is not public (sandbox choice). */
    static final int PAPER_REFUSAL_STATUS = 200;
    /** msg1 of the 모의투자 미지원 refusal, as third-party logs of KIS show it. */
    static final String NOT_ON_PAPER_MESSAGE = "모의투자에서는 해당업무가 제공되지 않습니다.";

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
            if (gateway.failsByInjection()) {
                return GatewayFailurePage.internalServerError();
            }
            AccessToken token = gateway.admit(request, trId);
            if (gateway.paperVenue() && !servedOnPaper()) {
                counters.paperUnsupportedRefused();
                throw new GatewayRefusal(PAPER_REFUSAL_STATUS, SandboxCodes.NOT_ON_PAPER, NOT_ON_PAPER_MESSAGE);
            }
            Optional<RestReply> outage = outage();
            if (outage.isPresent()) {
                return outage.get();
            }
            QuotationAnswer answer = answer(request, token);
            counters.quotationServed();
            return RestReply.json(
                    200, Envelopes.success(answer.output(), answer.leadingFields()), headers(answer.trCont()));
        } catch (GatewayRefusal refusal) {
            return RestReply.json(refusal.status(), Envelopes.failure(refusal.msgCd(), refusal.msg1()), headers(""));
        }
    }

    /**
     * Computes the answer to an admitted call.
     *
     * @throws GatewayRefusal to refuse the call (e.g. a bad parameter)
     */
    protected abstract QuotationAnswer answer(RestRequest request, AccessToken token) throws GatewayRefusal;

    /**
     * Returns whether KIS offers this TR on the paper venue; false for the TRs its documentation marks "모의투자
     * 미지원" (KIS facts §1). A PAPER sandbox refuses those with SBXR0004.
     */
    protected boolean servedOnPaper() {
        return true;
    }

    /** Returns the reply of an injected outage of this endpoint's backend, or empty when it works. */
    protected Optional<RestReply> outage() {
        return Optional.empty();
    }

    /** Returns a refusal for a missing or invalid query parameter. */
    protected static GatewayRefusal badParameter(String name, String problem) {
        return new GatewayRefusal(400, SandboxCodes.BAD_PARAMETER, name + " " + problem + " (sandbox)");
    }

    private Map<String, String> headers(String trCont) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("tr_id", trId);
        headers.put("tr_cont", trCont);
        headers.put("gt_uid", UUID.randomUUID().toString().replace("-", ""));
        return headers;
    }
}
