package io.stockobserver.sandbox.ws;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.stockobserver.sandbox.KisRestClient;
import io.stockobserver.sandbox.KisSandbox;
import io.stockobserver.sandbox.KisWsClient;
import io.stockobserver.sandbox.KisWsClient.Received;
import io.stockobserver.sandbox.MutableClock;
import io.stockobserver.sandbox.SandboxOptions;
import io.stockobserver.sandbox.SandboxStats;
import io.stockobserver.sandbox.market.KoreanTime;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.net.http.WebSocketHandshakeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

class WsFaultInjectionTest {

    /** A Wednesday morning, the market busy. */
    private static final Instant MORNING =
            LocalDateTime.of(2026, 7, 22, 10, 0).atZone(KoreanTime.ZONE).toInstant();

    private static final String CODE = "005930";
    private static final int RECORD_FIELDS = 46;
    private static final Duration STALL = Duration.ofMillis(1_500);
    private static final Duration REFUSAL = Duration.ofMillis(1_500);

    /**
     * Starts a sandbox whose market only moves when the test moves the clock, so no data frame is ever in flight
     * unless the test caused it.
     */
    private static KisSandbox frozenSandbox(MutableClock clock, Duration pingInterval) throws IOException {
        return KisSandbox.start(SandboxOptions.builder()
                .symbolCount(20)
                .clock(clock)
                .pingInterval(pingInterval)
                .approvalMinInterval(Duration.ZERO)
                .build());
    }

    private static KisWsClient subscribed(KisSandbox sandbox, String appkey) {
        String key = new KisRestClient(sandbox.restBaseUrl()).approvalKey(appkey);
        KisWsClient client = KisWsClient.connect(sandbox.wsUrl());
        client.subscribe(key, "H0STCNT0", CODE);
        client.awaitControl("OPSP0000");
        return client;
    }

    /** Moves the market two seconds on and returns the one H0STCNT0 frame the feed makes of it. */
    private static String nextFrame(KisWsClient client, MutableClock clock) {
        int before = client.frames().size();
        clock.advance(Duration.ofSeconds(2));
        Awaitility.await()
                .atMost(Duration.ofSeconds(5))
                .until(() -> client.frames().size() > before);
        List<String> frames = client.frames();
        assertThat(frames).hasSize(before + 1);
        return frames.get(before);
    }

    @Test
    void shouldSendAStalledSessionNothingForTheStallAndThenResumeOnTheSameConnection() throws IOException {
        MutableClock clock = new MutableClock(MORNING);
        try (KisSandbox sandbox = frozenSandbox(clock, Duration.ofMillis(200));
                KisWsClient client = subscribed(sandbox, "PSwsStall")) {
            nextFrame(client, clock);
            String key = new KisRestClient(sandbox.restBaseUrl()).approvalKey("PSwsStall");
            SandboxStats stats = sandbox.stats();

            long stalledAt = System.nanoTime();
            sandbox.wsFaults().stall(STALL);
            clock.advance(Duration.ofSeconds(2));
            client.subscribe(key, "H0STCNT0", "000660");
            Awaitility.await()
                    .atMost(Duration.ofSeconds(5))
                    .until(() -> stats.framesWithheldByStall() >= 1 && stats.pingsWithheldByStall() >= 2);
            Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> {
                clock.advance(Duration.ofMillis(500));
                return firstAfter(client, stalledAt, Received::isData) != null;
            });
            Awaitility.await()
                    .atMost(Duration.ofSeconds(5))
                    .until(() -> firstAfter(client, stalledAt + STALL.toNanos(), Received::isPingPong) != null);

            long stallEnd = stalledAt + STALL.toNanos();
            assertThat(firstAfter(client, stalledAt, Received::isData).nanos()).isGreaterThanOrEqualTo(stallEnd);
            assertThat(client.received())
                    .filteredOn(message ->
                            message.isPingPong() && message.nanos() >= stalledAt && message.nanos() < stallEnd)
                    .hasSizeLessThanOrEqualTo(1);
            Received ack =
                    firstAfter(client, stalledAt, message -> message.text().contains("\"000660\""));
            assertThat(ack.text()).contains("OPSP0000");
            assertThat(ack.nanos()).isGreaterThanOrEqualTo(stallEnd);
            assertThat(client.isClosedByServer()).isFalse();
            assertThat(stats.wsSessionsOpen()).isEqualTo(1);
            assertThat(stats.registrations()).isEqualTo(2);
            assertThat(stats.injectedWsStalls()).isEqualTo(1);
        }
    }

    private static Received firstAfter(KisWsClient client, long nanos, Predicate<Received> kind) {
        return client.received().stream()
                .filter(message -> message.nanos() >= nanos && kind.test(message))
                .findFirst()
                .orElse(null);
    }

    @Test
    void shouldSendTheNextFramesWithABadCountThenAMissingFieldThenIntact() throws IOException {
        MutableClock clock = new MutableClock(MORNING);
        try (KisSandbox sandbox = frozenSandbox(clock, Duration.ofSeconds(10));
                KisWsClient client = subscribed(sandbox, "PSwsMalformed")) {
            nextFrame(client, clock);

            sandbox.wsFaults().malformedFrames(2);
            String badCount = nextFrame(client, clock);
            String missingField = nextFrame(client, clock);
            String intact = nextFrame(client, clock);

            assertThat(badCount).startsWith("0|H0STCNT0|NaN|");
            assertThat(fields(badCount) % RECORD_FIELDS).isZero();
            assertThat(count(missingField)).isPositive();
            assertThat(fields(missingField)).isEqualTo(RECORD_FIELDS * count(missingField) - 1);
            assertThat(fields(intact)).isEqualTo(RECORD_FIELDS * count(intact));
            assertThat(sandbox.stats().injectedMalformedFrames()).isEqualTo(2);
            assertThat(sandbox.wsFaults().state().malformedFrames()).isZero();
        }
    }

    @Test
    void shouldSendTheNextFrameCutInTheMiddleOfARecord() throws IOException {
        MutableClock clock = new MutableClock(MORNING);
        try (KisSandbox sandbox = frozenSandbox(clock, Duration.ofSeconds(10));
                KisWsClient client = subscribed(sandbox, "PSwsTruncated")) {
            nextFrame(client, clock);

            sandbox.wsFaults().truncatedFrames(1);
            String truncated = nextFrame(client, clock);
            String intact = nextFrame(client, clock);

            int records = count(truncated);
            assertThat(fields(truncated))
                    .isGreaterThan(RECORD_FIELDS * (records - 1))
                    .isLessThan(RECORD_FIELDS * records);
            assertThat(fields(intact)).isEqualTo(RECORD_FIELDS * count(intact));
            assertThat(sandbox.stats().injectedTruncatedFrames()).isEqualTo(1);
        }
    }

    @Test
    void shouldRefuseNewConnectionsDuringTheWindowOnlyAndLeaveOpenSessionsAlone() throws IOException {
        try (KisSandbox sandbox = KisSandbox.start(SandboxOptions.builder()
                        .symbolCount(20)
                        .approvalMinInterval(Duration.ZERO)
                        .build());
                KisWsClient open = subscribed(sandbox, "PSwsRefusal")) {
            long refusedFrom = System.nanoTime();
            sandbox.wsFaults().refuseConnections(REFUSAL);

            assertThat(handshakeStatus(sandbox.wsUrl())).isEqualTo(404);
            open.unsubscribe(new KisRestClient(sandbox.restBaseUrl()).approvalKey("PSwsRefusal"), "H0STCNT0", CODE);
            open.awaitControl("OPSP0001");
            AtomicLong acceptedAt = new AtomicLong();
            Awaitility.await()
                    .atMost(Duration.ofSeconds(10))
                    .pollInterval(Duration.ofMillis(100))
                    .until(() -> {
                        boolean accepted = handshakeStatus(sandbox.wsUrl()) == 101;
                        acceptedAt.set(System.nanoTime());
                        return accepted;
                    });

            assertThat(acceptedAt.get() - refusedFrom).isGreaterThanOrEqualTo(REFUSAL.toNanos());
            assertThat(sandbox.stats().injectedConnectionRefusals()).isPositive();
            assertThat(open.isClosedByServer()).isFalse();
        }
    }

    @Test
    void shouldSetReadAndClearWebSocketFaultsOverHttp() throws IOException {
        try (KisSandbox sandbox = KisSandbox.start(
                        SandboxOptions.builder().symbolCount(20).build());
                KisWsClient open = KisWsClient.connect(sandbox.wsUrl())) {
            KisRestClient rest = new KisRestClient(sandbox.restBaseUrl());

            JsonNode set = KisRestClient.json(rest.post(
                    KisRestClient.WS_FAULTS,
                    "{\"malformedFrames\":3,\"truncatedFrames\":2,\"refuseConnectionsMillis\":60000,"
                            + "\"stallMillis\":0}"));
            assertThat(set.get("malformedFrames").asInt()).isEqualTo(3);
            assertThat(set.get("truncatedFrames").asInt()).isEqualTo(2);
            assertThat(set.get("stallRemainingMillis").asLong()).isZero();
            assertThat(set.get("refuseConnectionsRemainingMillis").asLong()).isBetween(55_000L, 60_000L);
            assertThat(handshakeStatus(sandbox.wsUrl())).isEqualTo(404);
            JsonNode read = KisRestClient.json(rest.exchange("GET", KisRestClient.WS_FAULTS, null));
            assertThat(read.get("malformedFrames").asInt()).isEqualTo(3);

            JsonNode cleared = KisRestClient.json(rest.exchange("DELETE", KisRestClient.WS_FAULTS, null));
            assertThat(cleared.get("malformedFrames").asInt()).isZero();
            assertThat(cleared.get("refuseConnectionsRemainingMillis").asLong()).isZero();
            assertThat(handshakeStatus(sandbox.wsUrl())).isEqualTo(101);

            for (String bad : List.of(
                    "{\"malformedFrames\":-1}", "{\"stallMillis\":3600001}", "{\"boom\":1}", "{\"dropSessions\":1}")) {
                HttpResponse<String> refused = rest.post(KisRestClient.WS_FAULTS, bad);
                assertThat(refused.statusCode()).as(bad).isEqualTo(400);
                assertThat(KisRestClient.json(refused).get("msg_cd").asText()).isEqualTo("SBXF0001");
            }
            JsonNode dropped = KisRestClient.json(rest.post(KisRestClient.WS_FAULTS, "{\"dropSessions\":true}"));
            assertThat(dropped.get("droppedSessions").asInt()).isEqualTo(1);
            open.awaitClose();
            assertThat(sandbox.stats().injectedSessionDrops()).isEqualTo(1);
        }
    }

    /** Opens and closes a connection; returns 101 when accepted, else the HTTP status of the refused upgrade. */
    private static int handshakeStatus(URI uri) {
        try {
            WebSocket socket = HttpClient.newHttpClient()
                    .newWebSocketBuilder()
                    .buildAsync(uri, new WebSocket.Listener() {})
                    .orTimeout(5, TimeUnit.SECONDS)
                    .join();
            socket.abort();
            return 101;
        } catch (CompletionException e) {
            if (e.getCause() instanceof WebSocketHandshakeException refused) {
                return refused.getResponse().statusCode();
            }
            throw e;
        }
    }

    private static int count(String frame) {
        return Integer.parseInt(frame.split("\\|", 4)[2]);
    }

    private static int fields(String frame) {
        return frame.split("\\|", 4)[3].split("\\^", -1).length;
    }
}
