package io.stockobserver.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.ByteBuffer;
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
 * A KIS WebSocket client for tests, on the JDK WebSocket; collects every text message it receives, with the
 * {@link System#nanoTime()} it arrived at.
 */
public final class KisWsClient implements AutoCloseable {

    /**
     * A message and when it arrived.
     *
     * @param text the message
     * @param nanos {@link System#nanoTime()} on arrival
     */
    public record Received(String text, long nanos) {

        public boolean isData() {
            return !text.startsWith("{");
        }

        public boolean isPingPong() {
            return text.contains("\"PINGPONG\"");
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final List<String> messages = new CopyOnWriteArrayList<>();
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final CompletableFuture<Integer> closed = new CompletableFuture<>();
    private final WebSocket socket;
    private final long readLimit;

    private KisWsClient(URI uri, long readLimit) {
        this.readLimit = readLimit;
        this.socket = HttpClient.newHttpClient()
                .newWebSocketBuilder()
                .connectTimeout(Duration.ofSeconds(5))
                .buildAsync(uri, new Collector())
                .orTimeout(10, TimeUnit.SECONDS)
                .join();
    }

    public static KisWsClient connect(URI uri) {
        return new KisWsClient(uri, Long.MAX_VALUE);
    }

    /** Connects a client that stops reading after {@code readLimit} messages, like a stalled consumer. */
    public static KisWsClient connectStalling(URI uri, long readLimit) {
        return new KisWsClient(uri, readLimit);
    }

    public static String request(String approvalKey, String trType, String trId, String trKey) {
        return "{\"header\":{\"approval_key\":\"" + approvalKey + "\",\"custtype\":\"P\",\"tr_type\":\"" + trType
                + "\",\"content-type\":\"utf-8\"},\"body\":{\"input\":{\"tr_id\":\"" + trId + "\",\"tr_key\":\""
                + trKey + "\"}}}";
    }

    public void send(String text) {
        socket.sendText(text, true).orTimeout(5, TimeUnit.SECONDS).join();
    }

    public void subscribe(String approvalKey, String trId, String trKey) {
        send(request(approvalKey, "1", trId, trKey));
    }

    public void unsubscribe(String approvalKey, String trId, String trKey) {
        send(request(approvalKey, "2", trId, trKey));
    }

    public void sendPong(String payload) {
        socket.sendPong(ByteBuffer.wrap(payload.getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                .orTimeout(5, TimeUnit.SECONDS)
                .join();
    }

    /** Returns every message received so far. */
    public List<String> messages() {
        return new ArrayList<>(messages);
    }

    /** Returns every message received so far with its arrival time. */
    public List<Received> received() {
        return new ArrayList<>(received);
    }

    /** Returns the JSON control messages received so far. */
    public List<JsonNode> controls() {
        List<JsonNode> controls = new ArrayList<>();
        for (String message : messages) {
            if (message.startsWith("{")) {
                controls.add(parse(message));
            }
        }
        return controls;
    }

    /** Returns the data frames received so far. */
    public List<String> frames() {
        return messages.stream().filter(message -> !message.startsWith("{")).toList();
    }

    /** Waits until a control message whose body.msg_cd is {@code msgCd} has arrived {@code count} times. */
    public List<JsonNode> awaitControls(String msgCd, int count) {
        Predicate<JsonNode> matches =
                node -> msgCd.equals(node.path("body").path("msg_cd").asText());
        Awaitility.await()
                .atMost(Duration.ofSeconds(10))
                .until(() -> controls().stream().filter(matches).count() >= count);
        return controls().stream().filter(matches).toList();
    }

    /** Waits for the first control message with that msg_cd. */
    public JsonNode awaitControl(String msgCd) {
        return awaitControls(msgCd, 1).get(0);
    }

    /** Waits until the server has closed the connection; returns the close code. */
    public int awaitClose() {
        return closed.orTimeout(10, TimeUnit.SECONDS).join();
    }

    public boolean isClosedByServer() {
        return closed.isDone();
    }

    public static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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

    /** Reassembles text messages that arrive in parts. */
    private final class Collector implements WebSocket.Listener {
        private final StringBuilder partial = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                received.add(new Received(partial.toString(), System.nanoTime()));
                messages.add(partial.toString());
                partial.setLength(0);
            }
            if (messages.size() < readLimit) {
                webSocket.request(1);
            }
            return null;
        }

        @Override
        public CompletionStage<?> onPong(WebSocket webSocket, ByteBuffer message) {
            webSocket.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
            closed.complete(statusCode);
            return null;
        }

        @Override
        public void onError(WebSocket webSocket, Throwable error) {
            closed.complete(-1);
        }
    }
}
