package io.stockobserver.sandbox.ws;

import io.stockobserver.sandbox.stats.SandboxCounters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Future;
import org.java_websocket.WebSocket;
import org.java_websocket.framing.CloseFrame;

/**
 * One WebSocket connection: the appkey it is bound to (set by the first request with a valid approval key), its
 * registrations, the iv/key per TR, and its outbox.
 *
 * <p>Registration changes are made under the session's lock together with queuing the reply, so an ack always
 * precedes the first data frame of that registration.
 */
final class WsSession {

    private final WebSocket connection;
    private final SessionOutbox outbox;
    private final SessionFaults faults;
    private final SandboxCounters counters;
    private final Set<Registration> registrations = new LinkedHashSet<>();
    private final Map<String, CipherKeys> keysByTr = new HashMap<>();
    private String appkey;
    private Future<?> pinger;
    private boolean closed;

    WsSession(WebSocket connection, int outboxCapacity, SandboxCounters counters, SessionFaults faults) {
        this.connection = connection;
        this.outbox = new SessionOutbox(connection, outboxCapacity, counters, faults);
        this.faults = faults;
        this.counters = counters;
    }

    synchronized Optional<String> appkey() {
        return Optional.ofNullable(appkey);
    }

    synchronized void bind(String boundAppkey) {
        this.appkey = boundAppkey;
    }

    synchronized boolean isRegistered(Registration registration) {
        return registrations.contains(registration);
    }

    synchronized int registrationCount() {
        return registrations.size();
    }

    synchronized void add(Registration registration) {
        registrations.add(registration);
    }

    synchronized boolean remove(Registration registration) {
        return registrations.remove(registration);
    }

    /** Marks the session closed and returns the registrations it held. */
    synchronized List<Registration> close() {
        closed = true;
        List<Registration> held = new ArrayList<>(registrations);
        registrations.clear();
        if (pinger != null) {
            pinger.cancel(false);
        }
        return held;
    }

    synchronized boolean isClosed() {
        return closed;
    }

    synchronized CipherKeys keysFor(String trId) {
        return keysByTr.computeIfAbsent(trId, tr -> CipherKeys.random());
    }

    synchronized void attachPinger(Future<?> task) {
        if (closed) {
            task.cancel(false);
        } else {
            this.pinger = task;
        }
    }

    /** Returns whether an injected stall holds this session's output now. */
    boolean stalled() {
        return faults.stalled();
    }

    /** Queues and sends a control reply, counting it by msg_cd. */
    void reply(ControlReply reply) {
        if (!reply.msgCd().isEmpty()) {
            counters.controlReply(reply.msgCd());
        }
        outbox.offerControl(reply.json());
        outbox.pump();
    }

    /**
     * Queues frames of {@code trId} made of the records whose registration this session still holds, at most
     * {@code perFrame} records each; they leave on the next {@link #flush()}. Done under the session's lock, like an
     * unsubscribe and its ack, so no record of a registration ever follows the ack of its removal.
     */
    synchronized void deliverRegistered(String trId, List<SymbolRecord> records, int perFrame) {
        List<String> kept = new ArrayList<>(records.size());
        for (SymbolRecord record : records) {
            if (registrations.contains(new Registration(trId, record.code()))) {
                kept.add(record.text());
            }
        }
        for (Frames.Frame frame : Frames.frames(trId, kept, perFrame)) {
            outbox.offerData(frame.text(), frame.records());
        }
    }

    /** Queues a data frame; it leaves on the next {@link #flush()}. */
    void deliver(String frame, int records) {
        outbox.offerData(frame, records);
    }

    /** Sends what the socket can take now. */
    void flush() {
        outbox.pump();
    }

    /** Cuts the connection without a close handshake, as a network failure would (fault injection). */
    void abort() {
        connection.closeConnection(CloseFrame.ABNORMAL_CLOSE, "sandbox fault injection");
    }

    /** Closes the connection after the queued messages (used after OPSP8996). */
    void disconnect() {
        outbox.pump();
        connection.close();
    }
}
