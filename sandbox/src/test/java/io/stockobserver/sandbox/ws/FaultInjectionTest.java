package io.stockobserver.sandbox.ws;

import static org.assertj.core.api.Assertions.assertThat;

import io.stockobserver.sandbox.KisRestClient;
import io.stockobserver.sandbox.KisSandbox;
import io.stockobserver.sandbox.KisWsClient;
import io.stockobserver.sandbox.SandboxOptions;
import java.io.IOException;
import java.time.Duration;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

class FaultInjectionTest {

    @Test
    void shouldCutEverySessionOnRequestAndAcceptTheReconnection() throws IOException {
        try (KisSandbox sandbox =
                KisSandbox.start(SandboxOptions.builder().symbolCount(20).build())) {
            String key = new KisRestClient(sandbox.restBaseUrl()).approvalKey("PSfaultInjection");
            try (KisWsClient client = KisWsClient.connect(sandbox.wsUrl())) {
                client.subscribe(key, "H0STCNT0", "005930");
                client.awaitControl("OPSP0000");

                assertThat(sandbox.dropWebSocketSessions()).isEqualTo(1);
                client.awaitClose();
            }
            Awaitility.await()
                    .atMost(Duration.ofSeconds(5))
                    .until(() -> sandbox.stats().wsSessionsOpen() == 0);
            assertThat(sandbox.stats().registrations()).isZero();
            assertThat(sandbox.stats().injectedSessionDrops()).isEqualTo(1);
            try (KisWsClient again = KisWsClient.connect(sandbox.wsUrl())) {
                again.subscribe(key, "H0STCNT0", "005930");
                again.awaitControl("OPSP0000");
            }
        }
    }
}
