package io.stockobserver.sandbox.ws;

import static org.assertj.core.api.Assertions.assertThat;

import io.stockobserver.sandbox.KisRestClient;
import io.stockobserver.sandbox.KisSandbox;
import io.stockobserver.sandbox.KisWsClient;
import io.stockobserver.sandbox.SandboxOptions;
import io.stockobserver.sandbox.market.KrxTickGrid;
import java.io.IOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class DataFrameTest {

    private static final Set<String> TRADED = Set.of("005930", "000660", "035720");

    private static KisSandbox sandbox;
    private static KisRestClient rest;

    @BeforeAll
    static void start() throws IOException {
        sandbox = KisSandbox.start(SandboxOptions.builder()
                .symbolCount(100)
                .tradeIntensity(5.0)
                .approvalMinInterval(Duration.ZERO)
                .build());
        rest = new KisRestClient(sandbox.restBaseUrl());
    }

    @AfterAll
    static void stop() {
        sandbox.close();
    }

    @Test
    void shouldPackSeveralTradesOfOneTickIntoOneFrameOf46FieldRecords() {
        String key = rest.approvalKey("PSframesTrades");
        try (KisWsClient client = KisWsClient.connect(sandbox.wsUrl())) {
            TRADED.forEach(code -> client.subscribe(key, "H0STCNT0", code));
            client.awaitControls("OPSP0000", 3);
            Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> client.frames().stream()
                    .anyMatch(frame -> count(frame) > 1));

            List<String> frames = client.frames();
            assertThat(frames).allMatch(frame -> frame.startsWith("0|H0STCNT0|"));
            for (String frame : frames) {
                String[] header = frame.split("\\|", 4);
                assertThat(header[2]).matches("\\d{3}");
                String[] fields = header[3].split("\\^", -1);
                int count = Integer.parseInt(header[2]);
                assertThat(fields).hasSize(46 * count);
                for (int record = 0; record < count; record++) {
                    checkTradeRecord(Arrays.copyOfRange(fields, record * 46, (record + 1) * 46));
                }
            }
        }
    }

    private static void checkTradeRecord(String[] f) {
        assertThat(TRADED).contains(f[0]);
        assertThat(f[1]).matches("\\d{6}");
        long price = Long.parseLong(f[2]);
        long change = Long.parseLong(f[4]);
        assertThat(f[3]).isEqualTo(change > 0 ? "2" : change == 0 ? "3" : "5");
        assertThat(f[5]).matches("-?\\d+\\.\\d{2}");
        long ask = Long.parseLong(f[10]);
        long bid = Long.parseLong(f[11]);
        assertThat(ask).isEqualTo(KrxTickGrid.up(bid));
        assertThat(f[21]).isIn("1", "5");
        assertThat(price).isEqualTo(f[21].equals("1") ? ask : bid);
        assertThat(Long.parseLong(f[8])).isGreaterThanOrEqualTo(price);
        assertThat(Long.parseLong(f[9])).isLessThanOrEqualTo(price);
        assertThat(Long.parseLong(f[29])).isEqualTo(price - Long.parseLong(f[8]));
        assertThat(Long.parseLong(f[32])).isEqualTo(price - Long.parseLong(f[9]));
        assertThat(Long.parseLong(f[13])).isGreaterThanOrEqualTo(Long.parseLong(f[12]));
        assertThat(f[33]).matches("\\d{8}");
        assertThat(f[34]).isEqualTo("20");
        assertThat(f[35]).isEqualTo("N");
        assertThat(f[43]).isEqualTo("0");
        assertThat(f[44]).isEmpty();
        assertThat(f[45]).isEqualTo(f[7]);
    }

    @Test
    void shouldSendOrderBooksWithTheSixtyTwoFieldLayoutByDefault() {
        String[] record = firstBookRecord(sandbox, "PSframesBook62", "005930");

        assertThat(record).hasSize(62);
        checkBookLevels(record);
        long ask1 = Long.parseLong(record[3]);
        long bid1 = Long.parseLong(record[13]);
        assertThat(record[59]).isEqualTo(Long.toString((ask1 + bid1) / 2));
        assertThat(record[60]).isEqualTo("0");
    }

    @Test
    void shouldSendOrderBooksWithTheFiftyNineFieldLayoutWhenConfigured() throws IOException {
        try (KisSandbox documented = KisSandbox.start(SandboxOptions.builder()
                .symbolCount(50)
                .orderbookFieldCount(59)
                .tradeIntensity(5.0)
                .build())) {
            String[] record = firstBookRecord(documented, "PSframesBook59", "000660");

            assertThat(record).hasSize(59);
            checkBookLevels(record);
        }
    }

    @Test
    void shouldSendNoMoreFramesOfASymbolAfterItsUnsubscribeAck() {
        String key = rest.approvalKey("PSframesUnsubscribe");
        try (KisWsClient client = KisWsClient.connect(sandbox.wsUrl())) {
            client.subscribe(key, "H0STCNT0", "005930");
            client.subscribe(key, "H0STCNT0", "000660");
            client.awaitControls("OPSP0000", 2);
            Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> client.frames().stream()
                    .anyMatch(frame -> frame.contains("|000660^") || frame.contains("^000660^")));
            client.unsubscribe(key, "H0STCNT0", "000660");
            client.awaitControl("OPSP0001");
            int ackIndex = indexOfAck(client.messages());
            Awaitility.await()
                    .atMost(Duration.ofSeconds(10))
                    .until(() -> client.messages().size() > ackIndex + 5);

            List<String> after =
                    client.messages().subList(ackIndex + 1, client.messages().size());
            for (String frame : after) {
                String[] fields = frame.split("\\|", 4)[3].split("\\^", -1);
                for (int record = 0; record < fields.length / 46; record++) {
                    assertThat(fields[record * 46]).isEqualTo("005930");
                }
            }
        }
    }

    private static int indexOfAck(List<String> messages) {
        for (int i = 0; i < messages.size(); i++) {
            if (messages.get(i).contains("OPSP0001")) {
                return i;
            }
        }
        throw new AssertionError("no unsubscribe ack");
    }

    private static String[] firstBookRecord(KisSandbox target, String appkey, String code) {
        String key = new KisRestClient(target.restBaseUrl()).approvalKey(appkey);
        try (KisWsClient client = KisWsClient.connect(target.wsUrl())) {
            client.subscribe(key, "H0STASP0", code);
            client.awaitControl("OPSP0000");
            Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> !client.frames()
                    .isEmpty());
            String frame = client.frames().get(0);
            assertThat(frame).startsWith("0|H0STASP0|001|" + code + "^");
            return frame.split("\\|", 4)[3].split("\\^", -1);
        }
    }

    private static void checkBookLevels(String[] r) {
        assertThat(r[1]).matches("\\d{6}");
        assertThat(r[2]).isEqualTo("0");
        long bid1 = Long.parseLong(r[13]);
        assertThat(Long.parseLong(r[3])).isEqualTo(KrxTickGrid.up(bid1));
        long totalAsk = 0;
        long totalBid = 0;
        for (int level = 0; level < 10; level++) {
            long ask = Long.parseLong(r[3 + level]);
            long bid = Long.parseLong(r[13 + level]);
            if (level > 0) {
                assertThat(ask).isEqualTo(KrxTickGrid.up(Long.parseLong(r[2 + level])));
                assertThat(bid).isEqualTo(KrxTickGrid.down(Long.parseLong(r[12 + level])));
            }
            assertThat(Long.parseLong(r[23 + level])).isPositive();
            assertThat(Long.parseLong(r[33 + level])).isPositive();
            totalAsk += Long.parseLong(r[23 + level]);
            totalBid += Long.parseLong(r[33 + level]);
        }
        assertThat(Long.parseLong(r[43])).isEqualTo(totalAsk);
        assertThat(Long.parseLong(r[44])).isEqualTo(totalBid);
    }

    private static int count(String frame) {
        return Integer.parseInt(frame.split("\\|", 4)[2]);
    }
}
