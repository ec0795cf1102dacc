package io.stockobserver.sandbox.upbit.ws;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.stockobserver.sandbox.MutableClock;
import io.stockobserver.sandbox.upbit.UpbitSandbox;
import io.stockobserver.sandbox.upbit.UpbitSandboxOptions;
import io.stockobserver.sandbox.upbit.UpbitWsClient;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

class KeepAliveTest {

    private static final Duration STATUS_INTERVAL = Duration.ofSeconds(1);
    private static final Duration IDLE = Duration.ofMillis(700);

    private static UpbitSandbox start(MutableClock clock, Duration idleTimeout) throws IOException {
        return UpbitSandbox.start(UpbitSandboxOptions.builder()
                .krwMarkets(20)
                .btcMarkets(2)
                .usdtMarkets(2)
                .clock(clock)
                .statusInterval(STATUS_INTERVAL)
                .idleTimeout(idleTimeout)
                .build());
    }

    @Test
    void shouldAnswerATextPingWithStatusUpAtOnceAndThenEveryInterval() throws IOException {
        try (UpbitSandbox sandbox =
                        start(new MutableClock(Instant.parse("2026-07-22T00:00:00Z")), Duration.ofMinutes(2));
                UpbitWsClient client = UpbitWsClient.connect(sandbox.wsUrl())) {
            long sent = System.nanoTime();
            client.send("PING");

            List<JsonNode> statuses = client.await(node -> node.has("status"), 3);

            assertThat(statuses).allMatch(node -> node.get("status").asText().equals("UP") && node.size() == 1);
            List<UpbitWsClient.Received> received = client.received();
            assertThat(received.get(0).nanos() - sent).isLessThan(STATUS_INTERVAL.toNanos());
            assertThat(received.get(2).nanos() - received.get(1).nanos())
                    .isGreaterThanOrEqualTo(STATUS_INTERVAL.toNanos() * 9 / 10);
            assertThat(received).allMatch(UpbitWsClient.Received::binary);
            assertThat(sandbox.stats().textPings()).isEqualTo(1);
        }
    }

    @Test
    void shouldAnswerAnRfc6455PingWithAPong() throws IOException {
        try (UpbitSandbox sandbox = start(new MutableClock(Instant.parse("2026-07-22T00:00:00Z")), IDLE);
                UpbitWsClient client = UpbitWsClient.connect(sandbox.wsUrl())) {
            client.ping("are you there");

            Awaitility.await().atMost(Duration.ofSeconds(5)).until(() -> !client.pongs()
                    .isEmpty());

            assertThat(sandbox.stats().pingFrames()).isEqualTo(1);
        }
    }

    @Test
    void shouldDropAnIdleConnectionWithoutACloseFrameButKeepOneThatPings() throws IOException {
        ScheduledExecutorService pinger = Executors.newSingleThreadScheduledExecutor();
        try (UpbitSandbox sandbox = start(new MutableClock(Instant.parse("2026-07-22T00:00:00Z")), IDLE)) {
            long opened = System.nanoTime();
            UpbitWsClient silent = UpbitWsClient.connect(sandbox.wsUrl());
            UpbitWsClient pinging = UpbitWsClient.connect(sandbox.wsUrl());
            pinger.scheduleAtFixedRate(() -> pinging.send("PING"), 0, IDLE.toMillis() / 4, TimeUnit.MILLISECONDS);

            UpbitWsClient.Ending ending = silent.awaitEnding();
            Awaitility.await()
                    .atMost(Duration.ofSeconds(10))
                    .until(() -> System.nanoTime() - opened > 3 * IDLE.toNanos());

            assertThat(ending.abrupt())
                    .as("no close frame, close code %s", ending.closeCode())
                    .isTrue();
            assertThat(ending.nanos() - opened).isGreaterThanOrEqualTo(IDLE.toNanos());
            assertThat(pinging.ended()).isFalse();
            assertThat(sandbox.stats().idleCloses()).isEqualTo(1);
            pinging.close();
        } finally {
            pinger.shutdownNow();
        }
    }

    @Test
    void shouldKeepAConnectionThatReceivesDataOpenPastTheIdleTimeout() throws IOException {
        MutableClock clock = new MutableClock(Instant.parse("2026-07-22T00:00:00Z"));
        ScheduledExecutorService market = Executors.newSingleThreadScheduledExecutor();
        try (UpbitSandbox sandbox = start(clock, IDLE);
                UpbitWsClient client = UpbitWsClient.connect(sandbox.wsUrl())) {
            client.send(Requests.subscribe("ticker", "DEFAULT", "KRW-BTC"));
            long subscribed = System.nanoTime();
            market.scheduleAtFixedRate(() -> clock.advance(Duration.ofSeconds(1)), 0, 100, TimeUnit.MILLISECONDS);

            Awaitility.await()
                    .atMost(Duration.ofSeconds(10))
                    .until(() -> System.nanoTime() - subscribed > 3 * IDLE.toNanos());

            assertThat(client.ended()).isFalse();
            assertThat(client.dataFrames().size()).isGreaterThan(3);
        } finally {
            market.shutdownNow();
        }
    }
}
