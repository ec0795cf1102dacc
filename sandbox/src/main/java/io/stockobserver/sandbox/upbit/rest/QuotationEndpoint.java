package io.stockobserver.sandbox.upbit.rest;

import io.stockobserver.sandbox.rest.RestEndpoint;
import io.stockobserver.sandbox.rest.RestReply;
import io.stockobserver.sandbox.rest.RestRequest;
import io.stockobserver.sandbox.upbit.limit.RateLimitGroup;
import io.stockobserver.sandbox.upbit.market.UnknownMarketException;
import java.util.Objects;

/**
 * A GET endpoint of Upbit's Quotation API in one rate-limit group. The router lets a call reach
 * {@link #answer(RestRequest)} only past the {@link QuotationGate}; a {@link ParameterException} becomes Upbit's 400
 * and an {@link UnknownMarketException} its 404 "Code not found".
 */
abstract class QuotationEndpoint implements RestEndpoint {

    private final String path;
    private final RateLimitGroup group;

    QuotationEndpoint(String path, RateLimitGroup group) {
        this.path = Objects.requireNonNull(path, "path");
        this.group = Objects.requireNonNull(group, "group");
    }

    @Override
    public final String method() {
        return "GET";
    }

    @Override
    public final String path() {
        return path;
    }

    /** Returns the rate-limit group the endpoint counts against. */
    final RateLimitGroup group() {
        return group;
    }

    @Override
    public final RestReply handle(RestRequest request) {
        try {
            return answer(request);
        } catch (ParameterException e) {
            return UpbitReplies.invalidParameter();
        } catch (UnknownMarketException e) {
            return UpbitReplies.codeNotFound();
        }
    }

    /** Answers an admitted call. */
    abstract RestReply answer(RestRequest request);
}
