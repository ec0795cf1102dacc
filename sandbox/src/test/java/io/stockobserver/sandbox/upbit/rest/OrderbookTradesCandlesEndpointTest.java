package io.stockobserver.sandbox.upbit.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import com.fasterxml.jackson.databind.JsonNode;
import io.stockobserver.sandbox.MutableClock;
import io.stockobserver.sandbox.upbit.UpbitRestClient;
import io.stockobserver.sandbox.upbit.UpbitSandbox;
import io.stockobserver.sandbox.upbit.UpbitSandboxOptions;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class OrderbookTradesCandlesEndpointTest {

    private static final Instant NOW = Instant.parse("2026-07-22T05:17:30Z");

    private static UpbitSandbox sandbox;
    private static UpbitRestClient rest;

    @BeforeAll
    static void start() throws IOException {
        MutableClock clock = new MutableClock(NOW.minus(Duration.ofMinutes(2)));
        sandbox = UpbitSandbox.start(UpbitSandboxOptions.builder()
                .krwMarkets(30)
                .btcMarkets(3)
                .usdtMarkets(2)
                .clock(clock)
                .requestsPerSecond(1_000)
                .build());
        rest = new UpbitRestClient(sandbox.restBaseUrl());
        sandbox.market().watch("KRW-BTC");
        clock.set(NOW);
    }

    @AfterAll
    static void stop() {
        sandbox.close();
    }

    @Test
    void shouldAnswerTheWholeBookOrItsBestRowsWithTotals() {
        JsonNode book = rest.getJson("/v1/orderbook?markets=KRW-BTC").get(0);
        JsonNode top = rest.getJson("/v1/orderbook?markets=KRW-BTC&count=5").get(0);

        assertThat(book.fieldNames())
                .toIterable()
                .containsExactly("market", "timestamp", "total_ask_size", "total_bid_size", "orderbook_units", "level");
        assertThat(book.get("orderbook_units")).hasSize(30);
        assertThat(top.get("orderbook_units")).hasSize(5);
        JsonNode units = top.get("orderbook_units");
        double asks = 0;
        for (int i = 0; i < units.size(); i++) {
            asks += units.get(i).get("ask_size").asDouble();
            if (i > 0) {
                assertThat(units.get(i).get("ask_price").asDouble())
                        .isGreaterThan(units.get(i - 1).get("ask_price").asDouble());
                assertThat(units.get(i).get("bid_price").asDouble())
                        .isLessThan(units.get(i - 1).get("bid_price").asDouble());
            }
        }
        assertThat(top.get("total_ask_size").asDouble()).isCloseTo(asks, offset(1e-7));
        assertThat(top.get("level").asInt()).isZero();
    }

    @Test
    void shouldAnswerAGroupedLevelWithNothingAndABadCountWith400() {
        assertThat(rest.getJson("/v1/orderbook?markets=KRW-BTC&level=10000")).isEmpty();
        assertThat(rest.get("/v1/orderbook?markets=KRW-BTC&count=31").statusCode())
                .isEqualTo(400);
        assertThat(rest.get("/v1/orderbook?markets=KRW-NOPE").statusCode()).isEqualTo(404);
    }

    @Test
    void shouldAnswerTheTickSizeOfEachMarket() {
        JsonNode instruments = rest.getJson("/v1/orderbook/instruments?markets=KRW-BTC,BTC-ETH");

        assertThat(instruments.get(0).get("tick_size").asText()).isEqualTo("1000");
        assertThat(instruments.get(1).get("tick_size").asText()).isEqualTo("0.00000001");
        assertThat(instruments.get(1).get("quote_currency").asText()).isEqualTo("BTC");
        assertThat(instruments.get(0).get("supported_levels").get(0).asText()).isEqualTo("0");
    }

    @Test
    void shouldAnswerTheLastTradesNewestFirstAndPageWithTheCursor() {
        JsonNode page = rest.getJson("/v1/trades/ticks?market=KRW-BTC&count=5");
        long cursor = page.get(4).get("sequential_id").asLong();
        JsonNode next = rest.getJson("/v1/trades/ticks?market=KRW-BTC&count=5&cursor=" + cursor);

        assertThat(page).hasSize(5);
        assertThat(page.get(0).fieldNames())
                .toIterable()
                .containsExactly(
                        "market",
                        "trade_date_utc",
                        "trade_time_utc",
                        "timestamp",
                        "trade_price",
                        "trade_volume",
                        "prev_closing_price",
                        "change_price",
                        "ask_bid",
                        "sequential_id");
        assertThat(page.get(0).get("trade_date_utc").asText()).matches("\\d{4}-\\d{2}-\\d{2}");
        assertThat(page.get(0).get("trade_time_utc").asText()).matches("\\d{2}:\\d{2}:\\d{2}");
        assertThat(page.get(0).get("sequential_id").isIntegralNumber()).isTrue();
        assertThat(page.get(0).get("sequential_id").asLong()).isGreaterThan(1L << 53);
        assertThat(next.get(0).get("sequential_id").asLong()).isLessThan(cursor);
        assertThat(rest.getJson("/v1/trades/ticks?market=KRW-BTC")).hasSize(1);
        assertThat(rest.get("/v1/trades/ticks?market=KRW-BTC&count=501").statusCode())
                .isEqualTo(400);
        assertThat(rest.get("/v1/trades/ticks").statusCode()).isEqualTo(400);
    }

    @Test
    void shouldOnlyAnswerTradesBeforeTheTimeAsked() {
        JsonNode before = rest.getJson("/v1/trades/ticks?market=KRW-BTC&count=50&to=05:17:00");
        JsonNode compact = rest.getJson("/v1/trades/ticks?market=KRW-BTC&count=50&to=051700");

        assertThat(before).isNotEmpty().isEqualTo(compact);
        for (JsonNode trade : before) {
            assertThat(trade.get("trade_time_utc").asText()).isLessThan("05:17:00");
        }
    }

    @Test
    void shouldAnswerMinuteCandlesNewestFirstAlignedOnTheUnit() {
        JsonNode candles = rest.getJson("/v1/candles/minutes/5?market=KRW-BTC&count=6");
        JsonNode older = rest.getJson("/v1/candles/minutes/1?market=KRW-BTC&count=3&to=2026-07-22T04:00:00Z");

        assertThat(candles).hasSize(6);
        List<String> starts = new ArrayList<>();
        candles.forEach(candle -> starts.add(candle.get("candle_date_time_utc").asText()));
        assertThat(starts.get(0)).isEqualTo("2026-07-22T05:15:00");
        assertThat(starts.get(1)).isEqualTo("2026-07-22T05:10:00");
        assertThat(candles.get(0).get("candle_date_time_kst").asText()).isEqualTo("2026-07-22T14:15:00");
        assertThat(candles.get(0).get("unit").asInt()).isEqualTo(5);
        JsonNode candle = candles.get(1);
        assertThat(candle.get("high_price").asDouble())
                .isGreaterThanOrEqualTo(candle.get("low_price").asDouble());
        assertThat(candle.get("candle_acc_trade_volume").asDouble()).isPositive();
        assertThat(older.get(0).get("candle_date_time_utc").asText()).isEqualTo("2026-07-22T03:59:00");
        assertThat(rest.get("/v1/candles/minutes/2?market=KRW-BTC").statusCode())
                .isEqualTo(404);
    }
}
