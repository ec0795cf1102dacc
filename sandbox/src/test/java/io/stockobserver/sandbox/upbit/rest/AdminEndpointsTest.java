package io.stockobserver.sandbox.upbit.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.stockobserver.sandbox.upbit.UpbitRestClient;
import io.stockobserver.sandbox.upbit.UpbitSandbox;
import io.stockobserver.sandbox.upbit.UpbitSandboxOptions;
import java.io.IOException;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AdminEndpointsTest {

    private UpbitSandbox sandbox;
    private UpbitRestClient rest;

    @BeforeEach
    void start() throws IOException {
        sandbox = UpbitSandbox.start(UpbitSandboxOptions.builder()
                .krwMarkets(20)
                .btcMarkets(2)
                .usdtMarkets(2)
                .requestsPerSecond(1_000)
                .build());
        rest = new UpbitRestClient(sandbox.restBaseUrl());
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    @Test
    void shouldForceThe429sAskedForThenAnswerNormally() {
        JsonNode state = UpbitRestClient.json(rest.post(UpbitRestClient.FAULTS, "{\"rateLimitBurst\":2}"));

        assertThat(state.get("rateLimitBurst").asInt()).isEqualTo(2);
        assertThat(rest.get("/v1/ticker?markets=KRW-BTC").statusCode()).isEqualTo(429);
        assertThat(rest.get("/v1/market/all").body()).isEqualTo("Too many API requests.");
        assertThat(rest.get("/v1/ticker?markets=KRW-BTC").statusCode()).isEqualTo(200);
        assertThat(sandbox.stats().injectedRateLimits()).isEqualTo(2);
        assertThat(sandbox.stats().blocksImposed()).isZero();
    }

    @Test
    void shouldFailCallsWithAnHtmlPageAndSlowThemDown() {
        rest.post(UpbitRestClient.FAULTS, "{\"serverErrors\":1,\"slowResponses\":1,\"slowMillis\":300}");

        long start = System.nanoTime();
        HttpResponse<String> failed = rest.get("/v1/ticker?markets=KRW-BTC");
        long tookMillis = (System.nanoTime() - start) / 1_000_000;

        assertThat(failed.statusCode()).isEqualTo(500);
        assertThat(failed.body()).contains("<html>").doesNotContain("{");
        assertThat(failed.headers().firstValue("Remaining-Req")).isPresent();
        assertThat(tookMillis).isGreaterThanOrEqualTo(300);
        assertThat(rest.get("/v1/ticker?markets=KRW-BTC").statusCode()).isEqualTo(200);
        assertThat(sandbox.stats().injectedServerErrors()).isEqualTo(1);
        assertThat(sandbox.stats().injectedSlowResponses()).isEqualTo(1);
    }

    @Test
    void shouldBlockEveryClientWith418UntilTheBlockIsLifted() {
        JsonNode state = UpbitRestClient.json(rest.post(UpbitRestClient.FAULTS, "{\"blockMillis\":60000}"));

        assertThat(state.get("blockRemainingMillis").asLong()).isBetween(59_000L, 60_000L);
        HttpResponse<String> blocked = rest.get("/v1/market/all");
        assertThat(blocked.statusCode()).isEqualTo(418);
        assertThat(UpbitRestClient.json(blocked).get("error").get("name").asInt())
                .isEqualTo(418);
        assertThat(UpbitRestClient.json(rest.delete(UpbitRestClient.FAULTS))
                        .get("blockRemainingMillis")
                        .asLong())
                .isZero();
        assertThat(rest.get("/v1/market/all").statusCode()).isEqualTo(200);
        assertThat(sandbox.stats().injectedBlocks()).isEqualTo(1);
    }

    @Test
    void shouldRefuseABadAdminBodyWithoutChangingAnything() {
        HttpResponse<String> unknown = rest.post(UpbitRestClient.FAULTS, "{\"rateLimitBurst\":1,\"nope\":true}");
        HttpResponse<String> notJson = rest.post(UpbitRestClient.WS_FAULTS, "stall!");

        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(UpbitRestClient.json(unknown).get("error").get("name").asText())
                .isEqualTo("SBXF0001");
        assertThat(notJson.statusCode()).isEqualTo(400);
        assertThat(rest.getJson(UpbitRestClient.FAULTS).get("rateLimitBurst").asInt())
                .isZero();
    }

    @Test
    void shouldScheduleListAndClearSurgesOfAMarket() {
        HttpResponse<String> scheduled = rest.post(
                UpbitRestClient.SURGES,
                "{\"symbol\":\"KRW-BTC\",\"kind\":\"velocity\",\"multiplier\":10,\"durationSeconds\":60}");
        HttpResponse<String> unknown = rest.post(
                UpbitRestClient.SURGES,
                "{\"symbol\":\"KRW-NOPE\",\"kind\":\"VOLUME\",\"multiplier\":2,\"durationSeconds\":60}");

        assertThat(scheduled.statusCode()).isEqualTo(200);
        JsonNode surge = UpbitRestClient.json(scheduled);
        assertThat(surge.get("symbol").asText()).isEqualTo("KRW-BTC");
        assertThat(surge.get("kind").asText()).isEqualTo("VELOCITY");
        assertThat(surge.get("state").asText()).isEqualTo("ACTIVE");
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(rest.getJson(UpbitRestClient.SURGES).get("surges")).hasSize(1);
        assertThat(UpbitRestClient.json(rest.delete(UpbitRestClient.SURGES)).get("surges"))
                .isEmpty();
    }

    @Test
    void shouldServeTheCountersAsJson() {
        rest.get("/v1/ticker?markets=KRW-BTC");
        rest.get("/v1/ticker?markets=KRW-NOPE");

        JsonNode stats = rest.getJson(UpbitRestClient.STATS);

        assertThat(stats.get("rest").get("groups").get("ticker").get("requests").asLong())
                .isEqualTo(2);
        assertThat(stats.get("rest").get("requests").asLong()).isEqualTo(2);
        assertThat(stats.get("ws").get("connectionsOpen").asLong()).isZero();
        assertThat(stats.get("ws").has("framesSent")).isTrue();
        assertThat(stats.get("market").has("droppedEvents")).isTrue();
    }

    @Test
    void shouldAnswerUnknownPathsAndMethodsInUpbitsEnvelope() {
        HttpResponse<String> unknown = rest.get("/v1/nope");
        HttpResponse<String> method = rest.post("/v1/ticker", "{}");

        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(UpbitRestClient.json(unknown).get("error").get("name").asInt())
                .isEqualTo(404);
        assertThat(method.statusCode()).isEqualTo(405);
    }
}
