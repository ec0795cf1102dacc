package io.stockobserver.sandbox.upbit.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.stockobserver.sandbox.upbit.UpbitRestClient;
import io.stockobserver.sandbox.upbit.UpbitSandbox;
import io.stockobserver.sandbox.upbit.UpbitSandboxOptions;
import io.stockobserver.sandbox.upbit.market.UpbitPair;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class MarketAllEndpointTest {

    private static final List<String> CAUTIONS = List.of(
            "PRICE_FLUCTUATIONS",
            "TRADING_VOLUME_SOARING",
            "DEPOSIT_AMOUNT_SOARING",
            "GLOBAL_PRICE_DIFFERENCES",
            "CONCENTRATION_OF_SMALL_ACCOUNTS");

    private static UpbitSandbox sandbox;
    private static UpbitRestClient rest;

    @BeforeAll
    static void start() throws IOException {
        sandbox = UpbitSandbox.start(
                UpbitSandboxOptions.builder().requestsPerSecond(1_000).build());
        rest = new UpbitRestClient(sandbox.restBaseUrl());
    }

    @AfterAll
    static void stop() {
        sandbox.close();
    }

    @Test
    void shouldListEveryMarketWithItsNamesOnly() {
        JsonNode markets = rest.getJson("/v1/market/all");

        assertThat(markets).hasSize(200);
        JsonNode first = markets.get(0);
        assertThat(first.fieldNames()).toIterable().containsExactly("market", "korean_name", "english_name");
        assertThat(markets.findValuesAsText("market")).contains("KRW-BTC", "KRW-ETH", "BTC-ETH", "USDT-BTC");
    }

    @Test
    void shouldAddTheMarketEventWithDetailsInEitherSpelling() {
        JsonNode details = rest.getJson("/v1/market/all?is_details=true");
        JsonNode older = rest.getJson("/v1/market/all?isDetails=true");

        assertThat(older).isEqualTo(details);
        for (JsonNode market : details) {
            assertThat(market.fieldNames())
                    .toIterable()
                    .containsExactly("market", "korean_name", "english_name", "market_event");
            JsonNode event = market.get("market_event");
            assertThat(event.get("warning").isBoolean()).isTrue();
            assertThat(event.get("caution").fieldNames()).toIterable().containsExactlyElementsOf(CAUTIONS);
        }
        List<UpbitPair> pairs = sandbox.market().markets();
        long warned = pairs.stream().filter(UpbitPair::warning).count();
        assertThat(details.findValues("warning").stream()
                        .filter(JsonNode::asBoolean)
                        .count())
                .isEqualTo(warned);
        assertThat(warned).isPositive();
    }

    @Test
    void shouldAnswerABadDetailsValueWithUpbitsInvalidParameter() {
        var response = rest.get("/v1/market/all?is_details=yes");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body())
                .isEqualTo("{\"error\":{\"name\":400,\"message\":\"Invalid parameter. Check the given value!\"}}");
    }
}
