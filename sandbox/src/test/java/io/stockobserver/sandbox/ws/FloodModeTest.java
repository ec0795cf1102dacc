package io.stockobserver.sandbox.ws;

import static org.assertj.core.api.Assertions.assertThat;

import io.stockobserver.sandbox.KisRestClient;
import io.stockobserver.sandbox.KisSandbox;
import io.stockobserver.sandbox.KisWsClient;
import io.stockobserver.sandbox.SandboxOptions;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

class FloodModeTest {

    private static final List<String> CODES = List.of("005930", "000660", "035720", "035420", "005380");

    @Test
    void shouldDeliverAtLeastTheRequestedRecordsPackedTenPerFrame() throws IOException {
        try (KisSandbox sandbox = KisSandbox.start(SandboxOptions.builder()
                .symbolCount(50)
                .floodRecordsPerSecond(20_000)
                .recordsPerFloodFrame(10)
                .build())) {
            String key = new KisRestClient(sandbox.restBaseUrl()).approvalKey("PSflood");
            try (KisWsClient client = KisWsClient.connect(sandbox.wsUrl())) {
                CODES.forEach(code -> client.subscribe(key, "H0STCNT0", code));
                client.awaitControls("OPSP0000", CODES.size());
                Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> records(client.frames()) >= 5_000);

                List<String> frames = client.frames();
                assertThat(frames).allMatch(frame -> frame.startsWith("0|H0STCNT0|"));
                assertThat(frames).anyMatch(frame -> frame.startsWith("0|H0STCNT0|010|"));
                assertThat(frames.stream().mapToInt(FloodModeTest::count).max().orElse(0))
                        .isEqualTo(10);
                String[] fields =
                        frames.get(frames.size() - 1).split("\\|", 4)[3].split("\\^", -1);
                assertThat(fields.length % 46).isZero();
                assertThat(CODES).contains(fields[0]);
                assertThat(sandbox.stats().recordsSent()).isGreaterThanOrEqualTo(5_000);
            }
        }
    }

    @Test
    void shouldDropTheOldestFramesOfAStalledClientWithoutSlowingTheOthers() throws IOException {
        try (KisSandbox sandbox = KisSandbox.start(SandboxOptions.builder()
                .symbolCount(50)
                .floodRecordsPerSecond(50_000)
                .recordsPerFloodFrame(50)
                .outboundQueueCapacity(64)
                .build())) {
            KisRestClient rest = new KisRestClient(sandbox.restBaseUrl());
            String stalledKey = rest.approvalKey("PSfloodStalled");
            String healthyKey = rest.approvalKey("PSfloodHealthy");
            try (KisWsClient stalled = KisWsClient.connectStalling(sandbox.wsUrl(), 3);
                    KisWsClient healthy = KisWsClient.connect(sandbox.wsUrl())) {
                CODES.forEach(code -> stalled.subscribe(stalledKey, "H0STCNT0", code));
                CODES.forEach(code -> healthy.subscribe(healthyKey, "H0STCNT0", code));
                healthy.awaitControls("OPSP0000", CODES.size());
                Awaitility.await()
                        .atMost(Duration.ofSeconds(30))
                        .until(() -> sandbox.stats().framesDropped() > 0);
                long receivedAtFirstDrop = records(healthy.frames());
                Awaitility.await()
                        .atMost(Duration.ofSeconds(20))
                        .until(() -> records(healthy.frames()) >= receivedAtFirstDrop + 5_000);

                assertThat(stalled.messages()).hasSizeLessThanOrEqualTo(3);
                assertThat(sandbox.stats().recordsDropped()).isPositive();
            }
        }
    }

    private static long records(List<String> frames) {
        return frames.stream().mapToLong(FloodModeTest::count).sum();
    }

    private static int count(String frame) {
        return Integer.parseInt(frame.split("\\|", 4)[2]);
    }
}
