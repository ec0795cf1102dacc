package io.stockobserver.sandbox.upbit;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.awaitility.Awaitility;

/**
 * An Upbit WebSocket client for tests, on the JDK WebSocket: reassembles messages sent in parts, keeps each with
 * its frame kind (binary or text) and arrival time, and records how the connection ended — a close frame with its
 * code, or an abrupt end (an error, or the JDK's 1006) without one.
 */
public final class UpbitWsClient implements AutoCloseable {

    /**
     * A message and how it came.
     *
     * @param text the UTF-8 text
     * @param binary whether it came in binary frames
     * @param nanos {@link System#nanoTime()} on arrival
     */
    public record Received(String text, boolean binary, long nanos) {

        public JsonNode json() {
            return UpbitRestClient.parse(text);
        }
    }

    /**
     * How the connection ended.
     *
     * @param closeCode the close frame's code, or -1 when the connection ended without one
     * @param nanos when
     */
    public record Ending(int closeCode, long nanos) {

        /** The code the JDK reports for a connection that ended without a close frame. */
        public static final int NO_CLOSE_FRAME = 1006;

        public boolean abrupt() {
            return closeCode == -1 || closeCode == NO_CLOSE_FRAME;
        }
    }

    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final List<Long> pongs = new CopyOnWriteArrayList<>();
    private final CompletableFuture<Ending> ending = new CompletableFuture<>();
    private final WebSocket socket;

    private UpbitWsClient(URI uri) {
        this.socket = HttpClient.newHttpClient()
                .newWebSocketBuilder()
                .connectTimeout(Duration.ofSeconds(5))
                .buildAsync(uri, new Collector())
                .orTimeout(10, TimeUnit.SECONDS)
                .join();
    }

    public static UpbitWsClient connect(URI uri) {
        return new UpbitWsClient(uri);
    }

    public void send(String text) {
        socket.sendText(text, true).orTimeout(5, TimeUnit.SECONDS).join();
    }

    /** Sends an RFC 6455 ping frame. */
    public void ping(String payload) {
        socket.sendPing(ByteBuffer.wrap(payload.getBytes(StandardCharsets.UTF_8)))
                .orTimeout(5, TimeUnit.SECONDS)
                .join();
    }

    public List<Received> received() {
        return new ArrayList<>(received);
    }

    /** Returns the messages parsed as JSON, in arrival order. */
    public List<JsonNode> messages() {
        return received.stream().map(Received::json).toList();
    }

    /** Returns the data frames (those with a stream type, DEFAULT or SIMPLE keys, objects or lists). */
    public List<JsonNode> dataFrames() {
        return messages().stream()
                .map(node -> node.isArray() ? node.get(0) : node)
                .filter(node -> node.has("stream_type") || node.has("st"))
                .toList();
    }

    /** Waits until at least {@code count} messages match, and returns all that match. */
    public List<JsonNode> await(Predicate<JsonNode> matching, int count) {
        Awaitility.await()
                .atMost(Duration.ofSeconds(10))
                .until(() -> messages().stream().filter(matching).count() >= count);
        return messages().stream().filter(matching).toList();
    }

    public List<Long> pongs() {
        return new ArrayList<>(pongs);
    }

    /** Waits for the end of the connection. */
    public Ending awaitEnding() {
        return ending.orTimeout(10, TimeUnit.SECONDS).join();
    }

    public boolean ended() {
        return ending.isDone();
    }

    @Override
    public void close() {
        if (!socket.isOutputClosed()) {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "bye")
                    .orTimeout(5, TimeUnit.SECONDS)
                    .exceptionally(e -> null);
        }
        socket.abort();
    }

    private final class Collector implements WebSocket.Listener {
        private final StringBuilder text = new StringBuilder();
        private final ByteArrayOutputStream binary = new ByteArrayOutputStream();

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            text.append(data);
            if (last) {
                received.add(new Received(text.toString(), false, System.nanoTime()));
                text.setLength(0);
            }
            webSocket.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onBinary(WebSocket webSocket, ByteBuffer data, boolean last) {
            byte[] bytes = new byte[data.remaining()];
            data.get(bytes);
            binary.writeBytes(bytes);
            if (last) {
                received.add(new Received(binary.toString(StandardCharsets.UTF_8), true, System.nanoTime()));
                binary.reset();
            }
            webSocket.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onPong(WebSocket webSocket, ByteBuffer message) {
            pongs.add(System.nanoTime());
            webSocket.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
            ending.complete(new Ending(statusCode, System.nanoTime()));
            return null;
        }

        @Override
        public void onError(WebSocket webSocket, Throwable error) {
            ending.complete(new Ending(-1, System.nanoTime()));
        }
    }
}
