package io.stockobserver.sandbox.upbit.rest;

import com.fasterxml.jackson.databind.node.ArrayNode;
import io.stockobserver.sandbox.rest.RestReply;
import io.stockobserver.sandbox.rest.RestRequest;
import io.stockobserver.sandbox.upbit.limit.RateLimitGroup;
import io.stockobserver.sandbox.upbit.market.UpbitMarketModel;
import io.stockobserver.sandbox.wire.KisJson;
import java.util.Locale;
import java.util.Optional;

/**
 * {@code GET /v1/market/all?is_details=true|false} — every market with its names, and with {@code market_event}
 * (warning and cautions) when details are asked for. pyupbit's older spelling {@code isDetails} is accepted too
 * (PROVIDERS_FACTS §1.1); a value other than true or false is a 400.
 */
final class MarketAllEndpoint extends QuotationEndpoint {

    private final UpbitMarketModel market;

    MarketAllEndpoint(UpbitMarketModel market) {
        super("/v1/market/all", RateLimitGroup.MARKET);
        this.market = market;
    }

    @Override
    RestReply answer(RestRequest request) {
        boolean details =
                details(QueryValues.text(request, "is_details").or(() -> QueryValues.text(request, "isDetails")));
        ArrayNode markets = KisJson.array();
        market.markets().forEach(pair -> markets.add(QuotationJson.market(pair, details)));
        return UpbitReplies.ok(markets);
    }

    private static boolean details(Optional<String> value) {
        return switch (value.orElse("false").toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new ParameterException("is_details must be true or false");
        };
    }
}
