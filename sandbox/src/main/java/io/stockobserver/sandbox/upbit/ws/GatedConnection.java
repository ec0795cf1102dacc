package io.stockobserver.sandbox.upbit.ws;

import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.java_websocket.WebSocketAdapter;
import org.java_websocket.WebSocketImpl;
import org.java_websocket.drafts.Draft;
import org.java_websocket.framing.CloseFrame;

/**
 * A Java-WebSocket connection that asks the {@link ConnectionGate} before reading its upgrade request, so a refusal
 * can carry its own status (429, 503). Java-WebSocket's own handshake rejection can only answer 404.
 *
 * <p>Design note: a refused connection writes its raw HTTP response into the connection's write queue and is then
 * left for the client to close, as Java-WebSocket does with its own rejections (a connection without a handshake
 * cannot be closed after flushing); {@value #ABANDON_AFTER_MILLIS} ms later the sandbox drops it anyway.
 */
final class GatedConnection extends WebSocketImpl {

    private static final long ABANDON_AFTER_MILLIS = 2_000;

    private final ConnectionGate gate;
    private final ScheduledExecutorService scheduler;
    private boolean checked;
    private boolean refused;
    private int remaining;

    GatedConnection(
            WebSocketAdapter listener, List<Draft> drafts, ConnectionGate gate, ScheduledExecutorService scheduler) {
        super(listener, drafts);
        this.gate = gate;
        this.scheduler = scheduler;
    }

    /** Returns the upgrades left in the window after this one (for the 101's Remaining-Req). */
    int remaining() {
        return remaining;
    }

    @Override
    public void decode(ByteBuffer socketBuffer) {
        if (!checked) {
            // Called by one decoder thread per connection: no other thread reads these fields.
            checked = true;
            ConnectionGate.Decision decision = gate.admit(client());
            remaining = decision.remaining();
            if (!decision.admitted()) {
                refuse(decision.response());
            }
        }
        if (refused) {
            socketBuffer.position(socketBuffer.limit());
            return;
        }
        super.decode(socketBuffer);
    }

    private void refuse(byte[] response) {
        refused = true;
        outQueue.add(ByteBuffer.wrap(response));
        getWebSocketListener().onWriteDemand(this);
        flushAndClose(CloseFrame.REFUSE, "refused at the upgrade", false);
        try {
            scheduler.schedule(
                    () -> closeConnection(CloseFrame.REFUSE, "refused at the upgrade"),
                    ABANDON_AFTER_MILLIS,
                    TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException stopping) {
            // The sandbox is closing and takes every connection with it.
        }
    }

    private String client() {
        InetSocketAddress address = getRemoteSocketAddress();
        return address == null || address.getAddress() == null
                ? "unknown"
                : address.getAddress().getHostAddress();
    }
}
