package io.stockobserver.sandbox.ws;

import static org.assertj.core.api.Assertions.assertThat;

import io.stockobserver.sandbox.KisRestClient;
import io.stockobserver.sandbox.KisSandbox;
import io.stockobserver.sandbox.KisWsClient;
import io.stockobserver.sandbox.SandboxOptions;
import io.stockobserver.sandbox.SandboxSurge;
import io.stockobserver.sandbox.market.SurgeKind;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

class SurgeFeedTest {

    /** 현대차 and 기아: the same illustrative trade rate (5 a second), so each is the other's control. */
    private static final String SURGED = "005380";

    private static final String CONTROL = "000270";
    private static final int RECORD_FIELDS = 46;

    @Test
    void shouldStreamManyMoreTradesOfASymbolInAVelocitySurgeThanOfAnEquallyBusyControlSymbol() throws IOException {
        try (KisSandbox sandbox = KisSandbox.start(
                SandboxOptions.builder().symbolCount(20).tradeIntensity(3).build())) {
            sandbox.surges()
                    .schedule(SandboxSurge.startingIn(
                            Duration.ZERO, SURGED, SurgeKind.VELOCITY, 10, Duration.ofMinutes(5)));
            String key = new KisRestClient(sandbox.restBaseUrl()).approvalKey("PSsurgeFeed");
            try (KisWsClient client = KisWsClient.connect(sandbox.wsUrl())) {
                client.subscribe(key, "H0STCNT0", SURGED);
                client.subscribe(key, "H0STCNT0", CONTROL);
                client.awaitControls("OPSP0000", 2);

                Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> records(client.frames(), SURGED) >= 200);

                List<String> frames = client.frames();
                assertThat(records(frames, CONTROL)).isLessThan(records(frames, SURGED) / 3);
            }
        }
    }

    /** Counts the H0STCNT0 records of one symbol (field 0 of each 46-field record). */
    private static long records(List<String> frames, String code) {
        long count = 0;
        for (String frame : frames) {
            String[] fields = frame.split("\\|", 4)[3].split("\\^", -1);
            for (int at = 0; at < fields.length; at += RECORD_FIELDS) {
                if (fields[at].equals(code)) {
                    count++;
                }
            }
        }
        return count;
    }
}
