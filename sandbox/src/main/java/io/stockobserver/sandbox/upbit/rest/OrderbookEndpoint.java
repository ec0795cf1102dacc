package io.stockobserver.sandbox.upbit.rest;

import com.fasterxml.jackson.databind.node.ArrayNode;
import io.stockobserver.sandbox.rest.RestReply;
import io.stockobserver.sandbox.rest.RestRequest;
import io.stockobserver.sandbox.upbit.limit.RateLimitGroup;
import io.stockobserver.sandbox.upbit.market.OrderbookSnapshot;
import io.stockobserver.sandbox.upbit.market.UpbitMarketModel;
import io.stockobserver.sandbox.wire.KisJson;
import java.math.BigDecimal;

/**
 * {@code GET /v1/orderbook?markets=…&count=…&level=…} — the whole book of each market: the best {@code count} rows
 * (1..30, default 30), the thinner side padded with zeros, and the totals of those rows. The sandbox groups no
 * levels: {@code level} 0 (the default) is served, any other level answers {@code []} as Upbit does for an
 * unsupported level. Markets are checked as for {@code /v1/ticker}.
 */
final class OrderbookEndpoint extends QuotationEndpoint {

    private final UpbitMarketModel market;
    private final int maxMarkets;

    OrderbookEndpoint(UpbitMarketModel market, int maxMarkets) {
        super("/v1/orderbook", RateLimitGroup.ORDERBOOK);
        this.market = market;
        this.maxMarkets = maxMarkets;
    }

    @Override
    RestReply answer(RestRequest request) {
        var codes = QueryValues.markets(request, "markets", maxMarkets, market);
        int count =
                QueryValues.wholeNumber(request, "count", OrderbookSnapshot.MAX_UNITS, 1, OrderbookSnapshot.MAX_UNITS);
        ArrayNode books = KisJson.array();
        if (!grouped(QueryValues.text(request, "level").orElse("0"))) {
            codes.forEach(code -> books.add(QuotationJson.orderbook(market.orderbook(code), count)));
        }
        return UpbitReplies.ok(books);
    }

    private static boolean grouped(String level) {
        try {
            return new BigDecimal(level).signum() != 0;
        } catch (NumberFormatException e) {
            throw new ParameterException("level must be a number");
        }
    }
}
