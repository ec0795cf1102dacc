package io.stockobserver.sandbox.rest;

import static io.stockobserver.sandbox.rest.RankingRows.codes;
import static io.stockobserver.sandbox.rest.RankingRows.column;
import static io.stockobserver.sandbox.rest.RankingRows.names;
import static io.stockobserver.sandbox.rest.RankingRows.number;
import static io.stockobserver.sandbox.rest.RankingRows.rows;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import io.stockobserver.sandbox.KisRestClient;
import io.stockobserver.sandbox.KisSandbox;
import io.stockobserver.sandbox.MutableClock;
import io.stockobserver.sandbox.SandboxMarketHours;
import io.stockobserver.sandbox.SandboxOptions;
import io.stockobserver.sandbox.market.KoreanTime;
import io.stockobserver.sandbox.market.MarketModel;
import io.stockobserver.sandbox.market.QuoteSnapshot;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class FluctuationEndpointTest {

    /** Half an hour into a Wednesday session. */
    private static final Instant MORNING =
            LocalDateTime.of(2026, 7, 22, 9, 30).atZone(KoreanTime.ZONE).toInstant();

    private static final List<String> FIELDS = List.of(
            "stck_shrn_iscd",
            "data_rank",
            "hts_kor_isnm",
            "stck_prpr",
            "prdy_vrss",
            "prdy_vrss_sign",
            "prdy_ctrt",
            "acml_vol",
            "stck_hgpr",
            "hgpr_hour",
            "acml_hgpr_date",
            "stck_lwpr",
            "lwpr_hour",
            "acml_lwpr_date",
            "lwpr_vrss_prpr_rate",
            "dsgt_date_clpr_vrss_prpr_rate",
            "cnnt_ascn_dynu",
            "hgpr_vrss_prpr_rate",
            "cnnt_down_dynu",
            "oprc_vrss_prpr_sign",
            "oprc_vrss_prpr",
            "oprc_vrss_prpr_rate",
            "prd_rsfl",
            "prd_rsfl_rate");

    private static KisSandbox sandbox;
    private static KisRestClient client;
    private static String token;

    @BeforeAll
    static void start() throws IOException {
        sandbox = KisSandbox.start(SandboxOptions.builder()
                .symbolCount(300)
                .marketHours(SandboxMarketHours.EXCHANGE)
                .holidays(Set.of())
                .clock(new MutableClock(MORNING))
                .restCallsPerSecond(1_000)
                .build());
        client = new KisRestClient(sandbox.restBaseUrl());
        token = client.accessToken(KisRestClient.APPKEY);
    }

    @AfterAll
    static void stop() {
        sandbox.close();
    }

    private static List<JsonNode> rank(Map<String, String> changes) {
        return rows(client.fluctuation(token, KisRestClient.APPKEY, changes));
    }

    @Test
    void shouldRankRisersAgainstThePreviousCloseInThirtyRowsOfTheDocumentedStringFields() {
        HttpResponse<String> response = client.fluctuation(token, KisRestClient.APPKEY, Map.of());
        List<JsonNode> rows = rows(response);
        MarketModel market = sandbox.market();

        assertThat(response.headers().firstValue("tr_id")).contains("FHPST01700000");
        assertThat(rows).hasSize(30);
        assertThat(column(rows, "prdy_ctrt")).isSortedAccordingTo(Comparator.reverseOrder());
        double best = market.symbols().stream()
                .mapToDouble(info -> market.quote(info.code()).changePercent())
                .max()
                .orElseThrow();
        assertThat(number(rows.get(0), "prdy_ctrt")).isCloseTo(best, within(0.006));
        for (int i = 0; i < rows.size(); i++) {
            JsonNode row = rows.get(i);
            assertThat(names(row)).containsExactlyElementsOf(FIELDS);
            row.fields().forEachRemaining(field -> assertThat(field.getValue().isTextual())
                    .as(field.getKey())
                    .isTrue());
            assertThat(row.get("data_rank").asText()).isEqualTo(Integer.toString(i + 1));
            checkFigures(row, market.quote(row.get("stck_shrn_iscd").asText()));
        }
    }

    private static void checkFigures(JsonNode row, QuoteSnapshot quote) {
        long change = quote.lastPrice() - quote.basePrice();
        assertThat(number(row, "stck_prpr")).isEqualTo(quote.lastPrice());
        assertThat(number(row, "prdy_vrss")).isEqualTo(change);
        assertThat(number(row, "stck_hgpr")).isEqualTo(quote.highPrice());
        assertThat(number(row, "stck_lwpr")).isEqualTo(quote.lowPrice());
        assertThat(row.get("hgpr_hour").asText()).isEqualTo(KoreanTime.hhmmss(quote.highTime()));
        assertThat(row.get("acml_hgpr_date").asText()).isEqualTo("20260722");
        assertThat(row.get("acml_lwpr_date").asText()).isEqualTo("20260722");
        assertThat(number(row, "lwpr_vrss_prpr_rate"))
                .isCloseTo((quote.lastPrice() - quote.lowPrice()) * 100.0 / quote.lowPrice(), within(0.006));
        assertThat(number(row, "hgpr_vrss_prpr_rate"))
                .isCloseTo((quote.lastPrice() - quote.highPrice()) * 100.0 / quote.highPrice(), within(0.006));
        assertThat(number(row, "oprc_vrss_prpr")).isEqualTo(quote.lastPrice() - quote.openPrice());
        assertThat(row.get("cnnt_ascn_dynu").asText()).isEqualTo(change > 0 ? "1" : "0");
        assertThat(row.get("cnnt_down_dynu").asText()).isEqualTo(change < 0 ? "1" : "0");
        assertThat(row.get("prd_rsfl").asText()).isEqualTo(row.get("prdy_vrss").asText());
        assertThat(row.get("prd_rsfl_rate").asText())
                .isEqualTo(row.get("prdy_ctrt").asText());
        assertThat(row.get("dsgt_date_clpr_vrss_prpr_rate").asText())
                .isEqualTo(row.get("prdy_ctrt").asText());
    }

    @Test
    void shouldRankByTheSortAndPriceCodes() {
        Comparator<Double> largestFirst = Comparator.reverseOrder();
        Comparator<Double> smallestFirst = Comparator.naturalOrder();

        assertThat(column(rank(Map.of("fid_rank_sort_cls_code", "1")), "prdy_ctrt"))
                .isSortedAccordingTo(smallestFirst);
        assertThat(column(rank(Map.of("fid_prc_cls_code", "0")), "lwpr_vrss_prpr_rate"))
                .isSortedAccordingTo(largestFirst);
        assertThat(column(rank(Map.of("fid_rank_sort_cls_code", "1", "fid_prc_cls_code", "0")), "hgpr_vrss_prpr_rate"))
                .isSortedAccordingTo(smallestFirst);
        assertThat(column(rank(Map.of("fid_rank_sort_cls_code", "2", "fid_prc_cls_code", "0")), "oprc_vrss_prpr_rate"))
                .isSortedAccordingTo(largestFirst);
        assertThat(column(rank(Map.of("fid_rank_sort_cls_code", "3", "fid_prc_cls_code", "0")), "oprc_vrss_prpr_rate"))
                .isSortedAccordingTo(smallestFirst);
        List<JsonNode> range = rank(Map.of("fid_rank_sort_cls_code", "4", "fid_prc_cls_code", "0"));
        assertThat(column(
                        range, row -> (number(row, "stck_hgpr") - number(row, "stck_lwpr")) / number(row, "stck_lwpr")))
                .isSortedAccordingTo(largestFirst);
    }

    @Test
    void shouldKeepOnlyChangeRatesInsideTheRequestedBandAndListingsOfTheRequestedMarket() {
        List<JsonNode> calm = rank(Map.of("fid_rsfl_rate1", "-0.5", "fid_rsfl_rate2", "0.5"));
        List<JsonNode> kosdaq = rank(Map.of("fid_input_iscd", "1001"));

        assertThat(column(calm, "prdy_ctrt")).isNotEmpty().allMatch(rate -> rate >= -0.5 && rate <= 0.5);
        assertThat(codes(kosdaq, "stck_shrn_iscd")).isNotEmpty().allMatch(code -> sandbox.market()
                .symbol(code)
                .orElseThrow()
                .market()
                .name()
                .equals("KOSDAQ"));
    }

    @Test
    void shouldRefuseMissingOrUnknownParametersWithSbxr0003() {
        List<Map<String, String>> bad = List.of(
                Map.of("fid_rank_sort_cls_code", "9"),
                Map.of("fid_cond_scr_div_code", "20171"),
                Map.of("fid_input_iscd", ""),
                Map.of("fid_prc_cls_code", "2"),
                Map.of("fid_rsfl_rate1", "lots"));
        for (Map<String, String> change : bad) {
            HttpResponse<String> response = client.fluctuation(token, KisRestClient.APPKEY, change);
            assertThat(response.statusCode()).as(change.toString()).isEqualTo(400);
            assertThat(KisRestClient.json(response).get("msg_cd").asText()).isEqualTo("SBXR0003");
        }
    }
}
