package io.stockobserver.sandbox.upbit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.stockobserver.sandbox.MutableClock;
import io.stockobserver.sandbox.SandboxSurge;
import io.stockobserver.sandbox.market.SurgeKind;
import io.stockobserver.sandbox.market.SurgeState;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class UpbitSandboxTest {

    private static final Instant NOW = Instant.parse("2026-07-22T06:00:00Z");
    private static final String EVERY_TICKER = "/v1/ticker/all?quote_currencies=KRW,BTC,USDT";

    private static UpbitSandboxOptions.Builder pinned(long seed, MutableClock clock) {
        return UpbitSandboxOptions.builder().seed(seed).clock(clock).requestsPerSecond(1_000);
    }

    @Test
    void shouldServeOnLoopbackAtFreePortsWithUpbitsWebSocketPath() throws IOException {
        try (UpbitSandbox sandbox = UpbitSandbox.start(UpbitSandboxOptions.builder()
                .krwMarkets(10)
                .btcMarkets(1)
                .usdtMarkets(1)
                .build())) {
            assertThat(sandbox.restBaseUrl().toString()).matches("http://127\\.0\\.0\\.1:\\d+");
            assertThat(sandbox.wsUrl().toString()).matches("ws://127\\.0\\.0\\.1:\\d+/websocket/v1");
            assertThat(sandbox.restBaseUrl().getPort())
                    .isNotEqualTo(sandbox.wsUrl().getPort());
            assertThat(sandbox.market().markets()).hasSize(12);
            assertThat(sandbox.options().seed()).isEqualTo(42);
        }
    }

    @Test
    void shouldAnswerTheSameForTheSameSeedAndOtherwiseForAnotherSeed() throws IOException {
        MutableClock clock = new MutableClock(NOW);
        try (UpbitSandbox first = UpbitSandbox.start(pinned(42, clock).build());
                UpbitSandbox second = UpbitSandbox.start(pinned(42, clock).build());
                UpbitSandbox other = UpbitSandbox.start(pinned(43, clock).build())) {
            clock.advance(Duration.ofSeconds(5));
            UpbitRestClient a = new UpbitRestClient(first.restBaseUrl());
            UpbitRestClient b = new UpbitRestClient(second.restBaseUrl());
            UpbitRestClient c = new UpbitRestClient(other.restBaseUrl());

            assertThat(b.get("/v1/market/all?is_details=true").body())
                    .isEqualTo(a.get("/v1/market/all?is_details=true").body());
            assertThat(b.get(EVERY_TICKER).body()).isEqualTo(a.get(EVERY_TICKER).body());
            assertThat(b.get("/v1/orderbook?markets=KRW-BTC,KRW-XRP").body())
                    .isEqualTo(a.get("/v1/orderbook?markets=KRW-BTC,KRW-XRP").body());
            assertThat(c.get("/v1/market/all").body())
                    .isNotEqualTo(a.get("/v1/market/all").body());
            assertThat(c.get("/v1/ticker?markets=KRW-BTC").body())
                    .isNotEqualTo(a.get("/v1/ticker?markets=KRW-BTC").body());
        }
    }

    @Test
    void shouldKeepServingAQuietMarketWithItsOldTradeTimeOverRestAndWebSocket() throws IOException {
        MutableClock clock = new MutableClock(NOW);
        try (UpbitSandbox sandbox = UpbitSandbox.start(pinned(42, clock).build());
                UpbitWsClient client = UpbitWsClient.connect(sandbox.wsUrl())) {
            UpbitRestClient rest = new UpbitRestClient(sandbox.restBaseUrl());
            JsonNode tickers = rest.getJson(EVERY_TICKER);
            JsonNode quiet = tickers.get(0);
            for (JsonNode ticker : tickers) {
                if (ticker.get("trade_timestamp").asLong()
                        < quiet.get("trade_timestamp").asLong()) {
                    quiet = ticker;
                }
            }
            String code = quiet.get("market").asText();
            long tradeTime = quiet.get("trade_timestamp").asLong();

            client.send("[{\"ticket\":\"q\"},{\"type\":\"ticker\",\"codes\":[\"" + code + "\"]},"
                    + "{\"type\":\"orderbook\",\"codes\":[\"" + code + "\"]}]");
            List<JsonNode> snapshots = client.await(node -> node.has("stream_type"), 2);
            clock.advance(Duration.ofSeconds(10));
            JsonNode later = rest.getJson("/v1/ticker?markets=" + code).get(0);

            assertThat(NOW.toEpochMilli() - tradeTime).isGreaterThan(60_000);
            JsonNode ticker = snapshots.get(0);
            assertThat(ticker.get("stream_type").asText()).isEqualTo("SNAPSHOT");
            assertThat(ticker.get("trade_timestamp").asLong()).isEqualTo(tradeTime);
            assertThat(ticker.get("timestamp").asLong()).isEqualTo(NOW.toEpochMilli());
            assertThat(snapshots.get(1).get("timestamp").asLong()).isLessThan(NOW.toEpochMilli());
            assertThat(later.get("trade_timestamp").asLong()).isEqualTo(tradeTime);
            assertThat(later.get("timestamp").asLong())
                    .isEqualTo(NOW.plusSeconds(10).toEpochMilli());
        }
    }

    @Test
    void shouldScheduleTheSurgesOfTheOptionsAndRefuseAnUnknownMarket() throws IOException {
        MutableClock clock = new MutableClock(NOW);
        SandboxSurge surge =
                SandboxSurge.startingIn(Duration.ofSeconds(30), "KRW-XRP", SurgeKind.VOLUME, 5, Duration.ofMinutes(1));
        try (UpbitSandbox sandbox =
                UpbitSandbox.start(pinned(42, clock).surges(List.of(surge)).build())) {
            assertThat(sandbox.surges().list()).hasSize(1);
            assertThat(sandbox.surges().state(sandbox.surges().list().get(0))).isEqualTo(SurgeState.SCHEDULED);
            clock.advance(Duration.ofSeconds(31));
            assertThat(sandbox.surges().state(sandbox.surges().list().get(0))).isEqualTo(SurgeState.ACTIVE);
        }
        SandboxSurge unknown =
                SandboxSurge.startingIn(Duration.ZERO, "KRW-NOPE", SurgeKind.VOLUME, 5, Duration.ofMinutes(1));
        assertThatThrownBy(() -> UpbitSandbox.start(
                        pinned(42, clock).surges(List.of(unknown)).build()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("KRW-NOPE");
    }

    @Test
    void shouldRefuseOptionsOutOfRangeNamingTheSetting() {
        assertThatThrownBy(() -> UpbitSandboxOptions.builder().krwMarkets(0).build())
                .hasMessageContaining("krwMarkets");
        assertThatThrownBy(() -> UpbitSandboxOptions.builder().btcMarkets(180).build())
                .hasMessageContaining("btcMarkets");
        assertThatThrownBy(() ->
                        UpbitSandboxOptions.builder().idleTimeout(Duration.ZERO).build())
                .hasMessageContaining("idleTimeout");
        assertThatThrownBy(() -> UpbitSandboxOptions.builder()
                        .blockDuration(Duration.ofMinutes(5))
                        .maxBlockDuration(Duration.ofMinutes(1))
                        .build())
                .hasMessageContaining("maxBlockDuration");
        UpbitSandboxOptions defaults = UpbitSandboxOptions.defaults();
        assertThat(defaults.requestsPerSecond()).isEqualTo(10);
        assertThat(defaults.wsConnectsPerSecond()).isEqualTo(5);
        assertThat(defaults.wsMessagesPerSecond()).isEqualTo(5);
        assertThat(defaults.wsMessagesPerMinute()).isEqualTo(100);
        assertThat(defaults.idleTimeout()).isEqualTo(Duration.ofSeconds(120));
        assertThat(defaults.maxMarketsPerCall()).isEqualTo(100);
        assertThat(defaults.toBuilder().seed(7).build().krwMarkets()).isEqualTo(180);
    }
}
