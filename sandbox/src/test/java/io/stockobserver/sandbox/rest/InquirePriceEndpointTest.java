package io.stockobserver.sandbox.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.stockobserver.sandbox.KisRestClient;
import io.stockobserver.sandbox.KisSandbox;
import io.stockobserver.sandbox.SandboxOptions;
import io.stockobserver.sandbox.market.KrxTickGrid;
import io.stockobserver.sandbox.market.MarketModel;
import io.stockobserver.sandbox.market.QuoteSnapshot;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class InquirePriceEndpointTest {

    private static KisSandbox sandbox;
    private static KisRestClient client;
    private static String token;

    @BeforeAll
    static void start() throws IOException {
        sandbox = KisSandbox.start(SandboxOptions.builder()
                .symbolCount(300)
                .restCallsPerSecond(1_000)
                .build());
        client = new KisRestClient(sandbox.restBaseUrl());
        token = client.accessToken(KisRestClient.APPKEY);
    }

    @AfterAll
    static void stop() {
        sandbox.close();
    }

    @Test
    void shouldAnswerWithTheEnvelopeInKisOrderAndEightyStringFields() {
        HttpResponse<String> response = client.inquirePrice(token, "005930");
        JsonNode body = KisRestClient.json(response);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(names(body)).containsExactly("output", "rt_cd", "msg_cd", "msg1");
        assertThat(body.get("rt_cd").asText()).isEqualTo("0");
        assertThat(body.get("msg_cd").asText()).isEqualTo("MCA00000");
        assertThat(body.get("msg1").asText()).isEqualTo("정상처리 되었습니다.");
        JsonNode output = body.get("output");
        assertThat(names(output)).hasSize(80).containsExactlyElementsOf(InquirePriceOutput.FIELDS);
        assertThat(names(output)).doesNotContain("new_hgpr_lwpr_cls_code", "apprch_rate");
        output.fields().forEachRemaining(field -> assertThat(field.getValue().isTextual())
                .as(field.getKey())
                .isTrue());
        assertThat(response.headers().firstValue("tr_id")).contains("FHKST01010100");
        assertThat(response.headers().firstValue("tr_cont")).contains("");
        assertThat(response.headers().firstValue("gt_uid"))
                .hasValueSatisfying(uid -> assertThat(uid).hasSize(32));
        assertThat(response.headers().firstValue("content-type")).contains("application/json; charset=utf-8");
    }

    @Test
    void shouldComputeTheOutputFromTheMarketModel() {
        MarketModel market = sandbox.market();
        JsonNode output = output(client.inquirePrice(token, "000660"));
        QuoteSnapshot after = market.quote("000660");

        long price = Long.parseLong(output.get("stck_prpr").asText());
        long base = Long.parseLong(output.get("stck_sdpr").asText());
        assertThat(base).isEqualTo(after.basePrice());
        assertThat(output.get("stck_mxpr").asText()).isEqualTo(Long.toString(KrxTickGrid.upperLimit(base)));
        assertThat(output.get("stck_llam").asText()).isEqualTo(Long.toString(KrxTickGrid.lowerLimit(base)));
        assertThat(output.get("prdy_vrss").asText()).isEqualTo(Long.toString(price - base));
        assertThat(output.get("prdy_vrss_sign").asText()).isEqualTo(price > base ? "2" : price == base ? "3" : "5");
        assertThat(output.get("aspr_unit").asText()).isEqualTo(Long.toString(MarketModel.tickSize(price)));
        assertThat(output.get("stck_shrn_iscd").asText()).isEqualTo("000660");
        assertThat(output.get("bstp_kor_isnm").asText()).isEqualTo("전기·전자");
        assertThat(output.get("lstn_stcn").asText())
                .isEqualTo(Long.toString(market.symbol("000660").orElseThrow().listedShares()));
        assertThat(Long.parseLong(output.get("acml_vol").asText()))
                .isPositive()
                .isLessThanOrEqualTo(after.cumulativeVolume());
        assertThat(output.get("prdy_ctrt").asText()).matches("-?\\d+\\.\\d{2}");
        long high = Long.parseLong(output.get("stck_hgpr").asText());
        long low = Long.parseLong(output.get("stck_lwpr").asText());
        assertThat(price).isBetween(low, high);
    }

    @Test
    void shouldAnswerAnUnknownCodeWithRtCdZeroAndPriceZero() {
        JsonNode body = KisRestClient.json(client.inquirePrice(token, "999999"));

        assertThat(body.get("rt_cd").asText()).isEqualTo("0");
        assertThat(body.get("output").get("stck_prpr").asText()).isEqualTo("0");
        assertThat(names(body.get("output"))).hasSize(80);
    }

    @Test
    void shouldAcceptHeaderAndParameterNamesInAnyCase() {
        HttpResponse<String> response = client.get(
                KisRestClient.INQUIRE_PRICE + "?fid_cond_mrkt_div_code=J&Fid_Input_Iscd=035720",
                "Authorization",
                "Bearer " + token,
                "appKey",
                KisRestClient.APPKEY,
                "AppSecret",
                "secret",
                "TR_ID",
                "FHKST01010100");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(output(response).get("stck_shrn_iscd").asText()).isEqualTo("035720");
    }

    @Test
    void shouldRefuseAWrongTrIdForThePath() {
        HttpResponse<String> response = client.inquirePrice(token, KisRestClient.APPKEY, "FHKST01010200", "005930");
        JsonNode body = KisRestClient.json(response);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(names(body)).containsExactly("rt_cd", "msg_cd", "msg1");
        assertThat(body.get("rt_cd").asText()).isEqualTo("1");
        assertThat(body.get("msg_cd").asText()).isEqualTo("SBXR0002");
        assertThat(body.get("msg1").asText()).contains("FHKST01010200", "FHKST01010100");
    }

    @Test
    void shouldRefuseAMissingOrUnknownTokenWithEgw00121() {
        long before = sandbox.stats().invalidTokenRefusals();
        HttpResponse<String> unknown = client.inquirePrice("forged.token.value", "005930");
        HttpResponse<String> missing = client.get(
                KisRestClient.INQUIRE_PRICE + "?FID_COND_MRKT_DIV_CODE=J&FID_INPUT_ISCD=005930",
                "appkey",
                KisRestClient.APPKEY,
                "appsecret",
                "s",
                "tr_id",
                "FHKST01010100");

        for (HttpResponse<String> response : List.of(unknown, missing)) {
            JsonNode body = KisRestClient.json(response);
            assertThat(response.statusCode()).isEqualTo(401);
            assertThat(body.get("rt_cd").asText()).isEqualTo("1");
            assertThat(body.get("msg_cd").asText()).isEqualTo("EGW00121");
            assertThat(body.get("msg1").asText()).isEqualTo("유효하지 않은 token 입니다.");
        }
        assertThat(sandbox.stats().invalidTokenRefusals()).isEqualTo(before + 2);
    }

    @Test
    void shouldRefuseACallMissingTheMarketParameter() {
        HttpResponse<String> response = client.get(
                KisRestClient.INQUIRE_PRICE + "?FID_INPUT_ISCD=005930",
                "authorization",
                "Bearer " + token,
                "appkey",
                KisRestClient.APPKEY,
                "appsecret",
                "s",
                "tr_id",
                "FHKST01010100");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(KisRestClient.json(response).get("msg_cd").asText()).isEqualTo("SBXR0003");
    }

    @Test
    void shouldRefuseTheCallAboveTheLimitWithEgw00201() throws IOException {
        try (KisSandbox limited = KisSandbox.start(
                SandboxOptions.builder().symbolCount(50).restCallsPerSecond(18).build())) {
            KisRestClient limitedClient = new KisRestClient(limited.restBaseUrl());
            String limitedToken = limitedClient.accessToken(KisRestClient.APPKEY);
            int admitted = 0;
            HttpResponse<String> refused = null;
            for (int call = 0; call < 200 && refused == null; call++) {
                HttpResponse<String> response = limitedClient.inquirePrice(limitedToken, "005930");
                if (response.statusCode() == 200) {
                    admitted++;
                } else {
                    refused = response;
                }
            }

            assertThat(refused).isNotNull();
            assertThat(admitted).isGreaterThanOrEqualTo(18);
            assertThat(refused.statusCode()).isEqualTo(500);
            assertThat(refused.body())
                    .isEqualTo("{\"rt_cd\":\"1\",\"msg_cd\":\"EGW00201\",\"msg1\":\"초당 거래건수를 초과하였습니다.\"}");
            assertThat(limited.stats().rateLimitRefusals()).isEqualTo(1);
        }
    }

    @Test
    void shouldRefuseAnExpiredTokenWithEgw00123() throws IOException {
        try (KisSandbox shortLived = KisSandbox.start(SandboxOptions.builder()
                .symbolCount(50)
                .tokenLifetime(Duration.ofMillis(300))
                .expiredTokenHttpStatus(200)
                .build())) {
            KisRestClient shortClient = new KisRestClient(shortLived.restBaseUrl());
            String shortToken = shortClient.accessToken(KisRestClient.APPKEY);

            HttpResponse<String> expired = Awaitility.await()
                    .atMost(Duration.ofSeconds(5))
                    .pollInterval(Duration.ofMillis(100))
                    .until(() -> shortClient.inquirePrice(shortToken, "005930"), r -> r.body()
                            .contains("EGW00123"));

            assertThat(expired.statusCode()).isEqualTo(200);
            assertThat(expired.body())
                    .isEqualTo("{\"rt_cd\":\"1\",\"msg_cd\":\"EGW00123\",\"msg1\":\"기간이 만료된 token 입니다.\"}");
            assertThat(shortLived.stats().expiredTokenRefusals()).isPositive();
        }
    }

    private static JsonNode output(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return KisRestClient.json(response).get("output");
    }

    private static List<String> names(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
