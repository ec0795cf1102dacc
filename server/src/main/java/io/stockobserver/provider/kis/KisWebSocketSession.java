package io.stockobserver.provider.kis;

import jakarta.websocket.ClientEndpointConfig;
import jakarta.websocket.CloseReason;
import jakarta.websocket.Endpoint;
import jakarta.websocket.EndpointConfig;
import jakarta.websocket.MessageHandler;
import jakarta.websocket.Session;
import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.glassfish.tyrus.client.ClientManager;

/**
 * One KIS real-time session over Tyrus: connect with an approval key, send subscribe/unsubscribe requests in the KIS
 * JSON shape (KIS_API_FACTS §5.2), answer PINGPONG by echoing it as text, and pass every message to the listener raw
 * first, then parsed.
 *
 * <p>Design note: this class knows the wire protocol but no policy. Which symbols to hold, when to reconnect and what
 * a refusal means are decided by the caller through {@link KisStreamListener}.
 */
public final class KisWebSocketSession implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(KisWebSocketSession.class.getName());

    private final URI url;
    private final String approvalKey;
    private final KisStreamListener listener;
    private final KisFrameParser parser = new KisFrameParser();
    private final Clock clock;
    private final AtomicLong messages = new AtomicLong();
    private final AtomicLong pingPongs = new AtomicLong();
    private final AtomicBoolean closeReported = new AtomicBoolean();
    private volatile Session session;
    private ClientManager client;

    public KisWebSocketSession(URI url, String approvalKey, KisStreamListener listener, Clock clock) {
        this.url = url;
        this.approvalKey = approvalKey;
        this.listener = listener;
        this.clock = clock;
    }

    /** Opens the socket; throws when the venue cannot be reached. */
    public void connect() throws IOException {
        client = ClientManager.createClient();
        try {
            client.connectToServer(
                    new Handler(), ClientEndpointConfig.Builder.create().build(), url);
        } catch (jakarta.websocket.DeploymentException e) {
            shutdownClient();
            throw new IOException("cannot open KIS WebSocket " + url + ": " + e.getMessage(), e);
        } catch (IOException e) {
            shutdownClient();
            throw e;
        }
    }

    public boolean isOpen() {
        Session s = session;
        return s != null && s.isOpen();
    }

    /** Sends a registration request ({@code tr_type} "1"); the reply arrives through the listener. */
    public void subscribe(String trId, String trKey) throws IOException {
        send(request("1", trId, trKey));
    }

    /** Sends a release request ({@code tr_type} "2"). */
    public void unsubscribe(String trId, String trKey) throws IOException {
        send(request("2", trId, trKey));
    }

    public long messagesReceived() {
        return messages.get();
    }

    public long pingPongsAnswered() {
        return pingPongs.get();
    }

    @Override
    public void close() {
        Session s = session;
        if (s != null && s.isOpen()) {
            try {
                s.close(new CloseReason(CloseReason.CloseCodes.NORMAL_CLOSURE, "observer closing"));
            } catch (IOException e) {
                LOG.log(Level.FINE, "closing KIS WebSocket", e);
            }
        }
        shutdownClient();
    }

    private void shutdownClient() {
        if (client != null) {
            client.shutdown();
        }
    }

    private String request(String trType, String trId, String trKey) {
        var json = KisJson.MAPPER.createObjectNode();
        json.putObject("header")
                .put("approval_key", approvalKey)
                .put("custtype", "P")
                .put("tr_type", trType)
                .put("content-type", "utf-8");
        json.putObject("body").putObject("input").put("tr_id", trId).put("tr_key", trKey);
        return json.toString();
    }

    private void send(String text) throws IOException {
        Session s = session;
        if (s == null || !s.isOpen()) {
            throw new IOException("KIS WebSocket is not open");
        }
        synchronized (s) { // Tyrus forbids concurrent sends on one basic remote
            s.getBasicRemote().sendText(text);
        }
    }

    private void onMessage(String message) {
        Instant receiveTime = clock.instant();
        long receivedAt = System.nanoTime();
        messages.incrementAndGet();
        String rawRef = listener.onRaw(message, receiveTime, receivedAt);
        KisFrame frame;
        try {
            frame = parser.parse(message);
        } catch (KisFrameParseException e) {
            listener.onMalformed(e, rawRef);
            return;
        }
        if (frame instanceof KisDataFrame data) {
            listener.onData(data, rawRef, receiveTime, receivedAt);
        } else if (frame instanceof KisControlMessage control) {
            if (control.isPingPong()) {
                answerPingPong(message);
            } else {
                listener.onControl(control);
            }
        }
    }

    private void answerPingPong(String message) {
        try {
            send(message); // echo as text, as the official multiprocessing sample and python-kis do
            pingPongs.incrementAndGet();
        } catch (IOException e) {
            LOG.log(Level.WARNING, "could not answer KIS PINGPONG", e);
        }
    }

    private final class Handler extends Endpoint {
        @Override
        public void onOpen(Session s, EndpointConfig config) {
            s.setMaxTextMessageBufferSize(1 << 20);
            s.addMessageHandler(String.class, (MessageHandler.Whole<String>) KisWebSocketSession.this::onMessage);
            session = s;
            listener.onOpen();
        }

        @Override
        public void onClose(Session s, CloseReason reason) {
            reportClosed("closed: " + reason.getCloseCode() + " " + reason.getReasonPhrase());
        }

        @Override
        public void onError(Session s, Throwable error) {
            LOG.log(Level.WARNING, "KIS WebSocket error", error);
            if (!s.isOpen()) {
                reportClosed("error: " + error);
            }
        }
    }

    /**
     * Tells the listener once per session: an abrupt loss reaches Tyrus as an error and then as a close, and two
     * reports would start two reconnection chains.
     */
    private void reportClosed(String reason) {
        if (closeReported.compareAndSet(false, true)) {
            listener.onClosed(reason);
        }
    }
}
