package io.stockobserver.sandbox.upbit.ws;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.stockobserver.sandbox.MutableClock;
import io.stockobserver.sandbox.upbit.UpbitSandbox;
import io.stockobserver.sandbox.upbit.UpbitSandboxOptions;
import io.stockobserver.sandbox.upbit.UpbitWsClient;
import io.stockobserver.sandbox.upbit.market.OrderbookSnapshot;
import io.stockobserver.sandbox.upbit.market.UpbitPair;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Subscriptions on a market whose clock only moves when the test moves it, so every REALTIME frame is one the test
 * caused.
 */
class SubscribeTest {

    private static final Instant NOW = Instant.parse("2026-07-22T12:00:00Z");

    private static final Set<String> SIMPLE_TICKER_KEYS = Set.of(
            "ty", "cd", "op", "hp", "lp", "tp", "pcp", "c", "cp", "scp", "cr", "scr", "tv", "atv", "atv24h", "atp",
            "atp24h", "tdt", "ttm", "ttms", "ab", "aav", "abv", "h52wp", "h52wdt", "l52wp", "l52wdt", "ms", "its", "dd",
            "mw", "tms", "st");

    /** The keys of the 2018 capture (vector 02) in its order, as today's stream names them (type/code, stream_type). */
    private static final List<String> TICKER_KEYS = List.of(
            "type",
            "code",
            "opening_price",
            "high_price",
            "low_price",
            "trade_price",
            "prev_closing_price",
            "acc_trade_price",
            "change",
            "change_price",
            "signed_change_price",
            "change_rate",
            "signed_change_rate",
            "ask_bid",
            "trade_volume",
            "acc_trade_volume",
            "trade_date",
            "trade_time",
            "trade_timestamp",
            "acc_ask_volume",
            "acc_bid_volume",
            "highest_52_week_price",
            "highest_52_week_date",
            "lowest_52_week_price",
            "lowest_52_week_date",
            "market_state",
            "is_trading_suspended",
            "delisting_date",
            "market_warning",
            "timestamp",
            "acc_trade_price_24h",
            "acc_trade_volume_24h",
            "stream_type");

    private MutableClock clock;
    private UpbitSandbox sandbox;
    private UpbitWsClient client;

    @BeforeEach
    void start() throws IOException {
        clock = new MutableClock(NOW);
        sandbox = UpbitSandbox.start(UpbitSandboxOptions.builder()
                .krwMarkets(40)
                .btcMarkets(3)
                .usdtMarkets(2)
                .clock(clock)
                .build());
        client = UpbitWsClient.connect(sandbox.wsUrl());
    }

    @AfterEach
    void stop() {
        client.close();
        sandbox.close();
    }

    private static Predicate<JsonNode> stream(String type, String streamType) {
        return node -> type.equals(node.path("type").asText())
                && streamType.equals(node.path("stream_type").asText());
    }

    /** Moves the market on until {@code count} frames match. */
    private List<JsonNode> advanceUntil(Predicate<JsonNode> matching, int count) {
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> {
            clock.advance(Duration.ofMillis(500));
            return client.dataFrames().stream().filter(matching).count() >= count;
        });
        return client.dataFrames().stream().filter(matching).toList();
    }

    @Test
    void shouldSendNoAcknowledgementButOneSnapshotPerCodeThenRealtimeFramesAllBinary() {
        client.send(Requests.subscribe("ticker", "DEFAULT", "KRW-BTC", "KRW-ETH"));

        List<JsonNode> snapshots = client.await(stream("ticker", "SNAPSHOT"), 2);
        List<JsonNode> realtime = advanceUntil(stream("ticker", "REALTIME"), 4);

        assertThat(client.messages().get(0).get("stream_type").asText()).isEqualTo("SNAPSHOT");
        assertThat(snapshots).extracting(node -> node.get("code").asText()).containsExactly("KRW-BTC", "KRW-ETH");
        assertThat(client.received()).allMatch(UpbitWsClient.Received::binary);
        assertThat(client.messages()).allMatch(node -> node.has("stream_type"));
        assertThat(realtime).allMatch(node -> node.get("timestamp").asLong() > NOW.toEpochMilli());
        JsonNode ticker = snapshots.get(0);
        assertThat(ticker.fieldNames()).toIterable().containsExactlyElementsOf(TICKER_KEYS);
        assertThat(ticker.get("trade_date").asText()).matches("\\d{8}");
        assertThat(ticker.get("trade_time").asText()).matches("\\d{6}");
        assertThat(ticker.get("market_state").asText()).isEqualTo("ACTIVE");
        assertThat(ticker.get("delisting_date").isNull()).isTrue();
        assertThat(ticker.get("market_warning").asText()).isIn("NONE", "CAUTION");
    }

    @Test
    void shouldSendTradesWhoseSequentialIdOnlyFitsALong() {
        client.send(Requests.subscribe("trade", "DEFAULT", "KRW-BTC"));

        JsonNode snapshot = client.await(stream("trade", "SNAPSHOT"), 1).get(0);
        List<JsonNode> trades = advanceUntil(stream("trade", "REALTIME"), 3);

        for (JsonNode trade : List.of(snapshot, trades.get(0), trades.get(2))) {
            JsonNode id = trade.get("sequential_id");
            assertThat(id.isIntegralNumber()).isTrue();
            assertThat(id.canConvertToLong()).isTrue();
            assertThat(id.asLong()).isGreaterThan(1L << 53);
            assertThat(id.asLong() / 10_000)
                    .isEqualTo(trade.get("trade_timestamp").asLong());
            assertThat(trade.get("trade_date").asText()).matches("\\d{4}-\\d{2}-\\d{2}");
            assertThat(trade.get("trade_time").asText()).matches("\\d{2}:\\d{2}:\\d{2}");
            assertThat(trade.get("ask_bid").asText()).isIn("ASK", "BID");
        }
        assertThat(trades.get(0).fieldNames())
                .toIterable()
                .containsExactly(
                        "type",
                        "code",
                        "timestamp",
                        "trade_date",
                        "trade_time",
                        "trade_timestamp",
                        "trade_price",
                        "trade_volume",
                        "ask_bid",
                        "prev_closing_price",
                        "change",
                        "change_price",
                        "sequential_id",
                        "best_ask_price",
                        "best_ask_size",
                        "best_bid_price",
                        "best_bid_size",
                        "stream_type");
        assertThat(trades)
                .extracting(node -> node.get("sequential_id").asLong())
                .doesNotHaveDuplicates();
    }

    @Test
    void shouldWriteSimpleKeysPerType() {
        client.send("[{\"ticket\":\"s\"},{\"type\":\"ticker\",\"codes\":[\"KRW-BTC\"]},"
                + "{\"type\":\"trade\",\"codes\":[\"KRW-BTC\"]},{\"type\":\"orderbook\",\"codes\":[\"KRW-BTC\"]},"
                + "{\"format\":\"SIMPLE\"}]");

        List<JsonNode> frames = client.await(node -> node.has("ty"), 3);

        JsonNode ticker = frames.stream()
                .filter(node -> node.get("ty").asText().equals("ticker"))
                .findFirst()
                .orElseThrow();
        JsonNode trade = frames.stream()
                .filter(node -> node.get("ty").asText().equals("trade"))
                .findFirst()
                .orElseThrow();
        JsonNode book = frames.stream()
                .filter(node -> node.get("ty").asText().equals("orderbook"))
                .findFirst()
                .orElseThrow();
        assertThat(ticker.fieldNames()).toIterable().containsExactlyInAnyOrderElementsOf(SIMPLE_TICKER_KEYS);
        assertThat(ticker.get("st").asText()).isEqualTo("SNAPSHOT");
        assertThat(trade.has("td")).isTrue();
        assertThat(trade.has("tdt")).isFalse();
        assertThat(trade.get("sid").asLong()).isGreaterThan(1L << 53);
        assertThat(book.fieldNames()).toIterable().containsExactly("ty", "cd", "tms", "tas", "tbs", "obu", "st", "lv");
        assertThat(book.get("obu").get(0).fieldNames()).toIterable().containsExactly("ap", "bp", "as", "bs");
        assertThat(client.messages()).noneMatch(node -> node.has("type"));
    }

    @Test
    void shouldWrapEachFrameInAnArrayForTheListFormats() {
        client.send(Requests.subscribe("ticker", "JSON_LIST", "KRW-BTC"));
        JsonNode list = client.await(JsonNode::isArray, 1).get(0);
        client.send(Requests.subscribe("ticker", "SIMPLE_LIST", "KRW-ETH"));
        JsonNode simpleList =
                client.await(node -> node.isArray() && node.get(0).has("ty"), 1).get(0);

        assertThat(list).hasSize(1);
        assertThat(list.get(0).get("code").asText()).isEqualTo("KRW-BTC");
        assertThat(simpleList.get(0).get("cd").asText()).isEqualTo("KRW-ETH");
    }

    @Test
    void shouldReplaceTheSubscriptionWithTheNextRequest() {
        client.send(Requests.subscribe("ticker", "DEFAULT", "KRW-BTC"));
        client.await(stream("ticker", "SNAPSHOT"), 1);
        advanceUntil(stream("ticker", "REALTIME"), 1);

        client.send(Requests.subscribe("trade", "DEFAULT", "KRW-ETH"));
        client.await(stream("trade", "SNAPSHOT"), 1);
        int replacedAt = client.messages().size();
        advanceUntil(stream("trade", "REALTIME"), 3);

        List<JsonNode> after =
                client.messages().subList(replacedAt, client.messages().size());
        assertThat(after)
                .isNotEmpty()
                .allMatch(node -> node.get("code").asText().equals("KRW-ETH"));
        assertThat(after).noneMatch(node -> node.get("type").asText().equals("ticker"));
        assertThat(sandbox.stats().subscriptions()).isEqualTo(1);
        assertThat(sandbox.stats().subscribeRequests()).isEqualTo(2);
    }

    @Test
    void shouldSendOnlyTheSnapshotOrOnlyRealtimeFramesInEitherSpelling() throws IOException {
        client.send(Requests.subscribeWith("ticker", "\"isOnlySnapshot\":true", "KRW-BTC"));
        client.await(stream("ticker", "SNAPSHOT"), 1);
        try (UpbitWsClient realtimeOnly = UpbitWsClient.connect(sandbox.wsUrl())) {
            realtimeOnly.send(Requests.subscribeWith("ticker", "\"is_only_realtime\":true", "KRW-BTC"));
            Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> {
                clock.advance(Duration.ofMillis(500));
                return realtimeOnly.dataFrames().size() >= 2;
            });

            assertThat(realtimeOnly.dataFrames()).allMatch(stream("ticker", "REALTIME"));
        }
        assertThat(client.dataFrames()).hasSize(1);
    }

    @Test
    void shouldIgnoreUnknownAndLowerCaseCodesSilently() {
        client.send(Requests.subscribe("ticker", "DEFAULT", "KRW-NOPE", "krw-btc", "KRW-BTC"));

        client.await(stream("ticker", "SNAPSHOT"), 1);
        advanceUntil(stream("ticker", "REALTIME"), 1);

        assertThat(client.messages()).noneMatch(node -> node.has("error"));
        assertThat(client.messages()).allMatch(node -> node.get("code").asText().equals("KRW-BTC"));
        assertThat(client.ended()).isFalse();
    }

    @Test
    void shouldSendWholeBooksOfTheRowsAskedPaddingAThinSide() {
        String thin = sandbox.market().markets().stream()
                .map(UpbitPair::market)
                .filter(code -> sandbox.market().orderbook(code).units().stream()
                        .anyMatch(unit -> unit.askSize() == 0 || unit.bidSize() == 0))
                .findFirst()
                .orElseThrow();
        client.send(Requests.subscribe("orderbook", "DEFAULT", "KRW-BTC.5", "KRW-ETH", "KRW-XRP.7", thin));

        List<JsonNode> books = client.await(stream("orderbook", "SNAPSHOT"), 4);

        assertThat(books.get(0).get("orderbook_units")).hasSize(5);
        assertThat(books.get(1).get("orderbook_units")).hasSize(OrderbookSnapshot.MAX_UNITS);
        assertThat(books.get(2).get("orderbook_units")).hasSize(OrderbookSnapshot.MAX_UNITS);
        JsonNode padded = books.get(3).get("orderbook_units");
        boolean zeroAsk = false;
        for (JsonNode unit : padded) {
            zeroAsk |= unit.get("ask_price").asDouble() == 0
                    && unit.get("ask_size").asDouble() == 0;
            zeroAsk |= unit.get("bid_price").asDouble() == 0
                    && unit.get("bid_size").asDouble() == 0;
        }
        assertThat(zeroAsk).isTrue();
        assertThat(books.get(0).get("level").asInt()).isZero();
        List<JsonNode> realtime = advanceUntil(
                stream("orderbook", "REALTIME")
                        .and(node -> node.get("code").asText().equals("KRW-BTC")),
                1);
        assertThat(realtime.get(0).get("orderbook_units")).hasSize(5);
    }

    @Test
    void shouldAnswerListSubscriptionsWithTheCodesAsRequested() {
        client.send("[{\"ticket\":\"a\"},{\"type\":\"ticker\",\"codes\":[\"KRW-BTC\"]},"
                + "{\"type\":\"orderbook\",\"codes\":[\"KRW-ETH.5\"]}]");
        client.await(node -> node.has("stream_type"), 2);

        client.send("[{\"ticket\":\"list-1\"},{\"method\":\"LIST_SUBSCRIPTIONS\"}]");
        JsonNode list = client.await(node -> node.has("method"), 1).get(0);
        client.send("[{\"ticket\":\"list-2\"},{\"method\":\"LIST_SUBSCRIPTIONS\"},{\"format\":\"SIMPLE\"}]");
        JsonNode simple = client.await(node -> node.has("mthd"), 1).get(0);

        assertThat(list.get("method").asText()).isEqualTo("LIST_SUBSCRIPTIONS");
        assertThat(list.get("ticket").asText()).isEqualTo("list-1");
        assertThat(list.get("result").get(0).get("type").asText()).isEqualTo("ticker");
        assertThat(list.get("result").get(0).get("codes").get(0).asText()).isEqualTo("KRW-BTC");
        assertThat(list.get("result").get(1).get("codes").get(0).asText()).isEqualTo("KRW-ETH.5");
        assertThat(simple.get("tckt").asText()).isEqualTo("list-2");
        assertThat(simple.get("rslt").get(1).get("cds").get(0).asText()).isEqualTo("KRW-ETH.5");
        assertThat(simple.get("rslt").get(1).get("lv").asInt()).isZero();
        assertThat(sandbox.stats().listRequests()).isEqualTo(2);
    }
}
