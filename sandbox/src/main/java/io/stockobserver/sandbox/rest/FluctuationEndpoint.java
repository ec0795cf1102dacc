package io.stockobserver.sandbox.rest;

import com.fasterxml.jackson.databind.node.ArrayNode;
import io.stockobserver.sandbox.auth.AccessToken;
import io.stockobserver.sandbox.market.MarketModel;
import io.stockobserver.sandbox.stats.SandboxCounters;
import io.stockobserver.sandbox.wire.KisJson;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * 국내주식 등락률 순위 — GET /uapi/domestic-stock/v1/ranking/fluctuation, tr_id FHPST01700000 (KIS facts §4.7). Ranks
 * the listings the {@link RankingFilter} admits whose change against the previous close lies in
 * [fid_rsfl_rate1, fid_rsfl_rate2] (blank = open-ended) by the {@link FluctuationOrder}, computed from the market model
 * at call time, and answers the first {@value RankedListing#MAX_ROWS}. Required: fid_cond_mrkt_div_code,
 * fid_cond_scr_div_code (20170), fid_input_iscd, fid_rank_sort_cls_code; fid_input_cnt_1 is checked for form and not
 * applied (the period is today). "모의투자 미지원": refused by a PAPER sandbox.
 */
public final class FluctuationEndpoint extends QuotationEndpoint {

    /** The path. */
    public static final String PATH = "/uapi/domestic-stock/v1/ranking/fluctuation";
    /** The TR. */
    public static final String TR_ID = "FHPST01700000";
    /** The only fid_cond_scr_div_code of this TR. */
    public static final String SCREEN = "20170";

    private final MarketModel market;

    /** Creates the endpoint over a market model. */
    public FluctuationEndpoint(MarketModel market, QuotationGateway gateway, SandboxCounters counters) {
        super(PATH, TR_ID, gateway, counters);
        this.market = Objects.requireNonNull(market, "market");
    }

    @Override
    protected QuotationAnswer answer(RestRequest request, AccessToken token) throws GatewayRefusal {
        RankingParameters parameters = new RankingParameters(request);
        parameters.required("fid_cond_scr_div_code", Set.of(SCREEN));
        RankingFilter filter = RankingFilter.read(parameters, false)
                .withChangeRates(parameters.decimal("fid_rsfl_rate1"), parameters.decimal("fid_rsfl_rate2"));
        String sort = parameters.required("fid_rank_sort_cls_code", FluctuationOrder.SORT_CODES);
        String price = parameters.optional("fid_prc_cls_code", FluctuationOrder.PRICE_CODES, "0");
        parameters.bound("fid_input_cnt_1");
        List<RankedListing> rows = RankedListing.top(market, filter, FluctuationOrder.of(sort, price));
        ArrayNode output = KisJson.array();
        for (int i = 0; i < rows.size(); i++) {
            output.add(FluctuationOutput.of(i + 1, rows.get(i)));
        }
        return QuotationAnswer.of(output);
    }

    @Override
    protected boolean servedOnPaper() {
        return false;
    }
}
