package io.stockobserver.sandbox.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.stockobserver.sandbox.KisRestClient;
import io.stockobserver.sandbox.KisSandbox;
import io.stockobserver.sandbox.MutableClock;
import io.stockobserver.sandbox.SandboxOptions;
import io.stockobserver.sandbox.market.KoreanTime;
import io.stockobserver.sandbox.market.SymbolInfo;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class IntstockMultPriceEndpointTest {

    /** A Wednesday, 11:00 KST; the clock stands still, so every call sees the same instant. */
    private static final Instant INSTANT =
            LocalDateTime.of(2026, 7, 22, 11, 0).atZone(KoreanTime.ZONE).toInstant();

    private static KisSandbox sandbox;
    private static KisRestClient client;
    private static List<String> thirty;

    @BeforeAll
    static void start() throws IOException {
        sandbox = KisSandbox.start(SandboxOptions.builder()
                .symbolCount(300)
                .restCallsPerSecond(1_000)
                .clock(new MutableClock(INSTANT))
                .build());
        client = new KisRestClient(sandbox.restBaseUrl());
        thirty = sandbox.market().symbols().stream()
                .map(SymbolInfo::code)
                .limit(30)
                .toList();
    }

    @AfterAll
    static void stop() {
        sandbox.close();
    }

    @Test
    void shouldAnswerThirtySymbolsInRequestOrderWithTheDocumentedStringFields() {
        String token = client.accessToken("PSmultiOrder");
        List<String> reversed = new ArrayList<>(thirty);
        Collections.reverse(reversed);
        HttpResponse<String> response = client.multiPrice(token, "PSmultiOrder", reversed);
        JsonNode body = KisRestClient.json(response);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("tr_id")).contains("FHKST11300006");
        assertThat(names(body)).containsExactly("output", "rt_cd", "msg_cd", "msg1");
        assertThat(body.get("rt_cd").asText()).isEqualTo("0");
        JsonNode output = body.get("output");
        assertThat(output.isArray()).isTrue();
        List<String> codes = new ArrayList<>();
        output.forEach(element -> {
            codes.add(element.get("inter_shrn_iscd").asText());
            assertThat(names(element)).containsExactlyElementsOf(IntstockMultPriceOutput.FIELDS);
            element.fields()
                    .forEachRemaining(field -> assertThat(field.getValue().isTextual())
                            .as(field.getKey())
                            .isTrue());
        });
        assertThat(codes).isEqualTo(reversed);
    }

    @Test
    void shouldAgreeWithInquirePriceAtTheSameInstant() {
        String token = client.accessToken("PSmultiAgree");
        JsonNode element = KisRestClient.json(client.multiPrice(token, "PSmultiAgree", List.of("000660")))
                .get("output")
                .get(0);
        JsonNode price = KisRestClient.json(client.inquirePrice(token, "PSmultiAgree", "FHKST01010100", "000660"))
                .get("output");

        Map<String, String> same = Map.ofEntries(
                Map.entry("inter2_prpr", "stck_prpr"),
                Map.entry("inter2_prdy_vrss", "prdy_vrss"),
                Map.entry("prdy_vrss_sign", "prdy_vrss_sign"),
                Map.entry("prdy_ctrt", "prdy_ctrt"),
                Map.entry("acml_vol", "acml_vol"),
                Map.entry("acml_tr_pbmn", "acml_tr_pbmn"),
                Map.entry("inter2_oprc", "stck_oprc"),
                Map.entry("inter2_hgpr", "stck_hgpr"),
                Map.entry("inter2_lwpr", "stck_lwpr"),
                Map.entry("inter2_mxpr", "stck_mxpr"),
                Map.entry("inter2_llam", "stck_llam"),
                Map.entry("inter2_sdpr", "stck_sdpr"),
                Map.entry("inter2_prdy_clpr", "stck_sdpr"),
                Map.entry("inter_shrn_iscd", "stck_shrn_iscd"));
        same.forEach((multi, single) -> assertThat(element.get(multi).asText())
                .as(multi)
                .isEqualTo(price.get(single).asText()));
        assertThat(element.get("inter_kor_isnm").asText()).isEqualTo("SK하이닉스");
        assertThat(element.get("kospi_kosdaq_cls_name").asText()).isEqualTo("거래소");
        long ask = Long.parseLong(element.get("inter2_askp").asText());
        long bid = Long.parseLong(element.get("inter2_bidp").asText());
        assertThat(ask - bid).isEqualTo(Long.parseLong(price.get("aspr_unit").asText()));
    }

    @Test
    void shouldCountAThirtySymbolCallOnceAgainstTheRateLimit() throws IOException {
        try (KisSandbox limited = KisSandbox.start(
                SandboxOptions.builder().symbolCount(100).restCallsPerSecond(2).build())) {
            KisRestClient limitedClient = new KisRestClient(limited.restBaseUrl());
            String token = limitedClient.accessToken(KisRestClient.APPKEY);
            List<String> codes = limited.market().symbols().stream()
                    .map(SymbolInfo::code)
                    .limit(30)
                    .toList();

            HttpResponse<String> multi = limitedClient.multiPrice(token, KisRestClient.APPKEY, codes);
            HttpResponse<String> single = limitedClient.inquirePrice(token, "005930");

            assertThat(multi.statusCode()).isEqualTo(200);
            assertThat(KisRestClient.json(multi).get("output")).hasSize(30);
            assertThat(single.statusCode()).isEqualTo(200);
            assertThat(limited.stats().quotationsServed()).isEqualTo(2);
            HttpResponse<String> refused = null;
            for (int call = 0; call < 100 && refused == null; call++) {
                HttpResponse<String> response = limitedClient.multiPrice(token, KisRestClient.APPKEY, codes);
                refused = response.statusCode() == 200 ? null : response;
            }
            assertThat(refused).isNotNull();
            assertThat(KisRestClient.json(refused).get("msg_cd").asText()).isEqualTo("EGW00201");
        }
    }

    @Test
    void shouldRefuseAThirtyFirstSymbolWithTheSandboxCode() {
        String token = client.accessToken("PSmultiTooMany");
        List<String> thirtyOne = new ArrayList<>(thirty);
        thirtyOne.add("005930");
        HttpResponse<String> response = client.multiPrice(token, "PSmultiTooMany", thirtyOne);
        JsonNode body = KisRestClient.json(response);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(body.get("rt_cd").asText()).isEqualTo("1");
        assertThat(body.get("msg_cd").asText()).isEqualTo("SBXR0005");
        assertThat(body.get("msg1").asText()).contains("30", "FID_INPUT_ISCD_31");
    }

    @Test
    void shouldAnswerAnUnknownSymbolWithPriceZeroInItsPlace() {
        String token = client.accessToken("PSmultiUnknown");
        JsonNode output = KisRestClient.json(
                        client.multiPrice(token, "PSmultiUnknown", List.of("005930", "999999", "000660")))
                .get("output");

        assertThat(output).hasSize(3);
        assertThat(output.get(1).get("inter_shrn_iscd").asText()).isEqualTo("999999");
        assertThat(output.get(1).get("inter2_prpr").asText()).isEqualTo("0");
        assertThat(output.get(1).get("inter_kor_isnm").asText()).isEmpty();
        assertThat(output.get(0).get("inter2_prpr").asText()).isNotEqualTo("0");
        assertThat(output.get(2).get("inter_kor_isnm").asText()).isEqualTo("SK하이닉스");
    }

    @Test
    void shouldAcceptLowerCaseNamesAndRefuseAMissingFirstPairOrMarket() {
        String token = client.accessToken("PSmultiParams");
        HttpResponse<String> lower = client.quotation(
                token,
                "PSmultiParams",
                "FHKST11300006",
                KisRestClient.MULTI_PRICE + "?fid_cond_mrkt_div_code_1=J&fid_input_iscd_1=005930");
        HttpResponse<String> noFirst = client.quotation(
                token,
                "PSmultiParams",
                "FHKST11300006",
                KisRestClient.MULTI_PRICE + "?FID_COND_MRKT_DIV_CODE_2=J&FID_INPUT_ISCD_2=005930");
        HttpResponse<String> noMarket = client.quotation(
                token, "PSmultiParams", "FHKST11300006", KisRestClient.MULTI_PRICE + "?FID_INPUT_ISCD_1=005930");

        assertThat(KisRestClient.json(lower)
                        .get("output")
                        .get(0)
                        .get("inter_shrn_iscd")
                        .asText())
                .isEqualTo("005930");
        assertThat(noFirst.statusCode()).isEqualTo(400);
        assertThat(KisRestClient.json(noFirst).get("msg_cd").asText()).isEqualTo("SBXR0003");
        assertThat(KisRestClient.json(noMarket).get("msg1").asText()).contains("FID_COND_MRKT_DIV_CODE_1");
    }

    private static List<String> names(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
