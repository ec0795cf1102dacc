package io.stockobserver.sandbox.ws;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.stockobserver.sandbox.KisSandbox;
import io.stockobserver.sandbox.KisWsClient;
import io.stockobserver.sandbox.SandboxOptions;
import java.io.IOException;
import java.time.Duration;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

class PingPongTest {

    @Test
    void shouldSendPingPongEveryIntervalAndCountRepliesInAnyForm() throws IOException {
        try (KisSandbox sandbox = KisSandbox.start(SandboxOptions.builder()
                        .symbolCount(10)
                        .pingInterval(Duration.ofMillis(200))
                        .build());
                KisWsClient client = KisWsClient.connect(sandbox.wsUrl())) {
            Awaitility.await().atMost(Duration.ofSeconds(5)).until(() -> client.controls().stream()
                    .anyMatch(PingPongTest::isPingPong));
            String ping = client.messages().stream()
                    .filter(message -> isPingPong(KisWsClient.parse(message)))
                    .findFirst()
                    .orElseThrow();
            JsonNode node = KisWsClient.parse(ping);

            assertThat(node.has("body")).isFalse();
            assertThat(node.get("header").get("datetime").asText()).matches("\\d{14}");
            client.send(ping);
            client.sendPong(ping);
            Awaitility.await()
                    .atMost(Duration.ofSeconds(5))
                    .until(() -> sandbox.stats().pingReplies() >= 2);
            assertThat(sandbox.stats().pingsSent()).isPositive();
        }
    }

    private static boolean isPingPong(JsonNode node) {
        return "PINGPONG".equals(node.path("header").path("tr_id").asText());
    }
}
