package io.stockobserver.sandbox.upbit.rest;

import com.fasterxml.jackson.databind.node.ArrayNode;
import io.stockobserver.sandbox.rest.RestReply;
import io.stockobserver.sandbox.rest.RestRequest;
import io.stockobserver.sandbox.upbit.limit.RateLimitGroup;
import io.stockobserver.sandbox.upbit.market.UpbitMarketModel;
import io.stockobserver.sandbox.wire.KisJson;

/**
 * {@code GET /v1/orderbook/instruments?markets=…} — each market's quote currency, tick size at its current price
 * (a string, e.g. "1000" or "0.00000001") and supported grouping levels (always ["0"]: the sandbox groups none).
 */
final class OrderbookInstrumentsEndpoint extends QuotationEndpoint {

    private final UpbitMarketModel market;
    private final int maxMarkets;

    OrderbookInstrumentsEndpoint(UpbitMarketModel market, int maxMarkets) {
        super("/v1/orderbook/instruments", RateLimitGroup.ORDERBOOK);
        this.market = market;
        this.maxMarkets = maxMarkets;
    }

    @Override
    RestReply answer(RestRequest request) {
        ArrayNode instruments = KisJson.array();
        for (String code : QueryValues.markets(request, "markets", maxMarkets, market)) {
            instruments.add(QuotationJson.instrument(market.market(code).orElseThrow(), market.tickSize(code)));
        }
        return UpbitReplies.ok(instruments);
    }
}
