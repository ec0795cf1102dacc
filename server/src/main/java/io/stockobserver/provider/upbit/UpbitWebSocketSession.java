package io.stockobserver.provider.upbit;

import jakarta.websocket.ClientEndpointConfig;
import jakarta.websocket.CloseReason;
import jakarta.websocket.Endpoint;
import jakarta.websocket.EndpointConfig;
import jakarta.websocket.MessageHandler;
import jakarta.websocket.PongMessage;
import jakarta.websocket.Session;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.glassfish.tyrus.client.ClientManager;
import org.glassfish.tyrus.client.ClientProperties;

/**
 * One connection to the Upbit public socket over Tyrus (PROVIDERS_FACTS §1.3): connect, send the one subscribe array,
 * re-send it whole on {@link #resubscribe}, accept binary and text frames, report every message raw first and then
 * decoded, and keep the connection alive.
 *
 * <p>Keep-alive: every {@code pingInterval} the session sends an RFC 6455 ping (answered by a pong) and the text
 * {@code PING} (answered by {@code {"status":"UP"}} every 10 s). When nothing at all arrived for {@code idleLimit}
 * (the venue was seen dropping idle sockets without a close frame) the session closes itself and reports it.
 *
 * <p>Message budget: subscribe requests and text {@code PING}s count against the venue's 5/s and 100/min
 * per-connection limit. A resubscribe over budget is deferred, not refused: it is sent as soon as the budget allows,
 * and a later resubscribe replaces a deferred one, since the venue keeps only the latest subscription anyway.
 *
 * <p>Design note: like {@code KisWebSocketSession} this class knows the wire protocol but no policy; which codes to
 * hold and when to reconnect are decided by the caller through {@link UpbitStreamListener}. One session is one
 * connection: reconnecting means a new session.
 */
public final class UpbitWebSocketSession implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(UpbitWebSocketSession.class.getName());
    static final String TEXT_PING = "PING";
    private static final int MAX_MESSAGE_BYTES = 1 << 20;

    private final UpbitSettings settings;
    private final UpbitStreamListener listener;
    private final Clock clock;
    private final UpbitFrameDecoder decoder = new UpbitFrameDecoder();
    private final Object sendLock = new Object();
    private final UpbitMessageBudget budget = new UpbitMessageBudget(System::nanoTime);
    private final AtomicBoolean connectCalled = new AtomicBoolean();
    private final AtomicBoolean opened = new AtomicBoolean();
    private final AtomicBoolean closeReported = new AtomicBoolean();
    private final ScheduledExecutorService timer;
    private volatile Session session;
    private volatile long lastInboundNanos = System.nanoTime();
    private volatile String lastVenueError;
    private volatile UpbitSubscribeRequest current;
    private UpbitSubscribeRequest deferred; // guarded by sendLock
    private ClientManager client;

    private final AtomicLong messages = new AtomicLong();
    private final AtomicLong binaryMessages = new AtomicLong();
    private final AtomicLong subscribesSent = new AtomicLong();
    private final AtomicLong subscribesDeferred = new AtomicLong();
    private final AtomicLong textPingsSent = new AtomicLong();
    private final AtomicLong textPingsSkipped = new AtomicLong();
    private final AtomicLong pingsSent = new AtomicLong();
    private final AtomicLong pongsReceived = new AtomicLong();
    private final AtomicLong listenerFailures = new AtomicLong();

    public UpbitWebSocketSession(UpbitSettings settings, UpbitStreamListener listener, Clock clock) {
        this.settings = settings;
        this.listener = listener;
        this.clock = clock;
        this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "upbit-ws-keepalive");
            t.setDaemon(true);
            return t;
        });
    }

    /**
     * Opens the socket, sends the subscribe request for {@code codes} (ticker, trade and orderbook, DEFAULT keys; none
     * when empty: the venue refuses an empty list with NO_CODES, so the first {@link #resubscribe} sends it) and
     * starts the keep-alive. Throws when the venue cannot be reached; that failure is not also reported as a close.
     */
    public void connect(Collection<String> codes) throws IOException {
        UpbitSubscribeRequest request = codes.isEmpty() ? null : UpbitSubscribeRequest.of(codes);
        if (!connectCalled.compareAndSet(false, true)) {
            throw new IllegalStateException("a session connects once; reconnecting means a new session");
        }
        client = ClientManager.createClient();
        client.getProperties()
                .put(ClientProperties.HANDSHAKE_TIMEOUT, settings.httpTimeout().toMillis());
        try {
            client.connectToServer(
                    new Handler(), ClientEndpointConfig.Builder.create().build(), settings.wsUrl());
        } catch (jakarta.websocket.DeploymentException e) {
            shutdown();
            throw new IOException("cannot open Upbit WebSocket " + settings.wsUrl() + ": " + e.getMessage(), e);
        } catch (IOException e) {
            shutdown();
            throw e;
        }
        long every = settings.pingInterval().toNanos();
        try {
            timer.scheduleWithFixedDelay(this::keepAlive, every, every, TimeUnit.NANOSECONDS);
        } catch (RejectedExecutionException e) {
            throw new IOException("Upbit WebSocket closed while connecting", e); // the close was reported
        }
        if (request != null) {
            resubscribe(request);
        }
    }

    /**
     * Replaces the subscription with {@code codes} (the whole list, as the venue keeps only the latest request).
     * Returns true when the request was sent now, false when the message budget deferred it.
     */
    public boolean resubscribe(Collection<String> codes) throws IOException {
        return resubscribe(UpbitSubscribeRequest.of(codes));
    }

    private boolean resubscribe(UpbitSubscribeRequest request) throws IOException {
        if (!isOpen()) {
            throw new IOException("Upbit WebSocket is not open");
        }
        synchronized (sendLock) {
            current = request;
            Duration wait = budget.tryAcquire();
            if (!wait.isZero()) {
                boolean alreadyScheduled = deferred != null;
                deferred = request;
                subscribesDeferred.incrementAndGet();
                if (!alreadyScheduled) {
                    try {
                        timer.schedule(this::sendDeferred, wait.toNanos(), TimeUnit.NANOSECONDS);
                    } catch (RejectedExecutionException e) { // the session closed since the check above
                        throw new IOException("Upbit WebSocket is not open", e);
                    }
                }
                return false;
            }
            deferred = null;
            sendText(request.toJson());
            subscribesSent.incrementAndGet();
            return true;
        }
    }

    private void sendDeferred() {
        synchronized (sendLock) {
            if (deferred == null || !isOpen()) {
                deferred = null;
                return;
            }
            Duration wait = budget.tryAcquire();
            if (!wait.isZero()) {
                timer.schedule(this::sendDeferred, wait.toNanos(), TimeUnit.NANOSECONDS);
                return;
            }
            try {
                sendText(deferred.toJson());
                subscribesSent.incrementAndGet();
            } catch (IOException e) {
                LOG.log(Level.WARNING, "could not send the deferred Upbit subscribe request", e);
            }
            deferred = null;
        }
    }

    /** The codes of the latest subscription (sent or deferred). */
    public List<String> codes() {
        UpbitSubscribeRequest r = current;
        return r == null ? List.of() : r.codes();
    }

    public boolean isOpen() {
        Session s = session;
        return s != null && s.isOpen();
    }

    public long messagesReceived() {
        return messages.get();
    }

    /** Messages that arrived as binary frames (the venue sends every data frame as binary). */
    public long binaryMessagesReceived() {
        return binaryMessages.get();
    }

    public long subscribesSent() {
        return subscribesSent.get();
    }

    /** Resubscribes the message budget held back (each sent later, or replaced by a newer one). */
    public long subscribesDeferred() {
        return subscribesDeferred.get();
    }

    /** Text {@code PING}s sent. */
    public long textPingsSent() {
        return textPingsSent.get();
    }

    /** Keep-alive intervals whose text {@code PING} the message budget held back (the RFC ping still went). */
    public long textPingsSkipped() {
        return textPingsSkipped.get();
    }

    /** RFC 6455 pings sent. */
    public long pingsSent() {
        return pingsSent.get();
    }

    public long pongsReceived() {
        return pongsReceived.get();
    }

    /** Listener calls that threw; the session carries on with the next message. */
    public long listenerFailures() {
        return listenerFailures.get();
    }

    @Override
    public void close() {
        Session s = session;
        if (s != null && s.isOpen()) {
            try {
                s.close(new CloseReason(CloseReason.CloseCodes.NORMAL_CLOSURE, "observer closing"));
            } catch (IOException e) {
                LOG.log(Level.FINE, "closing Upbit WebSocket", e);
            }
        }
        shutdown();
    }

    private void shutdown() {
        timer.shutdownNow();
        if (client != null) {
            client.shutdown();
        }
    }

    private void sendText(String text) throws IOException {
        Session s = session;
        if (s == null || !s.isOpen()) {
            throw new IOException("Upbit WebSocket is not open");
        }
        synchronized (sendLock) { // Tyrus forbids concurrent sends on one basic remote
            s.getBasicRemote().sendText(text);
        }
    }

    private void keepAlive() {
        long silentNanos = System.nanoTime() - lastInboundNanos;
        if (silentNanos > settings.idleLimit().toNanos()) {
            reportClosed("idle: nothing received for "
                    + Duration.ofNanos(silentNanos).toMillis() + " ms (limit " + settings.idleLimit() + ")");
            close();
            return;
        }
        Session s = session;
        if (s == null || !s.isOpen()) {
            return;
        }
        synchronized (sendLock) {
            try {
                s.getBasicRemote().sendPing(ByteBuffer.wrap(TEXT_PING.getBytes(StandardCharsets.US_ASCII)));
                pingsSent.incrementAndGet();
                if (budget.tryAcquire().isZero()) {
                    s.getBasicRemote().sendText(TEXT_PING);
                    textPingsSent.incrementAndGet();
                } else {
                    textPingsSkipped.incrementAndGet();
                }
            } catch (IOException | RuntimeException e) {
                LOG.log(Level.WARNING, "could not send the Upbit keep-alive", e);
            }
        }
    }

    private void onText(String text) {
        received(text, false);
    }

    private void onBinary(ByteBuffer bytes) {
        binaryMessages.incrementAndGet();
        try {
            received(UpbitFrameDecoder.utf8(bytes), true);
        } catch (UpbitFrameDecodeException e) {
            Instant receiveTime = clock.instant();
            long receivedAt = System.nanoTime();
            String rawRef = raw(e.rawFrame(), true, receiveTime, receivedAt);
            guarded("onMalformed", () -> listener.onMalformed(e, rawRef));
        }
    }

    private void received(String text, boolean binary) {
        Instant receiveTime = clock.instant();
        long receivedAt = System.nanoTime();
        String rawRef = raw(text, binary, receiveTime, receivedAt);
        UpbitMessage message;
        try {
            message = decoder.decode(text);
        } catch (UpbitFrameDecodeException e) {
            guarded("onMalformed", () -> listener.onMalformed(e, rawRef));
            return;
        }
        if (message instanceof UpbitMarketData data) {
            guarded("onData", () -> listener.onData(data, rawRef, receiveTime, receivedAt));
        } else if (message instanceof UpbitStatus status) {
            guarded("onStatus", () -> listener.onStatus(status, rawRef));
        } else if (message instanceof UpbitError error) {
            lastVenueError = error.name();
            guarded("onError", () -> listener.onError(error, rawRef));
        }
    }

    private String raw(String text, boolean binary, Instant receiveTime, long receivedAt) {
        lastInboundNanos = receivedAt;
        messages.incrementAndGet();
        try {
            return listener.onRaw(text, binary, receiveTime, receivedAt);
        } catch (RuntimeException e) {
            listenerFailures.incrementAndGet();
            LOG.log(Level.WARNING, "Upbit listener onRaw failed; the message goes on without a raw reference", e);
            return null;
        }
    }

    private void guarded(String callback, Runnable call) {
        try {
            call.run();
        } catch (RuntimeException e) {
            listenerFailures.incrementAndGet();
            LOG.log(Level.WARNING, "Upbit listener " + callback + " failed", e);
        }
    }

    private final class Handler extends Endpoint {
        @Override
        public void onOpen(Session s, EndpointConfig config) {
            s.setMaxTextMessageBufferSize(MAX_MESSAGE_BYTES);
            s.setMaxBinaryMessageBufferSize(MAX_MESSAGE_BYTES);
            s.addMessageHandler(String.class, (MessageHandler.Whole<String>) UpbitWebSocketSession.this::onText);
            s.addMessageHandler(
                    ByteBuffer.class, (MessageHandler.Whole<ByteBuffer>) UpbitWebSocketSession.this::onBinary);
            s.addMessageHandler(PongMessage.class, (MessageHandler.Whole<PongMessage>) p -> {
                lastInboundNanos = System.nanoTime();
                pongsReceived.incrementAndGet();
            });
            session = s;
            lastInboundNanos = System.nanoTime();
            opened.set(true);
            guarded("onOpen", listener::onOpen);
        }

        @Override
        public void onClose(Session s, CloseReason reason) {
            reportClosed("closed: " + reason.getCloseCode().getCode() + " " + reason.getReasonPhrase());
            timer.shutdownNow();
        }

        @Override
        public void onError(Session s, Throwable error) {
            LOG.log(Level.WARNING, "Upbit WebSocket error", error);
            if (s == null || !s.isOpen()) {
                reportClosed("error: " + error);
                timer.shutdownNow();
            }
        }
    }

    /**
     * Tells the listener once per session: an abrupt loss reaches Tyrus as an error and then as a close, and two
     * reports would start two reconnection chains.
     */
    private void reportClosed(String reason) {
        if (!opened.get() || !closeReported.compareAndSet(false, true)) {
            return;
        }
        String venueError = lastVenueError;
        String full = venueError == null ? reason : reason + " after venue error " + venueError;
        guarded("onClosed", () -> listener.onClosed(full));
    }
}
