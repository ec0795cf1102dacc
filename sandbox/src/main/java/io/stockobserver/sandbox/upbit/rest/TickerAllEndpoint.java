package io.stockobserver.sandbox.upbit.rest;

import com.fasterxml.jackson.databind.node.ArrayNode;
import io.stockobserver.sandbox.rest.RestReply;
import io.stockobserver.sandbox.rest.RestRequest;
import io.stockobserver.sandbox.upbit.limit.RateLimitGroup;
import io.stockobserver.sandbox.upbit.market.UpbitMarketModel;
import io.stockobserver.sandbox.upbit.market.UpbitPair;
import io.stockobserver.sandbox.wire.KisJson;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * {@code GET /v1/ticker/all?quote_currencies=KRW,BTC} — the ticker of every market quoted in those currencies, in
 * market-list order. The parameter is required (400 when missing); currencies the sandbox does not list are ignored
 * (sandbox choice).
 */
final class TickerAllEndpoint extends QuotationEndpoint {

    private final UpbitMarketModel market;

    TickerAllEndpoint(UpbitMarketModel market) {
        super("/v1/ticker/all", RateLimitGroup.TICKER);
        this.market = market;
    }

    @Override
    RestReply answer(RestRequest request) {
        Set<String> quotes = Arrays.stream(
                        QueryValues.required(request, "quote_currencies").split(","))
                .map(String::trim)
                .collect(Collectors.toSet());
        ArrayNode tickers = KisJson.array();
        for (UpbitPair pair : market.markets()) {
            if (quotes.contains(pair.quote().name())) {
                tickers.add(QuotationJson.ticker(market.ticker(pair.market())));
            }
        }
        return UpbitReplies.ok(tickers);
    }
}
