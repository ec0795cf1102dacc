package io.stockobserver.sandbox.upbit.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import com.fasterxml.jackson.databind.JsonNode;
import io.stockobserver.sandbox.MutableClock;
import io.stockobserver.sandbox.upbit.UpbitRestClient;
import io.stockobserver.sandbox.upbit.UpbitSandbox;
import io.stockobserver.sandbox.upbit.UpbitSandboxOptions;
import io.stockobserver.sandbox.upbit.market.QuoteCurrency;
import io.stockobserver.sandbox.upbit.market.UpbitPair;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class TickerEndpointTest {

    /** The REST ticker fields of PROVIDERS_FACTS §1.1, in order. */
    private static final List<String> FIELDS = List.of(
            "market",
            "trade_date",
            "trade_time",
            "trade_date_kst",
            "trade_time_kst",
            "trade_timestamp",
            "opening_price",
            "high_price",
            "low_price",
            "trade_price",
            "prev_closing_price",
            "change",
            "change_price",
            "change_rate",
            "signed_change_price",
            "signed_change_rate",
            "trade_volume",
            "acc_trade_price",
            "acc_trade_price_24h",
            "acc_trade_volume",
            "acc_trade_volume_24h",
            "highest_52_week_price",
            "highest_52_week_date",
            "lowest_52_week_price",
            "lowest_52_week_date",
            "timestamp");

    private static final String INVALID =
            "{\"error\":{\"name\":400,\"message\":\"Invalid parameter. Check the given value!\"}}";
    private static final Instant NOW = Instant.parse("2026-07-22T01:30:00Z");

    private static UpbitSandbox sandbox;
    private static UpbitRestClient rest;

    @BeforeAll
    static void start() throws IOException {
        sandbox = UpbitSandbox.start(UpbitSandboxOptions.builder()
                .clock(new MutableClock(NOW))
                .requestsPerSecond(1_000)
                .build());
        rest = new UpbitRestClient(sandbox.restBaseUrl());
    }

    @AfterAll
    static void stop() {
        sandbox.close();
    }

    @Test
    void shouldAnswerEveryDocumentedTickerFieldInOrderWithConsistentValues() {
        JsonNode tickers = rest.getJson("/v1/ticker?markets=KRW-BTC,KRW-ETH");

        assertThat(tickers).hasSize(2);
        JsonNode btc = tickers.get(0);
        assertThat(btc.fieldNames()).toIterable().containsExactlyElementsOf(FIELDS);
        assertThat(btc.get("market").asText()).isEqualTo("KRW-BTC");
        assertThat(tickers.get(1).get("market").asText()).isEqualTo("KRW-ETH");
        assertThat(btc.get("trade_date").asText()).matches("\\d{8}");
        assertThat(btc.get("trade_time").asText()).matches("\\d{6}");
        assertThat(btc.get("highest_52_week_date").asText()).matches("\\d{4}-\\d{2}-\\d{2}");
        assertThat(btc.get("timestamp").asLong()).isEqualTo(NOW.toEpochMilli());
        assertThat(btc.get("trade_timestamp").asLong()).isLessThanOrEqualTo(NOW.toEpochMilli());
        double price = btc.get("trade_price").asDouble();
        double previous = btc.get("prev_closing_price").asDouble();
        assertThat(btc.get("signed_change_price").asDouble()).isCloseTo(price - previous, offset(1e-6));
        assertThat(btc.get("change").asText())
                .isEqualTo(price > previous ? "RISE" : price < previous ? "FALL" : "EVEN");
        assertThat(btc.get("high_price").asDouble()).isGreaterThanOrEqualTo(price);
        assertThat(btc.get("low_price").asDouble()).isLessThanOrEqualTo(price);
        assertThat(btc.get("opening_price").asDouble()).isEqualTo(previous);
        assertThat(btc.get("acc_trade_price_24h").asDouble())
                .isGreaterThan(btc.get("acc_trade_price").asDouble() / 2);
    }

    @Test
    void shouldAnswerAnUnknownMarketWithCodeNotFound() {
        HttpResponse<String> response = rest.get("/v1/ticker?markets=KRW-BTC,KRW-NOPE");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).isEqualTo("{\"error\":{\"name\":404,\"message\":\"Code not found\"}}");
        assertThat(rest.get("/v1/ticker?markets=krw-btc").statusCode()).isEqualTo(404);
    }

    @Test
    void shouldAnswerMissingEmptyOrTooManyMarketsWithInvalidParameter() {
        String hundredOne = sandbox.market().markets().stream()
                .limit(101)
                .map(UpbitPair::market)
                .collect(Collectors.joining(","));
        String hundred = sandbox.market().markets().stream()
                .limit(100)
                .map(UpbitPair::market)
                .collect(Collectors.joining(","));

        for (String query : List.of("", "?markets=", "?markets=KRW-BTC,,KRW-ETH", "?markets=" + hundredOne)) {
            HttpResponse<String> response = rest.get("/v1/ticker" + query);
            assertThat(response.statusCode()).as(query).isEqualTo(400);
            assertThat(response.body()).isEqualTo(INVALID);
        }
        assertThat(rest.getJson("/v1/ticker?markets=" + hundred)).hasSize(100);
    }

    @Test
    void shouldAnswerEveryMarketOfTheQuoteCurrenciesAsked() {
        JsonNode btcAndUsdt = rest.getJson("/v1/ticker/all?quote_currencies=BTC,USDT");
        JsonNode krw = rest.getJson("/v1/ticker/all?quote_currencies=KRW");

        List<String> markets = StreamSupport.stream(btcAndUsdt.spliterator(), false)
                .map(node -> node.get("market").asText())
                .toList();
        assertThat(markets).hasSize(20).allMatch(code -> code.startsWith("BTC-") || code.startsWith("USDT-"));
        assertThat(krw).hasSize(180);
        assertThat(rest.get("/v1/ticker/all").statusCode()).isEqualTo(400);
    }

    @Test
    void shouldLetATurnoverThresholdSelectASubsetOfKrwMarkets() {
        JsonNode krw = rest.getJson("/v1/ticker/all?quote_currencies=KRW");

        long busy = StreamSupport.stream(krw.spliterator(), false)
                .filter(ticker -> ticker.get("acc_trade_price_24h").asDouble() >= 10e9)
                .count();
        long quotedInKrw = sandbox.market().markets().stream()
                .filter(pair -> pair.quote() == QuoteCurrency.KRW)
                .count();

        assertThat(busy).isPositive().isLessThan(quotedInKrw / 2);
    }
}
