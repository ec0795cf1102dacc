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
 * 거래량순위 — GET /uapi/domestic-stock/v1/quotations/volume-rank, tr_id FHPST01710000 (KIS facts §4.6). Ranks the
 * listings the {@link RankingFilter} admits by the FID_BLNG_CLS_CODE order ({@link VolumeRankOrder}), computed from the
 * market model at call time, and answers the first {@value RankedListing#MAX_ROWS} as the {@code output} array.
 * Required: FID_COND_MRKT_DIV_CODE, FID_COND_SCR_DIV_CODE (20171), FID_INPUT_ISCD, FID_DIV_CLS_CODE,
 * FID_BLNG_CLS_CODE; the filters may be blank or absent. "모의투자 미지원": refused by a PAPER sandbox.
 */
public final class VolumeRankEndpoint extends QuotationEndpoint {

    /** The path. */
    public static final String PATH = "/uapi/domestic-stock/v1/quotations/volume-rank";
    /** The TR. */
    public static final String TR_ID = "FHPST01710000";
    /** The only FID_COND_SCR_DIV_CODE of this TR. */
    public static final String SCREEN = "20171";

    private final MarketModel market;

    /** Creates the endpoint over a market model. */
    public VolumeRankEndpoint(MarketModel market, QuotationGateway gateway, SandboxCounters counters) {
        super(PATH, TR_ID, gateway, counters);
        this.market = Objects.requireNonNull(market, "market");
    }

    @Override
    protected QuotationAnswer answer(RestRequest request, AccessToken token) throws GatewayRefusal {
        RankingParameters parameters = new RankingParameters(request);
        parameters.required("FID_COND_SCR_DIV_CODE", Set.of(SCREEN));
        RankingFilter filter = RankingFilter.read(parameters, true);
        VolumeRankOrder order = VolumeRankOrder.of(parameters.required("FID_BLNG_CLS_CODE", VolumeRankOrder.CODES));
        List<RankedListing> rows = RankedListing.top(market, filter, order.comparator());
        ArrayNode output = KisJson.array();
        for (int i = 0; i < rows.size(); i++) {
            output.add(VolumeRankOutput.of(i + 1, rows.get(i)));
        }
        return QuotationAnswer.of(output);
    }

    @Override
    protected boolean servedOnPaper() {
        return false;
    }
}
