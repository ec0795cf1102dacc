package io.stockobserver.sandbox.upbit.ws;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.stockobserver.sandbox.upbit.UpbitSandbox;
import io.stockobserver.sandbox.upbit.UpbitSandboxOptions;
import io.stockobserver.sandbox.upbit.UpbitWsClient;
import java.io.IOException;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RequestErrorsTest {

    private static final Duration CLOSE_DELAY = Duration.ofMillis(150);

    private static UpbitSandbox sandbox;

    @BeforeAll
    static void start() throws IOException {
        sandbox = UpbitSandbox.start(UpbitSandboxOptions.builder()
                .krwMarkets(20)
                .btcMarkets(2)
                .usdtMarkets(2)
                .wsConnectsPerSecond(1_000)
                .errorCloseDelay(CLOSE_DELAY)
                .build());
    }

    @AfterAll
    static void stop() {
        sandbox.close();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "not json | WRONG_FORMAT",
                "{\"ticket\":\"x\"} | WRONG_FORMAT",
                "[{\"ticket\":\"x\"},\"ticker\"] | WRONG_FORMAT",
                "[{\"type\":\"ticker\",\"codes\":[\"KRW-BTC\"]}] | NO_TICKET",
                "[{\"ticket\":\" \"},{\"type\":\"ticker\",\"codes\":[\"KRW-BTC\"]}] | NO_TICKET",
                "[{\"ticket\":\"x\"}] | NO_TYPE",
                "[{\"ticket\":\"x\"},{\"format\":\"SIMPLE\"}] | NO_TYPE",
                "[{\"ticket\":\"x\"},{\"type\":\"ticker\"}] | NO_CODES",
                "[{\"ticket\":\"x\"},{\"type\":\"ticker\",\"codes\":[]}] | NO_CODES",
                "[{\"ticket\":\"x\"},{\"type\":\"nope\",\"codes\":[\"KRW-BTC\"]}] | INVALID_PARAM",
                "[{\"ticket\":\"x\"},{\"type\":\"ticker\",\"codes\":\"KRW-BTC\"}] | INVALID_PARAM",
                "[{\"ticket\":\"x\"},{\"type\":\"ticker\",\"codes\":[\"KRW-BTC\"]},{\"format\":\"XML\"}]"
                        + " | INVALID_PARAM",
                "[{\"ticket\":\"x\"},{\"type\":\"ticker\",\"codes\":[\"KRW-BTC\"],\"isOnlySnapshot\":\"yes\"}]"
                        + " | INVALID_PARAM"
            })
    void shouldAnswerAMalformedRequestWithAnErrorFrameThenClose1000(String request, String name) {
        try (UpbitWsClient client = UpbitWsClient.connect(sandbox.wsUrl())) {
            client.send(request);

            JsonNode error = client.await(node -> node.has("error"), 1).get(0);
            UpbitWsClient.Ending ending = client.awaitEnding();

            assertThat(error.get("error").get("name").asText()).isEqualTo(name);
            assertThat(error.get("error").get("message").asText()).isNotBlank();
            assertThat(client.received()).hasSize(1);
            assertThat(client.received().get(0).binary()).isTrue();
            assertThat(ending.closeCode()).isEqualTo(1000);
            long gap = ending.nanos() - client.received().get(0).nanos();
            assertThat(gap).isGreaterThanOrEqualTo(CLOSE_DELAY.toNanos() * 2 / 3);
        }
    }

    @Test
    void shouldNameAnUnknownTypeAsUpbitDoes() {
        try (UpbitWsClient client = UpbitWsClient.connect(sandbox.wsUrl())) {
            client.send("[{\"ticket\":\"x\"},{\"type\":\"nope\",\"codes\":[\"KRW-BTC\"]}]");

            JsonNode error = client.await(node -> node.has("error"), 1).get(0).get("error");

            assertThat(error.get("message").asText()).isEqualTo("nope 은 지원하지 않는 타입입니다.");
            assertThat(sandbox.stats().requestErrors()).containsKey("INVALID_PARAM");
        }
    }

    @Test
    void shouldRefuseRequestsBeyondTheMessageLimitButKeepTheConnection() throws IOException {
        try (UpbitSandbox limited = UpbitSandbox.start(UpbitSandboxOptions.builder()
                        .krwMarkets(20)
                        .btcMarkets(2)
                        .usdtMarkets(2)
                        .wsMessagesPerSecond(2)
                        .build());
                UpbitWsClient client = UpbitWsClient.connect(limited.wsUrl())) {
            for (int i = 0; i < 3; i++) {
                client.send(Requests.subscribe("ticker", "DEFAULT", "KRW-BTC"));
            }

            JsonNode error = client.await(node -> node.has("error"), 1).get(0).get("error");
            client.await(node -> node.has("stream_type"), 2);
            client.send("PING");
            client.await(node -> node.has("status"), 1);

            assertThat(error.get("name").asText()).isEqualTo("TOO_MANY_REQUESTS");
            assertThat(client.ended()).isFalse();
            assertThat(limited.stats().messageRateRefusals()).isEqualTo(1);
            assertThat(limited.stats().subscribeRequests()).isEqualTo(2);
        }
    }
}
