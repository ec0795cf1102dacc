package io.stockobserver.sandbox.upbit.ws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.stockobserver.sandbox.upbit.RawUpgrade;
import io.stockobserver.sandbox.upbit.UpbitSandbox;
import io.stockobserver.sandbox.upbit.UpbitSandboxOptions;
import io.stockobserver.sandbox.upbit.UpbitWsClient;
import java.io.IOException;
import java.net.http.WebSocketHandshakeException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class ConnectionLimitsTest {

    private static UpbitSandbox start(int connectsPerSecond) throws IOException {
        return UpbitSandbox.start(UpbitSandboxOptions.builder()
                .krwMarkets(20)
                .btcMarkets(2)
                .usdtMarkets(2)
                .wsConnectsPerSecond(connectsPerSecond)
                .build());
    }

    @Test
    void shouldUpgradeOnlyWebsocketV1AndTellTheRemainingConnections() throws IOException {
        try (UpbitSandbox sandbox = start(5)) {
            RawUpgrade upgraded = RawUpgrade.request(sandbox.wsUrl(), "/websocket/v1");
            RawUpgrade wrongPath = RawUpgrade.request(sandbox.wsUrl(), "/websocket/v2");
            RawUpgrade privatePath = RawUpgrade.request(sandbox.wsUrl(), "/websocket/v1/private");

            assertThat(upgraded.status()).isEqualTo(101);
            assertThat(upgraded.headers()).containsEntry("remaining-req", "group=websocket; min=300; sec=4");
            assertThat(upgraded.headers()).containsEntry("limit-by-ip", "Yes");
            assertThat(wrongPath.status()).isEqualTo(404);
            assertThat(privatePath.status()).isEqualTo(404);
            assertThat(sandbox.stats().handshakesRejected()).isEqualTo(2);
            assertThatThrownBy(() -> UpbitWsClient.connect(sandbox.wsUrl().resolve("/")))
                    .hasCauseInstanceOf(WebSocketHandshakeException.class);
        }
    }

    @Test
    void shouldRefuseUpgradesBeyondTheConnectionLimitWith429() throws Exception {
        try (UpbitSandbox sandbox = start(5)) {
            ExecutorService clients = Executors.newFixedThreadPool(10);
            List<Future<RawUpgrade>> calls = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                calls.add(clients.submit(() -> RawUpgrade.request(sandbox.wsUrl(), "/websocket/v1")));
            }
            List<RawUpgrade> answers = new ArrayList<>();
            for (Future<RawUpgrade> call : calls) {
                answers.add(call.get(10, TimeUnit.SECONDS));
            }
            clients.shutdown();

            List<RawUpgrade> refused =
                    answers.stream().filter(answer -> answer.status() == 429).toList();
            assertThat(answers.stream().filter(answer -> answer.status() == 101))
                    .hasSizeLessThanOrEqualTo(5);
            assertThat(refused).isNotEmpty();
            assertThat(refused.get(0).body()).isEqualTo("Too many API requests.");
            assertThat(refused.get(0).headers().get("remaining-req")).endsWith("sec=0");
            assertThat(sandbox.stats().connectionsRateLimited()).isEqualTo(refused.size());
        }
    }
}
