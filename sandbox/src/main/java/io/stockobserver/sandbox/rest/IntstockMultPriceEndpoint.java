package io.stockobserver.sandbox.rest;

import com.fasterxml.jackson.databind.node.ArrayNode;
import io.stockobserver.sandbox.auth.AccessToken;
import io.stockobserver.sandbox.market.MarketModel;
import io.stockobserver.sandbox.stats.SandboxCounters;
import io.stockobserver.sandbox.wire.KisJson;
import java.util.Locale;
import java.util.Objects;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * 관심종목(멀티종목) 시세조회 — GET /uapi/domestic-stock/v1/quotations/intstock-multprice, tr_id FHKST11300006 (KIS facts
 * §4.2). Up to 30 pairs FID_COND_MRKT_DIV_CODE_n / FID_INPUT_ISCD_n (n = 1..30, only the first required); the call
 * counts once against the rate limit whatever the number of symbols. {@code output} is an array with one element per
 * symbol in n order; an unknown code gets inter2_prpr "0". "모의투자 미지원": refused by a PAPER sandbox.
 */
public final class IntstockMultPriceEndpoint extends QuotationEndpoint {

    /** The path. */
    public static final String PATH = "/uapi/domestic-stock/v1/quotations/intstock-multprice";
    /** The TR. */
    public static final String TR_ID = "FHKST11300006";
    /** Symbols one call may ask for. */
    public static final int MAX_SYMBOLS = 30;

    private static final Pattern CODE_PARAMETER = Pattern.compile("FID_INPUT_ISCD_(\\d{1,9})");
    private static final String MARKET_PARAMETER = "FID_COND_MRKT_DIV_CODE_";

    private final MarketModel market;

    /** Creates the endpoint over a market model. */
    public IntstockMultPriceEndpoint(MarketModel market, QuotationGateway gateway, SandboxCounters counters) {
        super(PATH, TR_ID, gateway, counters);
        this.market = Objects.requireNonNull(market, "market");
    }

    @Override
    protected QuotationAnswer answer(RestRequest request, AccessToken token) throws GatewayRefusal {
        TreeMap<Integer, String> codes = requestedCodes(request);
        ArrayNode output = KisJson.array();
        for (String code : codes.values()) {
            output.add(market.symbol(code)
                    .map(info -> IntstockMultPriceOutput.of(info, market.quote(code)))
                    .orElseGet(() -> IntstockMultPriceOutput.unknownSymbol(code)));
        }
        return QuotationAnswer.of(output);
    }

    @Override
    protected boolean servedOnPaper() {
        return false;
    }

    /** Returns the non-blank codes by their n, after checking n and each one's market parameter. */
    private static TreeMap<Integer, String> requestedCodes(RestRequest request) throws GatewayRefusal {
        TreeMap<Integer, String> codes = new TreeMap<>();
        for (String name : request.queryNames()) {
            Matcher matcher = CODE_PARAMETER.matcher(name.toUpperCase(Locale.ROOT));
            String code = request.query(name).orElse("").trim();
            if (matcher.matches() && !code.isEmpty()) {
                codes.put(Integer.parseInt(matcher.group(1)), code);
            }
        }
        int highest = codes.isEmpty() ? 0 : codes.lastKey();
        if (highest > MAX_SYMBOLS) {
            throw new GatewayRefusal(
                    400,
                    SandboxCodes.TOO_MANY_SYMBOLS,
                    "intstock-multprice takes at most " + MAX_SYMBOLS + " symbols (FID_INPUT_ISCD_1.." + MAX_SYMBOLS
                            + "); got FID_INPUT_ISCD_" + highest + " (sandbox)");
        }
        if (!codes.containsKey(1)) {
            throw badParameter("FID_INPUT_ISCD_1", "is required");
        }
        for (int index : codes.keySet()) {
            if (index < 1) {
                throw badParameter("FID_INPUT_ISCD_" + index, "is not a pair number 1.." + MAX_SYMBOLS);
            }
            String marketCode = request.query(MARKET_PARAMETER + index).orElse("");
            if (!InquirePriceEndpoint.MARKETS.contains(marketCode)) {
                throw badParameter(MARKET_PARAMETER + index, "must be J, NX or UN");
            }
        }
        return codes;
    }
}
