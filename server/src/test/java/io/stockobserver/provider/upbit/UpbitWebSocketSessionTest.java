package io.stockobserver.provider.upbit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.nio.ByteBuffer;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The Tyrus session against a loopback server that sends binary frames, errors and closes like Upbit. */
class UpbitWebSocketSessionTest {
    private static final Duration WAIT = Duration.ofSeconds(10);
    private FakeUpbitSocket venue;
    private UpbitWebSocketSession session;
    private final RecordingStreamListener listener = new RecordingStreamListener();

    @BeforeEach
    void startVenue() throws Exception {
        venue = FakeUpbitSocket.startNew();
    }

    @AfterEach
    void stop() throws Exception {
        if (session != null) {
            session.close();
        }
        venue.shutdown();
    }

    private UpbitSettings settings(URI ws, Duration ping, Duration idle) {
        UpbitSettings d = UpbitSettings.withDefaults(URI.create("http://127.0.0.1:1"), ws);
        return new UpbitSettings(
                d.restUrl(),
                ws,
                d.requestsPerGroup(),
                d.rateWindow(),
                d.tickerChunkSize(),
                Duration.ofSeconds(5),
                d.maxRetries(),
                d.backoffInitial(),
                d.backoffMax(),
                d.blockFallback(),
                ping,
                idle);
    }

    private UpbitWebSocketSession session(Duration ping, Duration idle) {
        session = new UpbitWebSocketSession(settings(venue.url(), ping, idle), listener, Clock.systemUTC());
        return session;
    }

    /** No keep-alive traffic during the test. */
    private UpbitWebSocketSession quietSession() {
        return session(Duration.ofSeconds(50), Duration.ofSeconds(60));
    }

    @Test
    void shouldSubscribeOnceAndReportEveryFrameRawFirstThenDecoded() throws Exception {
        venue.onSubscribe = (c, m) -> {
            FakeUpbitSocket.sendBinary(c, UpbitFrameDecoderTest.orderbookSnapshotVector());
            FakeUpbitSocket.sendBinary(c, UpbitFrameDecoderTest.tradeVector());
            FakeUpbitSocket.sendBinary(c, UpbitFrameDecoderTest.ticker2018InTodaysShape());
            c.send(UpbitFrameDecoderTest.tradeVector()); // a text frame is accepted too
        };
        UpbitWebSocketSession s = quietSession();

        s.connect(List.of("KRW-BTC", "KRW-ETH"));
        await().atMost(WAIT).until(() -> listener.data.size() == 4);

        JsonNode subscribe = UpbitJson.parse(venue.received.get(0));
        assertThat(venue.received).hasSize(1);
        assertThat(subscribe.get(0).has("ticket")).isTrue();
        for (int i = 1; i <= 3; i++) {
            assertThat(subscribe.get(i).get("codes").toString()).isEqualTo("[\"KRW-BTC\",\"KRW-ETH\"]");
        }
        assertThat(subscribe.get(4).get("format").asText()).isEqualTo("DEFAULT");
        assertThat(listener.events)
                .containsExactly(
                        "open",
                        "raw binary raw:1",
                        "data UpbitOrderbook raw:1",
                        "raw binary raw:2",
                        "data UpbitTrade raw:2",
                        "raw binary raw:3",
                        "data UpbitTicker raw:3",
                        "raw text raw:4",
                        "data UpbitTrade raw:4");
        assertThat(listener.raws.get(1)).isEqualTo(UpbitFrameDecoderTest.tradeVector());
        assertThat(((UpbitTrade) listener.data.get(1)).sequentialId()).isEqualTo(1621697844000001L);
        assertThat(s.messagesReceived()).isEqualTo(4);
        assertThat(s.binaryMessagesReceived()).isEqualTo(3);
        assertThat(s.codes()).containsExactly("KRW-BTC", "KRW-ETH");
    }

    @Test
    void shouldReportTheVenueErrorThenExactlyOneCloseNamingIt() throws Exception {
        String noTicket = UpbitVectors.jsonLines(UpbitVectors.KEEPALIVE_ERRORS).stream()
                .filter(l -> l.contains("NO_TICKET"))
                .findFirst()
                .orElseThrow();
        venue.onSubscribe = (c, m) -> {
            FakeUpbitSocket.sendBinary(c, noTicket);
            c.close(1000);
        };
        UpbitWebSocketSession s = quietSession();

        s.connect(List.of("KRW-BTC"));

        await().atMost(WAIT).until(() -> listener.closes.size() == 1);
        await().during(Duration.ofMillis(500)).atMost(WAIT).until(() -> listener.closes.size() == 1);
        assertThat(listener.errors).singleElement().satisfies(e -> {
            assertThat(e.name()).isEqualTo("NO_TICKET");
            assertThat(e.raw()).isEqualTo(noTicket);
        });
        assertThat(listener.closes.get(0)).startsWith("closed: 1000").endsWith("after venue error NO_TICKET");
        assertThat(listener.events).containsExactly("open", "raw binary raw:1", "error NO_TICKET raw:1", "closed");
        assertThat(s.isOpen()).isFalse();
    }

    @Test
    void shouldReportOneCloseWhenTheVenueDropsTheConnection() throws Exception {
        venue.onSubscribe = (c, m) -> {
            FakeUpbitSocket.sendBinary(c, UpbitFrameDecoderTest.tradeVector());
            c.closeConnection(1006, "dropped without a close frame");
        };
        UpbitWebSocketSession s = quietSession();

        s.connect(List.of("KRW-BTC"));

        await().atMost(WAIT).until(() -> listener.closes.size() == 1);
        await().during(Duration.ofMillis(500)).atMost(WAIT).until(() -> listener.closes.size() == 1);
        assertThat(s.isOpen()).isFalse();
    }

    @Test
    void shouldUncoverAResetConnectionThroughTheKeepAliveAndReportItOnce() throws Exception {
        venue.answerTextPing = false;
        venue.onSubscribe = (c, m) -> FakeUpbitSocket.reset(c);
        UpbitWebSocketSession s = session(Duration.ofMillis(100), Duration.ofSeconds(5));

        s.connect(List.of("KRW-BTC"));

        await().atMost(WAIT).until(() -> listener.closes.size() == 1);
        await().during(Duration.ofMillis(500)).atMost(WAIT).until(() -> listener.closes.size() == 1);
        assertThat(s.isOpen()).isFalse();
    }

    @Test
    void shouldReportOneCloseWhenTheObserverClosesTheSession() throws Exception {
        UpbitWebSocketSession s = quietSession();
        s.connect(List.of("KRW-BTC"));

        s.close();
        s.close();

        await().atMost(WAIT).until(() -> venue.closed.get() == 1);
        await().during(Duration.ofMillis(300)).atMost(WAIT).until(() -> listener.closes.size() == 1);
        assertThat(listener.closes.get(0)).startsWith("closed: 1000");
    }

    @Test
    void shouldKeepTheConnectionAliveWithPingFramesAndTextPings() throws Exception {
        UpbitWebSocketSession s = session(Duration.ofMillis(150), Duration.ofSeconds(5));

        s.connect(List.of("KRW-BTC"));

        await().atMost(WAIT)
                .until(() -> venue.pingsReceived.get() >= 3 && venue.textPings() >= 2 && listener.statuses.size() >= 2);
        assertThat(s.pongsReceived()).isPositive();
        assertThat(s.pingsSent()).isGreaterThanOrEqualTo(3);
        assertThat(s.textPingsSent()).isGreaterThanOrEqualTo(2);
        assertThat(listener.statuses).allSatisfy(st -> assertThat(st.isUp()).isTrue());
        assertThat(listener.closes).isEmpty();
        assertThat(s.isOpen()).isTrue();
    }

    @Test
    void shouldCloseItselfWhenNothingArrivesForTheIdleLimit() throws Exception {
        venue.answerPings = false;
        venue.answerTextPing = false;
        UpbitWebSocketSession s = session(Duration.ofMillis(100), Duration.ofMillis(400));

        s.connect(List.of("KRW-BTC"));

        await().atMost(WAIT).until(() -> listener.closes.size() == 1);
        await().during(Duration.ofMillis(300)).atMost(WAIT).until(() -> listener.closes.size() == 1);
        assertThat(listener.closes.get(0)).startsWith("idle: nothing received for");
        await().atMost(WAIT).until(() -> venue.closed.get() == 1);
        assertThat(s.isOpen()).isFalse();
    }

    @Test
    void shouldStayOpenWhilePongsArriveEvenWithoutData() throws Exception {
        venue.answerTextPing = false;
        UpbitWebSocketSession s = session(Duration.ofMillis(100), Duration.ofSeconds(1));

        s.connect(List.of("KRW-BTC"));

        await().atMost(WAIT).until(() -> s.pongsReceived() >= 25); // well past two idle limits
        assertThat(listener.closes).isEmpty();
    }

    @Test
    void shouldDeferResubscribesBeyondFiveMessagesASecondAndSendOnlyTheLatest() throws Exception {
        UpbitWebSocketSession s = quietSession();
        s.connect(List.of("KRW-BTC"));

        for (int i = 0; i < 4; i++) {
            assertThat(s.resubscribe(List.of("KRW-BTC", "KRW-E" + i)))
                    .as("resubscribe %d", i)
                    .isTrue();
        }
        boolean fifth = s.resubscribe(List.of("KRW-FIFTH"));
        boolean sixth = s.resubscribe(List.of("KRW-BTC", "KRW-SIXTH"));

        assertThat(fifth).isFalse();
        assertThat(sixth).isFalse();
        assertThat(s.codes()).containsExactly("KRW-BTC", "KRW-SIXTH");
        await().atMost(WAIT).until(() -> venue.subscribes() == 6);
        await().during(Duration.ofMillis(500)).atMost(WAIT).until(() -> venue.subscribes() == 6);
        JsonNode last = UpbitJson.parse(venue.received.get(5));
        assertThat(last.get(1).get("codes").toString()).isEqualTo("[\"KRW-BTC\",\"KRW-SIXTH\"]");
        assertThat(venue.received).noneMatch(m -> m.contains("KRW-FIFTH"));
        long spread = venue.receivedAtNanos.get(5) - venue.receivedAtNanos.get(0);
        // the client holds it back 1.1 s; transit jitter on a loaded machine may eat a little of that
        assertThat(Duration.ofNanos(spread)).isGreaterThanOrEqualTo(Duration.ofMillis(700));
        assertThat(s.subscribesSent()).isEqualTo(6);
        assertThat(s.subscribesDeferred()).isEqualTo(2);
    }

    @Test
    void shouldReportMalformedFramesWithTheirTextAndCarryOn() throws Exception {
        byte[] notUtf8 = {'{', (byte) 0xC3, (byte) 0x28, '}'};
        venue.onSubscribe = (c, m) -> {
            FakeUpbitSocket.sendBinary(c, "not json");
            c.send(ByteBuffer.wrap(notUtf8));
            c.send("{\"type\":\"candle.1s\",\"code\":\"KRW-BTC\",\"stream_type\":\"REALTIME\"}");
            FakeUpbitSocket.sendBinary(c, UpbitFrameDecoderTest.tradeVector());
        };
        UpbitWebSocketSession s = quietSession();

        s.connect(List.of("KRW-BTC"));

        await().atMost(WAIT).until(() -> listener.data.size() == 1);
        assertThat(listener.malformed)
                .extracting(UpbitFrameDecodeException::rawFrame)
                .containsExactly(
                        "not json",
                        "base64:" + java.util.Base64.getEncoder().encodeToString(notUtf8),
                        "{\"type\":\"candle.1s\",\"code\":\"KRW-BTC\",\"stream_type\":\"REALTIME\"}");
        assertThat(listener.events)
                .containsSubsequence("raw binary raw:1", "malformed raw:1", "raw binary raw:2", "malformed raw:2")
                .containsSubsequence("raw text raw:3", "malformed raw:3", "raw binary raw:4", "data UpbitTrade raw:4");
        assertThat(s.isOpen()).isTrue();
    }

    @Test
    void shouldCarryOnWhenTheListenerThrows() throws Exception {
        venue.onSubscribe = (c, m) -> {
            FakeUpbitSocket.sendBinary(c, UpbitFrameDecoderTest.tradeVector());
            FakeUpbitSocket.sendBinary(c, UpbitFrameDecoderTest.orderbookSnapshotVector());
        };
        RecordingStreamListener failingOnTrades = new RecordingStreamListener() {
            @Override
            public void onData(UpbitMarketData d, String rawRef, java.time.Instant t, long n) {
                if (d instanceof UpbitTrade) {
                    throw new IllegalStateException("book full");
                }
                super.onData(d, rawRef, t, n);
            }
        };
        session = new UpbitWebSocketSession(
                settings(venue.url(), Duration.ofSeconds(50), Duration.ofSeconds(60)),
                failingOnTrades,
                Clock.systemUTC());

        session.connect(List.of("KRW-BTC"));

        await().atMost(WAIT).until(() -> failingOnTrades.data.size() == 1);
        assertThat(failingOnTrades.data.get(0)).isInstanceOf(UpbitOrderbook.class);
        assertThat(session.listenerFailures()).isEqualTo(1);
    }

    @Test
    void shouldThrowWhenTheVenueCannotBeReachedWithoutReportingAClose() throws Exception {
        URI gone = venue.url();
        venue.shutdown();
        UpbitWebSocketSession s = new UpbitWebSocketSession(
                settings(gone, Duration.ofSeconds(50), Duration.ofSeconds(60)), listener, Clock.systemUTC());
        session = s;

        assertThatThrownBy(() -> s.connect(List.of("KRW-BTC"))).isInstanceOf(IOException.class);
        assertThat(listener.events).isEmpty();
        assertThatThrownBy(() -> s.resubscribe(List.of("KRW-BTC"))).isInstanceOf(IOException.class);
        assertThatThrownBy(() -> s.connect(List.of("KRW-BTC"))).isInstanceOf(IllegalStateException.class);
    }
}
