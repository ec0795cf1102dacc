package io.stockobserver.sandbox.upbit.ws;

import io.stockobserver.sandbox.fault.WsFaultPlan;
import io.stockobserver.sandbox.upbit.stats.UpbitCounters;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.ByteChannel;
import java.nio.channels.SelectionKey;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.java_websocket.WebSocket;
import org.java_websocket.WebSocketAdapter;
import org.java_websocket.WebSocketImpl;
import org.java_websocket.WebSocketServerFactory;
import org.java_websocket.drafts.Draft;
import org.java_websocket.exceptions.InvalidDataException;
import org.java_websocket.framing.CloseFrame;
import org.java_websocket.framing.Framedata;
import org.java_websocket.handshake.ClientHandshake;
import org.java_websocket.handshake.ServerHandshakeBuilder;
import org.java_websocket.server.WebSocketServer;

/**
 * The Java-WebSocket server: upgrades only {@code /websocket/v1} (any other path is rejected at the handshake with
 * Java-WebSocket's 404), after the {@link ConnectionGate}; keeps one {@link UpbitSession} per connection and hands
 * messages to the {@link RequestDesk}. Java-WebSocket's own lost-connection pings are off: Upbit sends none, and
 * they would count as traffic for the idle close.
 */
final class UpbitWsEndpoint extends WebSocketServer {

    /** The only path served (Upbit's public endpoint; {@code /websocket/v1/private} is not simulated). */
    static final String PATH = "/websocket/v1";

    private static final System.Logger LOG = System.getLogger(UpbitWsEndpoint.class.getName());
    private static final int DECODER_THREADS = 2;

    private final RequestDesk desk;
    private final ConnectionGate gate;
    private final WsFaultPlan faults;
    private final UpbitWsSettings settings;
    private final UpbitCounters counters;
    private final Consumer<UpbitSession> onSessionOpen;
    private final Set<UpbitSession> sessions = ConcurrentHashMap.newKeySet();
    private final CountDownLatch started = new CountDownLatch(1);
    private volatile Exception startFailure;

    UpbitWsEndpoint(
            InetSocketAddress address,
            RequestDesk desk,
            ConnectionGate gate,
            WsFaultPlan faults,
            UpbitWsSettings settings,
            ScheduledExecutorService scheduler,
            UpbitCounters counters,
            Consumer<UpbitSession> onSessionOpen) {
        super(address, DECODER_THREADS);
        this.desk = desk;
        this.gate = gate;
        this.faults = faults;
        this.settings = settings;
        this.counters = counters;
        this.onSessionOpen = onSessionOpen;
        setReuseAddr(true);
        setTcpNoDelay(true);
        setDaemon(true);
        setConnectionLostTimeout(0);
        setWebSocketFactory(new GatedFactory(gate, scheduler));
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

    Collection<UpbitSession> sessions() {
        return sessions;
    }

    @Override
    public void onStart() {
        started.countDown();
    }

    @Override
    public ServerHandshakeBuilder onWebsocketHandshakeReceivedAsServer(
            WebSocket connection, Draft draft, ClientHandshake request) throws InvalidDataException {
        String path = request.getResourceDescriptor();
        int query = path.indexOf('?');
        if (!PATH.equals(query < 0 ? path : path.substring(0, query))) {
            counters.handshakeRejected();
            throw new InvalidDataException(CloseFrame.REFUSE, "no WebSocket at " + path);
        }
        ServerHandshakeBuilder response = super.onWebsocketHandshakeReceivedAsServer(connection, draft, request);
        int remaining = connection instanceof GatedConnection gated ? gated.remaining() : 0;
        response.put("Remaining-Req", gate.remainingReq(remaining));
        response.put("Limit-By-Ip", "Yes");
        return response;
    }

    @Override
    public void onOpen(WebSocket connection, ClientHandshake handshake) {
        UpbitSession session = new UpbitSession(connection, settings, new StallView(faults, counters), counters);
        connection.setAttachment(session);
        sessions.add(session);
        counters.connectionOpened();
        onSessionOpen.accept(session);
    }

    @Override
    public void onClose(WebSocket connection, int code, String reason, boolean remote) {
        UpbitSession session = connection.getAttachment();
        if (session != null && sessions.remove(session)) {
            desk.release(session);
            counters.connectionClosed();
        }
    }

    @Override
    public void onMessage(WebSocket connection, String message) {
        UpbitSession session = connection.getAttachment();
        if (session != null) {
            session.inbound();
            desk.handle(session, message);
        }
    }

    @Override
    public void onMessage(WebSocket connection, ByteBuffer message) {
        onMessage(connection, StandardCharsets.UTF_8.decode(message).toString());
    }

    @Override
    public void onWebsocketPing(WebSocket connection, Framedata frame) {
        counters.pingFrameReceived();
        touch(connection);
        super.onWebsocketPing(connection, frame);
    }

    @Override
    public void onWebsocketPong(WebSocket connection, Framedata frame) {
        touch(connection);
    }

    @Override
    public void onError(WebSocket connection, Exception error) {
        if (connection == null) {
            startFailure = error;
            started.countDown();
            LOG.log(Level.ERROR, "Upbit sandbox WebSocket server failed", error);
        } else {
            LOG.log(Level.DEBUG, "Upbit sandbox WebSocket connection error", error);
        }
    }

    private static void touch(WebSocket connection) {
        UpbitSession session = connection.getAttachment();
        if (session != null) {
            session.inbound();
        }
    }

    /** Makes every connection a {@link GatedConnection}. */
    private static final class GatedFactory implements WebSocketServerFactory {

        private final ConnectionGate gate;
        private final ScheduledExecutorService scheduler;

        private GatedFactory(ConnectionGate gate, ScheduledExecutorService scheduler) {
            this.gate = gate;
            this.scheduler = scheduler;
        }

        @Override
        public WebSocketImpl createWebSocket(WebSocketAdapter adapter, Draft draft) {
            return new GatedConnection(adapter, List.of(draft), gate, scheduler);
        }

        @Override
        public WebSocketImpl createWebSocket(WebSocketAdapter adapter, List<Draft> drafts) {
            return new GatedConnection(adapter, drafts, gate, scheduler);
        }

        @Override
        public ByteChannel wrapChannel(SocketChannel channel, SelectionKey key) {
            return channel;
        }

        @Override
        public void close() {
            // Nothing to release: channels are not wrapped.
        }
    }
}
