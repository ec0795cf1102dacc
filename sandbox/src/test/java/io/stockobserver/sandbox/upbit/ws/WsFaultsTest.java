package io.stockobserver.sandbox.upbit.ws;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.stockobserver.sandbox.upbit.RawUpgrade;
import io.stockobserver.sandbox.upbit.UpbitRestClient;
import io.stockobserver.sandbox.upbit.UpbitSandbox;
import io.stockobserver.sandbox.upbit.UpbitSandboxOptions;
import io.stockobserver.sandbox.upbit.UpbitWsClient;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** WebSocket faults on a live market (the real clock), set over the admin endpoint as a standalone user would. */
class WsFaultsTest {

    private static final Duration WINDOW = Duration.ofMillis(1_500);

    private UpbitSandbox sandbox;
    private UpbitRestClient rest;

    @BeforeEach
    void start() throws IOException {
        sandbox = UpbitSandbox.start(UpbitSandboxOptions.builder()
                .krwMarkets(20)
                .btcMarkets(2)
                .usdtMarkets(2)
                .wsConnectsPerSecond(1_000)
                .build());
        rest = new UpbitRestClient(sandbox.restBaseUrl());
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    @Test
    void shouldDropEverySessionWithoutACloseFrame() {
        try (UpbitWsClient first = UpbitWsClient.connect(sandbox.wsUrl());
                UpbitWsClient second = UpbitWsClient.connect(sandbox.wsUrl())) {
            first.send(Requests.subscribe("ticker", "DEFAULT", "KRW-BTC"));
            first.await(node -> node.has("stream_type"), 1);

            JsonNode reply = UpbitRestClient.json(rest.post(UpbitRestClient.WS_FAULTS, "{\"dropSessions\":true}"));

            assertThat(reply.get("droppedSessions").asInt()).isEqualTo(2);
            assertThat(first.awaitEnding().abrupt()).isTrue();
            assertThat(second.awaitEnding().abrupt()).isTrue();
            Awaitility.await()
                    .atMost(Duration.ofSeconds(5))
                    .until(() -> sandbox.stats().connectionsOpen() == 0);
            assertThat(sandbox.stats().injectedSessionDrops()).isEqualTo(2);
            assertThat(sandbox.stats().subscriptions()).isZero();
        }
    }

    @Test
    void shouldRefuseNewConnectionsDuringTheWindowOnly() {
        try (UpbitWsClient open = UpbitWsClient.connect(sandbox.wsUrl())) {
            long refusedFrom = System.nanoTime();
            rest.post(UpbitRestClient.WS_FAULTS, "{\"refuseConnectionsMillis\":" + WINDOW.toMillis() + "}");

            RawUpgrade refused = RawUpgrade.request(sandbox.wsUrl(), "/websocket/v1");
            AtomicLong acceptedAt = new AtomicLong();
            Awaitility.await()
                    .atMost(Duration.ofSeconds(10))
                    .pollInterval(Duration.ofMillis(100))
                    .until(() -> {
                        acceptedAt.set(System.nanoTime());
                        return RawUpgrade.request(sandbox.wsUrl(), "/websocket/v1")
                                        .status()
                                == 101;
                    });

            assertThat(refused.status()).isEqualTo(503);
            assertThat(acceptedAt.get() - refusedFrom).isGreaterThanOrEqualTo(WINDOW.toNanos());
            assertThat(open.ended()).isFalse();
            assertThat(sandbox.stats().connectionsRefusedByFault()).isPositive();
        }
    }

    @Test
    void shouldKeepAStalledSessionOpenButSilentThenResume() {
        try (UpbitWsClient client = UpbitWsClient.connect(sandbox.wsUrl())) {
            client.send(Requests.subscribe("orderbook", "DEFAULT", "KRW-BTC"));
            client.await(node -> "REALTIME".equals(node.path("stream_type").asText()), 1);

            long stalledAt = System.nanoTime();
            rest.post(UpbitRestClient.WS_FAULTS, "{\"stallMillis\":" + WINDOW.toMillis() + "}");
            client.send("PING");
            long stallEnd = stalledAt + WINDOW.toNanos();
            Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> client.received().stream()
                    .anyMatch(message ->
                            message.nanos() > stallEnd && message.text().contains("REALTIME")));

            // Frames already on the wire when the stall began may still arrive just after it.
            long grace = stalledAt + Duration.ofMillis(200).toNanos();
            assertThat(client.received())
                    .filteredOn(message -> message.nanos() > grace && message.nanos() < stallEnd)
                    .isEmpty();
            assertThat(client.ended()).isFalse();
            assertThat(sandbox.stats().framesWithheldByStall()).isPositive();
            assertThat(sandbox.stats().injectedWsStalls()).isEqualTo(1);
            assertThat(rest.getJson(UpbitRestClient.WS_FAULTS)
                            .get("stallRemainingMillis")
                            .asLong())
                    .isZero();
        }
    }
}
