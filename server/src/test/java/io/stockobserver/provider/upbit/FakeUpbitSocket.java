package io.stockobserver.provider.upbit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiConsumer;
import org.java_websocket.WebSocket;
import org.java_websocket.WebSocketImpl;
import org.java_websocket.framing.Framedata;
import org.java_websocket.handshake.ClientHandshake;
import org.java_websocket.server.WebSocketServer;

/**
 * A loopback WebSocket server that behaves like Upbit's public socket as far as a test needs: it hands each subscribe
 * array to the test's script, answers a text {@code PING} with {@code {"status":"UP"}} and an RFC 6455 ping with a
 * pong (each switchable off), and records what it received and when.
 */
final class FakeUpbitSocket extends WebSocketServer {
    final List<String> received = new CopyOnWriteArrayList<>();
    final List<Long> receivedAtNanos = new CopyOnWriteArrayList<>();
    final AtomicInteger pingsReceived = new AtomicInteger();
    final AtomicInteger opened = new AtomicInteger();
    final AtomicInteger closed = new AtomicInteger();
    volatile boolean answerPings = true;
    volatile boolean answerTextPing = true;
    volatile BiConsumer<WebSocket, String> onSubscribe = (c, m) -> {};
    private final CountDownLatch started = new CountDownLatch(1);

    FakeUpbitSocket() {
        super(new InetSocketAddress("127.0.0.1", 0));
        setReuseAddr(true);
        setConnectionLostTimeout(0); // the test, not the server, decides when a silent client is gone
        setDaemon(true);
    }

    static FakeUpbitSocket startNew() throws IOException, InterruptedException {
        FakeUpbitSocket s = new FakeUpbitSocket();
        s.start();
        if (!s.started.await(10, TimeUnit.SECONDS)) {
            throw new IOException("test WebSocket server did not start");
        }
        return s;
    }

    URI url() {
        return URI.create("ws://127.0.0.1:" + getPort() + "/websocket/v1");
    }

    /** Sends {@code text} as a binary frame, as the venue sends every data frame. */
    static void sendBinary(WebSocket c, String text) {
        c.send(ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * Resets the TCP connection (SO_LINGER 0): no close frame and no FIN, so the client only learns of it when it
     * next writes — the half-dead socket the keep-alive must uncover.
     */
    static void reset(WebSocket c) {
        try {
            SocketChannel channel = (SocketChannel) ((WebSocketImpl) c).getChannel();
            channel.socket().setSoLinger(true, 0);
            channel.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    long subscribes() {
        return received.stream().filter(m -> m.startsWith("[")).count();
    }

    long textPings() {
        return received.stream().filter(UpbitWebSocketSession.TEXT_PING::equals).count();
    }

    @Override
    public void onStart() {
        started.countDown();
    }

    @Override
    public void onOpen(WebSocket conn, ClientHandshake handshake) {
        opened.incrementAndGet();
    }

    @Override
    public void onClose(WebSocket conn, int code, String reason, boolean remote) {
        closed.incrementAndGet();
    }

    @Override
    public void onMessage(WebSocket conn, String message) {
        received.add(message);
        receivedAtNanos.add(System.nanoTime());
        if (message.equals(UpbitWebSocketSession.TEXT_PING)) {
            if (answerTextPing) {
                conn.send("{\"status\":\"UP\"}");
            }
        } else if (message.startsWith("[")) {
            onSubscribe.accept(conn, message);
        }
    }

    @Override
    public void onMessage(WebSocket conn, ByteBuffer message) {
        onMessage(conn, StandardCharsets.UTF_8.decode(message).toString());
    }

    @Override
    public void onWebsocketPing(WebSocket conn, Framedata f) {
        pingsReceived.incrementAndGet();
        if (answerPings) {
            super.onWebsocketPing(conn, f);
        }
    }

    @Override
    public void onError(WebSocket conn, Exception ex) {
        // a client dropping its side shows up here; the tests judge by what the session reports
    }

    void shutdown() throws InterruptedException {
        stop(1_000);
    }
}
