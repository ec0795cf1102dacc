package io.stockobserver.sandbox.ws;

import io.stockobserver.sandbox.fault.WsFaultPlan;
import io.stockobserver.sandbox.stats.SandboxCounters;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.java_websocket.WebSocket;
import org.java_websocket.drafts.Draft;
import org.java_websocket.exceptions.InvalidDataException;
import org.java_websocket.framing.CloseFrame;
import org.java_websocket.framing.Framedata;
import org.java_websocket.handshake.ClientHandshake;
import org.java_websocket.handshake.ServerHandshakeBuilder;
import org.java_websocket.server.WebSocketServer;

/**
 * The Java-WebSocket server: accepts any path, keeps one {@link WsSession} per connection, hands text to the
 * {@link RegistrationDesk}, and counts PINGPONG replies whatever their form (text echo, pong frame or ping frame
 * carrying the PINGPONG JSON). While the {@link WsFaultPlan} refuses connections, handshakes are rejected
 * (Java-WebSocket answers such a rejection with HTTP 404 and closes the socket).
 */
final class WsEndpoint extends WebSocketServer {

    private static final System.Logger LOG = System.getLogger(WsEndpoint.class.getName());
    private static final int DECODER_THREADS = 2;
    private static final String PINGPONG = "PINGPONG";

    private final RegistrationDesk desk;
    private final WsFaultPlan faults;
    private final SandboxCounters counters;
    private final int outboxCapacity;
    private final Consumer<WsSession> onSessionOpen;
    private final Set<WsSession> sessions = ConcurrentHashMap.newKeySet();
    private final CountDownLatch started = new CountDownLatch(1);
    private volatile Exception startFailure;

    WsEndpoint(
            InetSocketAddress address,
            RegistrationDesk desk,
            int outboxCapacity,
            WsFaultPlan faults,
            SandboxCounters counters,
            Consumer<WsSession> onSessionOpen) {
        super(address, DECODER_THREADS);
        this.desk = desk;
        this.faults = faults;
        this.outboxCapacity = outboxCapacity;
        this.counters = counters;
        this.onSessionOpen = onSessionOpen;
        setReuseAddr(true);
        setTcpNoDelay(true);
        setDaemon(true);
    }

    /** Starts the server thread and waits until the port is bound. */
    void startAndAwait() throws IOException {
        start();
        try {
            if (!started.await(10, TimeUnit.SECONDS)) {
                throw new IOException("WebSocket server did not start within 10 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while starting the WebSocket server", e);
        }
        if (startFailure != null) {
            throw new IOException("cannot start the WebSocket server on " + getAddress(), startFailure);
        }
    }

    Collection<WsSession> sessions() {
        return sessions;
    }

    @Override
    public void onStart() {
        started.countDown();
    }

    @Override
    public ServerHandshakeBuilder onWebsocketHandshakeReceivedAsServer(
            WebSocket connection, Draft draft, ClientHandshake request) throws InvalidDataException {
        if (faults.refusesConnections()) {
            counters.injectedConnectionRefusal();
            throw new InvalidDataException(CloseFrame.REFUSE, "connection refused by sandbox fault injection");
        }
        return super.onWebsocketHandshakeReceivedAsServer(connection, draft, request);
    }

    @Override
    public void onOpen(WebSocket connection, ClientHandshake handshake) {
        WsSession session = new WsSession(connection, outboxCapacity, counters, new SessionFaults(faults, counters));
        connection.setAttachment(session);
        sessions.add(session);
        counters.sessionOpened();
        onSessionOpen.accept(session);
    }

    @Override
    public void onClose(WebSocket connection, int code, String reason, boolean remote) {
        WsSession session = connection.getAttachment();
        if (session != null && sessions.remove(session)) {
            desk.release(session);
            counters.sessionClosed();
        }
    }

    @Override
    public void onMessage(WebSocket connection, String message) {
        WsSession session = connection.getAttachment();
        if (session != null) {
            desk.handle(session, message);
        }
    }

    @Override
    public void onMessage(WebSocket connection, ByteBuffer message) {
        onMessage(connection, StandardCharsets.UTF_8.decode(message).toString());
    }

    @Override
    public void onWebsocketPing(WebSocket connection, Framedata frame) {
        super.onWebsocketPing(connection, frame);
        countIfPingPong(frame);
    }

    @Override
    public void onWebsocketPong(WebSocket connection, Framedata frame) {
        countIfPingPong(frame);
    }

    @Override
    public void onError(WebSocket connection, Exception error) {
        if (connection == null) {
            startFailure = error;
            started.countDown();
            LOG.log(Level.ERROR, "sandbox WebSocket server failed", error);
        } else {
            LOG.log(Level.DEBUG, "sandbox WebSocket connection error", error);
        }
    }

    private void countIfPingPong(Framedata frame) {
        String payload = StandardCharsets.UTF_8.decode(frame.getPayloadData()).toString();
        if (payload.contains(PINGPONG)) {
            counters.pingReplyReceived();
        }
    }
}
