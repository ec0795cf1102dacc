package io.stockobserver.sandbox.upbit.rest;

import com.fasterxml.jackson.databind.node.ArrayNode;
import io.stockobserver.sandbox.rest.RestReply;
import io.stockobserver.sandbox.rest.RestRequest;
import io.stockobserver.sandbox.upbit.limit.RateLimitGroup;
import io.stockobserver.sandbox.upbit.market.UpbitMarketModel;
import io.stockobserver.sandbox.wire.KisJson;

/**
 * {@code GET /v1/ticker?markets=KRW-BTC,KRW-ETH} — the ticker of each market named, in the order named. A market
 * that is not listed makes the whole call a 404 "Code not found"; a missing or empty list, an empty entry or more
 * than {@code maxMarkets} markets a 400 (the cap is the sandbox's: Upbit documents none).
 */
final class TickerEndpoint extends QuotationEndpoint {

    private final UpbitMarketModel market;
    private final int maxMarkets;

    TickerEndpoint(UpbitMarketModel market, int maxMarkets) {
        super("/v1/ticker", RateLimitGroup.TICKER);
        this.market = market;
        this.maxMarkets = maxMarkets;
    }

    @Override
    RestReply answer(RestRequest request) {
        ArrayNode tickers = KisJson.array();
        for (String code : QueryValues.markets(request, "markets", maxMarkets, market)) {
            tickers.add(QuotationJson.ticker(market.ticker(code)));
        }
        return UpbitReplies.ok(tickers);
    }
}
