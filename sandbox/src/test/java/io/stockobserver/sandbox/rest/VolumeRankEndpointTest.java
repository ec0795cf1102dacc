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
import io.stockobserver.sandbox.SandboxSurge;
import io.stockobserver.sandbox.market.KoreanTime;
import io.stockobserver.sandbox.market.ListingKind;
import io.stockobserver.sandbox.market.MarketKind;
import io.stockobserver.sandbox.market.MarketModel;
import io.stockobserver.sandbox.market.SurgeKind;
import io.stockobserver.sandbox.market.SymbolInfo;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class VolumeRankEndpointTest {

    /** Five minutes into a Wednesday session. */
    private static final Instant MORNING =
            LocalDateTime.of(2026, 7, 22, 9, 5).atZone(KoreanTime.ZONE).toInstant();

    private static final List<String> FIELDS = List.of(
            "hts_kor_isnm",
            "mksc_shrn_iscd",
            "data_rank",
            "stck_prpr",
            "prdy_vrss_sign",
            "prdy_vrss",
            "prdy_ctrt",
            "acml_vol",
            "prdy_vol",
            "lstn_stcn",
            "avrg_vol",
            "n_befr_clpr_vrss_prpr_rate",
            "vol_inrt",
            "vol_tnrt",
            "nday_vol_tnrt",
            "avrg_tr_pbmn",
            "tr_pbmn_tnrt",
            "nday_tr_pbmn_tnrt",
            "acml_tr_pbmn");

    private static KisSandbox sandbox;
    private static KisRestClient client;
    private static String token;

    @BeforeAll
    static void start() throws IOException {
        sandbox = KisSandbox.start(options(new MutableClock(MORNING)).build());
        client = new KisRestClient(sandbox.restBaseUrl());
        token = client.accessToken(KisRestClient.APPKEY);
    }

    @AfterAll
    static void stop() {
        sandbox.close();
    }

    /** A frozen exchange-hours market, so every call sees the same instant. */
    private static SandboxOptions.Builder options(MutableClock clock) {
        return SandboxOptions.builder()
                .symbolCount(300)
                .marketHours(SandboxMarketHours.EXCHANGE)
                .holidays(Set.of())
                .clock(clock)
                .restCallsPerSecond(1_000);
    }

    private static List<JsonNode> rank(Map<String, String> changes) {
        return rows(client.volumeRank(token, KisRestClient.APPKEY, changes));
    }

    @Test
    void shouldRankTheWholeMarketByVolumeInThirtyRowsOfTheDocumentedStringFields() {
        HttpResponse<String> response = client.volumeRank(token, KisRestClient.APPKEY, Map.of());
        JsonNode body = KisRestClient.json(response);
        List<JsonNode> rows = rows(response);
        MarketModel market = sandbox.market();

        assertThat(names(body)).containsExactly("output", "rt_cd", "msg_cd", "msg1");
        assertThat(body.get("msg_cd").asText()).isEqualTo("MCA00000");
        assertThat(response.headers().firstValue("tr_id")).contains("FHPST01710000");
        assertThat(rows).hasSize(30);
        assertThat(codes(rows, "data_rank")).isEqualTo(ranks(30));
        assertThat(codes(rows, "mksc_shrn_iscd")).doesNotHaveDuplicates();
        assertThat(column(rows, "acml_vol")).isSortedAccordingTo(Comparator.reverseOrder());
        long busiest = market.symbols().stream()
                .mapToLong(info -> market.quote(info.code()).cumulativeVolume())
                .max()
                .orElseThrow();
        assertThat(number(rows.get(0), "acml_vol")).isEqualTo(busiest);
        for (JsonNode row : rows) {
            assertThat(names(row)).containsExactlyElementsOf(FIELDS);
            row.fields().forEachRemaining(field -> assertThat(field.getValue().isTextual())
                    .as(field.getKey())
                    .isTrue());
            checkFigures(row, market);
        }
    }

    private static void checkFigures(JsonNode row, MarketModel market) {
        SymbolInfo info = market.symbol(row.get("mksc_shrn_iscd").asText()).orElseThrow();
        double volume = number(row, "acml_vol");
        double previous = number(row, "prdy_vol");
        assertThat(row.get("hts_kor_isnm").asText()).isEqualTo(info.name());
        assertThat(number(row, "lstn_stcn")).isEqualTo(info.listedShares());
        assertThat(row.get("avrg_vol").asText()).isEqualTo(row.get("acml_vol").asText());
        assertThat(row.get("avrg_tr_pbmn").asText())
                .isEqualTo(row.get("acml_tr_pbmn").asText());
        assertThat(row.get("n_befr_clpr_vrss_prpr_rate").asText())
                .isEqualTo(row.get("prdy_ctrt").asText());
        assertThat(row.get("nday_vol_tnrt").asText())
                .isEqualTo(row.get("vol_tnrt").asText());
        assertThat(number(row, "vol_inrt")).isCloseTo(volume * 100 / previous, within(0.006));
        assertThat(number(row, "vol_tnrt")).isCloseTo(volume * 100 / info.listedShares(), within(0.006));
        assertThat(number(row, "prdy_vrss"))
                .isEqualTo(number(row, "stck_prpr") - market.quote(info.code()).basePrice());
    }

    @Test
    void shouldAgreeWithInquirePriceAtTheSameInstant() {
        JsonNode top = rank(Map.of()).get(0);
        JsonNode price = KisRestClient.json(
                        client.inquirePrice(token, top.get("mksc_shrn_iscd").asText()))
                .get("output");

        assertThat(top.get("stck_prpr").asText())
                .isEqualTo(price.get("stck_prpr").asText());
        assertThat(top.get("acml_vol").asText()).isEqualTo(price.get("acml_vol").asText());
        assertThat(top.get("acml_tr_pbmn").asText())
                .isEqualTo(price.get("acml_tr_pbmn").asText());
        assertThat(top.get("prdy_ctrt").asText())
                .isEqualTo(price.get("prdy_ctrt").asText());
        assertThat(top.get("vol_tnrt").asText()).isEqualTo(price.get("vol_tnrt").asText());
    }

    @Test
    void shouldSortByTheFigureTheBelongingCodeNames() {
        Map<String, String> orders = Map.of(
                "1", "vol_inrt",
                "2", "vol_tnrt",
                "3", "acml_tr_pbmn",
                "4", "tr_pbmn_tnrt");
        orders.forEach((code, field) -> assertThat(column(rank(Map.of("FID_BLNG_CLS_CODE", code)), field))
                .as(field)
                .hasSize(30)
                .isSortedAccordingTo(Comparator.reverseOrder()));
    }

    @Test
    void shouldApplyTheMarketExclusionPriceAndVolumeFilters() {
        MarketModel market = sandbox.market();

        assertThat(codes(rank(Map.of("FID_INPUT_ISCD", "1001")), "mksc_shrn_iscd"))
                .isNotEmpty()
                .allMatch(code -> market.symbol(code).orElseThrow().market() == MarketKind.KOSDAQ);
        assertThat(codes(rank(Map.of("FID_INPUT_ISCD", "0001")), "mksc_shrn_iscd"))
                .isNotEmpty()
                .allMatch(code -> market.symbol(code).orElseThrow().market() == MarketKind.KOSPI);
        List<String> withEtfs = codes(rank(Map.of("FID_BLNG_CLS_CODE", "3")), "mksc_shrn_iscd");
        List<String> withoutEtfs =
                codes(rank(Map.of("FID_BLNG_CLS_CODE", "3", "FID_TRGT_EXLS_CLS_CODE", "0000001000")), "mksc_shrn_iscd");
        assertThat(withEtfs).anyMatch(code -> market.symbol(code).orElseThrow().kind() == ListingKind.ETF);
        assertThat(withoutEtfs)
                .noneMatch(code -> market.symbol(code).orElseThrow().kind() == ListingKind.ETF);
        assertThat(column(rank(Map.of("FID_INPUT_PRICE_1", "10000", "FID_INPUT_PRICE_2", "50000")), "stck_prpr"))
                .isNotEmpty()
                .allMatch(price -> price >= 10_000 && price <= 50_000);
        assertThat(column(rank(Map.of("FID_VOL_CNT", "5000")), "acml_vol"))
                .isNotEmpty()
                .allMatch(volume -> volume >= 5_000);
        assertThat(rank(Map.of("FID_DIV_CLS_CODE", "2"))).isEmpty();
    }

    @Test
    void shouldRefuseMissingOrUnknownParametersWithSbxr0003() {
        List<Map<String, String>> bad = List.of(
                Map.of("FID_BLNG_CLS_CODE", ""),
                Map.of("FID_COND_SCR_DIV_CODE", "20170"),
                Map.of("FID_COND_MRKT_DIV_CODE", "W"),
                Map.of("FID_INPUT_ISCD", "0002"),
                Map.of("FID_TRGT_EXLS_CLS_CODE", "0120000000"),
                Map.of("FID_INPUT_PRICE_1", "cheap"),
                Map.of("FID_BLNG_CLS_CODE", "5"));
        for (Map<String, String> change : bad) {
            HttpResponse<String> response = client.volumeRank(token, KisRestClient.APPKEY, change);
            assertThat(response.statusCode()).as(change.toString()).isEqualTo(400);
            assertThat(KisRestClient.json(response).get("msg_cd").asText()).isEqualTo("SBXR0003");
        }
        HttpResponse<String> wrongTr =
                client.quotation(token, "FHPST01700000", KisRestClient.VOLUME_RANK + "?FID_COND_MRKT_DIV_CODE=J");
        assertThat(KisRestClient.json(wrongTr).get("msg_cd").asText()).isEqualTo("SBXR0002");
    }

    @Test
    void shouldCountEveryRankingCallAgainstTheAppkeysRateLimit() throws IOException {
        try (KisSandbox limited = KisSandbox.start(options(new MutableClock(MORNING))
                .symbolCount(50)
                .restCallsPerSecond(2)
                .build())) {
            KisRestClient rest = new KisRestClient(limited.restBaseUrl());
            String limitedToken = rest.accessToken(KisRestClient.APPKEY);

            HttpResponse<String> first = rest.volumeRank(limitedToken, KisRestClient.APPKEY, Map.of());
            HttpResponse<String> second = rest.fluctuation(limitedToken, KisRestClient.APPKEY, Map.of());
            HttpResponse<String> third = rest.volumeRank(limitedToken, KisRestClient.APPKEY, Map.of());

            assertThat(first.statusCode()).isEqualTo(200);
            assertThat(second.statusCode()).isEqualTo(200);
            assertThat(third.statusCode()).isEqualTo(500);
            assertThat(KisRestClient.json(third).get("msg_cd").asText()).isEqualTo("EGW00201");
            assertThat(limited.stats().rateLimitRefusals()).isEqualTo(1);
        }
    }

    @Test
    void shouldLiftASymbolUpTheRankingDuringAVolumeSurge() throws IOException {
        MutableClock clock = new MutableClock(MORNING.minusSeconds(280));
        try (KisSandbox surging =
                KisSandbox.start(options(clock).symbolCount(60).build())) {
            KisRestClient rest = new KisRestClient(surging.restBaseUrl());
            String surgeToken = rest.accessToken(KisRestClient.APPKEY);
            List<String> before =
                    codes(rows(rest.volumeRank(surgeToken, KisRestClient.APPKEY, Map.of())), "mksc_shrn_iscd");
            String code = before.get(19);

            surging.surges()
                    .schedule(
                            SandboxSurge.startingIn(Duration.ZERO, code, SurgeKind.VOLUME, 50, Duration.ofMinutes(1)));
            clock.advance(Duration.ofSeconds(30));
            List<JsonNode> after = rows(rest.volumeRank(surgeToken, KisRestClient.APPKEY, Map.of()));

            assertThat(codes(after, "mksc_shrn_iscd").indexOf(code)).isBetween(0, 4);
            JsonNode row = after.get(codes(after, "mksc_shrn_iscd").indexOf(code));
            JsonNode price =
                    KisRestClient.json(rest.inquirePrice(surgeToken, code)).get("output");
            assertThat(row.get("acml_vol").asText())
                    .isEqualTo(price.get("acml_vol").asText());
        }
    }

    private static List<String> ranks(int count) {
        return IntStream.rangeClosed(1, count).mapToObj(Integer::toString).toList();
    }
}
