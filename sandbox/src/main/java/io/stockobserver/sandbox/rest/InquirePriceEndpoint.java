package io.stockobserver.sandbox.rest;

import io.stockobserver.sandbox.auth.AccessToken;
import io.stockobserver.sandbox.market.MarketModel;
import io.stockobserver.sandbox.stats.SandboxCounters;
import java.util.Objects;
import java.util.Set;

/**
 * 주식현재가 시세 — GET /uapi/domestic-stock/v1/quotations/inquire-price, tr_id FHKST01010100 (KIS facts §4.1).
 * Parameters FID_COND_MRKT_DIV_CODE (J, NX or UN; all served from the one KRX model) and FID_INPUT_ISCD. An unknown
 * code is answered rt_cd "0" with stck_prpr "0", as the real venue does.
 */
public final class InquirePriceEndpoint extends QuotationEndpoint {

    /** The path. */
    public static final String PATH = "/uapi/domestic-stock/v1/quotations/inquire-price";
    /** The TR. */
    public static final String TR_ID = "FHKST01010100";

    /** The accepted FID_COND_MRKT_DIV_CODE values. */
    static final Set<String> MARKETS = Set.of("J", "NX", "UN");

    private final MarketModel market;

    /** Creates the endpoint over a market model. */
    public InquirePriceEndpoint(MarketModel market, QuotationGateway gateway, SandboxCounters counters) {
        super(PATH, TR_ID, gateway, counters);
        this.market = Objects.requireNonNull(market, "market");
    }

    @Override
    protected QuotationAnswer answer(RestRequest request, AccessToken token) throws GatewayRefusal {
        String marketCode = request.query("FID_COND_MRKT_DIV_CODE").orElse("");
        if (!MARKETS.contains(marketCode)) {
            throw badParameter("FID_COND_MRKT_DIV_CODE", "must be J, NX or UN");
        }
        String code = request.query("FID_INPUT_ISCD").orElse("").trim();
        if (code.isEmpty()) {
            throw badParameter("FID_INPUT_ISCD", "is required");
        }
        return QuotationAnswer.of(market.symbol(code)
                .map(info -> InquirePriceOutput.of(info, market.quote(code)))
                .orElseGet(InquirePriceOutput::unknownSymbol));
    }
}
