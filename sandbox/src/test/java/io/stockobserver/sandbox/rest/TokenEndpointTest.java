package io.stockobserver.sandbox.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.stockobserver.sandbox.KisRestClient;
import io.stockobserver.sandbox.KisSandbox;
import io.stockobserver.sandbox.SandboxOptions;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class TokenEndpointTest {

    private static KisSandbox sandbox;
    private static KisRestClient client;

    @BeforeAll
    static void start() throws IOException {
        sandbox = KisSandbox.start(SandboxOptions.builder().symbolCount(100).build());
        client = new KisRestClient(sandbox.restBaseUrl());
    }

    @AfterAll
    static void stop() {
        sandbox.close();
    }

    @Test
    void shouldAnswerTokenPWithTheFourFieldsInKisOrder() {
        HttpResponse<String> response = client.tokenP("PStokenFieldOrder");
        JsonNode body = KisRestClient.json(response);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("content-type")).contains("application/json; charset=utf-8");
        List<String> names = new ArrayList<>();
        body.fieldNames().forEachRemaining(names::add);
        assertThat(names).containsExactly("access_token", "access_token_token_expired", "token_type", "expires_in");
        assertThat(body.get("access_token").asText()).startsWith("eyJ0eXAiOiJKV1QiLCJhbGciOiJIUzUxMiJ9.");
        assertThat(body.get("access_token_token_expired").asText())
                .matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}");
        assertThat(body.get("token_type").asText()).isEqualTo("Bearer");
        assertThat(body.get("expires_in").isNumber()).isTrue();
        assertThat(body.get("expires_in").asLong()).isBetween(86_390L, 86_400L);
    }

    @Test
    void shouldRefuseASecondTokenPWithinAMinuteWithEgw00133() {
        long refusalsBefore = sandbox.stats().tokenRefusals();
        assertThat(client.tokenP("PStokenTooSoon").statusCode()).isEqualTo(200);
        HttpResponse<String> second = client.tokenP("PStokenTooSoon");

        assertThat(second.statusCode()).isEqualTo(403);
        assertThat(second.body())
                .isEqualTo("{\"error_description\":\"접근토큰 발급 잠시 후 다시 시도하세요(1분당 1회)\",\"error_code\":\"EGW00133\"}");
        assertThat(sandbox.stats().tokenRefusals()).isEqualTo(refusalsBefore + 1);
    }

    @Test
    void shouldReturnTheSameTokenWhenCalledAgainInsideTheReuseWindow() throws IOException {
        try (KisSandbox lenient = KisSandbox.start(SandboxOptions.builder()
                .symbolCount(10)
                .tokenIssueMinInterval(Duration.ZERO)
                .build())) {
            KisRestClient lenientClient = new KisRestClient(lenient.restBaseUrl());
            String first = lenientClient.accessToken("PStokenReuse");
            String second = lenientClient.accessToken("PStokenReuse");

            assertThat(second).isEqualTo(first);
            assertThat(lenientClient.accessToken("PSotherAppkey")).isNotEqualTo(first);
            assertThat(lenient.stats().tokensIssued()).isEqualTo(2);
        }
    }

    @Test
    void shouldRefuseATokenRequestWithoutAppsecretWithTheSandboxCode() {
        HttpResponse<String> response =
                client.post("/oauth2/tokenP", "{\"grant_type\":\"client_credentials\",\"appkey\":\"PSnoSecret\"}");
        JsonNode body = KisRestClient.json(response);

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(body.get("error_code").asText()).isEqualTo("SBXA0001");
        assertThat(body.get("error_description").asText()).contains("appsecret");
        assertThat(client.post("/oauth2/tokenP", "not json").statusCode()).isEqualTo(403);
    }

    @Test
    void shouldIssueAnApprovalKeyAndRefuseASecondWithinOneSecond() {
        HttpResponse<String> first = client.approval("PSapprovalTwice");
        HttpResponse<String> second = client.approval("PSapprovalTwice");

        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(KisRestClient.json(first).get("approval_key").asText())
                .matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
        assertThat(second.statusCode()).isEqualTo(403);
        assertThat(KisRestClient.json(second).get("error_code").asText()).isEqualTo("SBXA0002");
    }

    @Test
    void shouldRevokeATokenSoItNoLongerWorks() {
        String token = client.accessToken(KisRestClient.APPKEY);
        HttpResponse<String> revoke = client.post(
                "/oauth2/revokeP",
                "{\"appkey\":\"" + KisRestClient.APPKEY + "\",\"appsecret\":\"s\",\"token\":\"" + token + "\"}");

        assertThat(revoke.statusCode()).isEqualTo(200);
        assertThat(revoke.body()).isEqualTo("{\"code\":\"200\",\"message\":\"접근토큰 폐기에 성공하였습니다.\"}");
        assertThat(client.inquirePrice(token, "005930").statusCode()).isEqualTo(401);
    }

    @Test
    void shouldAnswerUnknownPathsAndMethodsInTheErrorEnvelope() {
        HttpResponse<String> missing = client.get("/uapi/domestic-stock/v1/quotations/nope");
        HttpResponse<String> wrongMethod = client.get("/oauth2/tokenP");

        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(KisRestClient.json(missing).get("rt_cd").asText()).isEqualTo("1");
        assertThat(wrongMethod.statusCode()).isEqualTo(405);
    }
}
