package io.stockobserver.sandbox.ws;

import io.stockobserver.sandbox.stats.SandboxCounters;
import java.util.ArrayDeque;
import java.util.Iterator;
import org.java_websocket.WebSocket;
import org.java_websocket.WebSocketImpl;
import org.java_websocket.exceptions.WebsocketNotConnectedException;

/**
 * The bounded outbound queue of one session. Producers (the feed, the registration desk, the pinger) offer messages
 * and never wait; {@link #pump()} moves them to the socket while the socket's own write queue is short.
 *
 * <p>Design note: Java-WebSocket's write queue is unbounded, so writing straight into it would let a slow client
 * grow memory without limit. Here, when the outbox is full the oldest <em>data</em> frame is dropped and counted
 * (control replies are kept), as the real venue would also lose data for a client that cannot keep up.
 *
 * <p>Injected faults act here, at the last step before the socket: while a stall holds the session nothing is sent,
 * data frames are discarded (counted as withheld) and control replies wait for the stall to end; a data frame about
 * to be sent may be spoiled ({@link FrameGarbler}).
 */
final class SessionOutbox {

    /** Messages allowed in the socket's write queue before the outbox holds back. */
    static final int SOCKET_WINDOW = 256;

    /** A queued message; {@code records == 0} marks a control message. */
    private record Item(String text, int records) {}

    private final WebSocket connection;
    private final int capacity;
    private final SandboxCounters counters;
    private final SessionFaults faults;
    private final ArrayDeque<Item> queue = new ArrayDeque<>();

    /** Creates an outbox without fault injection. */
    SessionOutbox(WebSocket connection, int capacity, SandboxCounters counters) {
        this(connection, capacity, counters, SessionFaults.none(counters));
    }

    SessionOutbox(WebSocket connection, int capacity, SandboxCounters counters, SessionFaults faults) {
        if (capacity < 1) {
            throw new IllegalArgumentException("outbox capacity must be >= 1: " + capacity);
        }
        this.connection = connection;
        this.capacity = capacity;
        this.counters = counters;
        this.faults = faults;
    }

    /** Queues a control message (never dropped in favour of data). */
    synchronized void offerControl(String json) {
        offer(new Item(json, 0));
    }

    /** Queues a data frame carrying {@code records} records; a stalled session discards it. */
    synchronized void offerData(String frame, int records) {
        if (faults.stalled()) {
            counters.frameWithheld();
            return;
        }
        offer(new Item(frame, Math.max(1, records)));
    }

    /** Sends queued messages while the socket keeps up; the rest wait for the next pump. */
    synchronized void pump() {
        if (faults.stalled()) {
            withholdQueuedData();
            return;
        }
        while (!queue.isEmpty() && socketBacklog() < SOCKET_WINDOW) {
            if (!connection.isOpen()) {
                queue.clear();
                return;
            }
            Item item = queue.pollFirst();
            try {
                connection.send(item.records() > 0 ? spoiled(item.text()) : item.text());
            } catch (WebsocketNotConnectedException closedMeanwhile) {
                queue.clear();
                return;
            }
            if (item.records() > 0) {
                counters.frameSent(item.records());
            }
        }
    }

    synchronized int size() {
        return queue.size();
    }

    private String spoiled(String frame) {
        return faults.takeFrameFault()
                .map(fault -> FrameGarbler.apply(fault, frame))
                .orElse(frame);
    }

    /** Discards the data frames queued before a stall began; control replies stay for after it. */
    private void withholdQueuedData() {
        Iterator<Item> items = queue.iterator();
        while (items.hasNext()) {
            if (items.next().records() > 0) {
                items.remove();
                counters.frameWithheld();
            }
        }
    }

    private void offer(Item item) {
        if (queue.size() >= capacity) {
            dropOldest();
        }
        queue.addLast(item);
    }

    private void dropOldest() {
        Iterator<Item> items = queue.iterator();
        while (items.hasNext()) {
            Item item = items.next();
            if (item.records() > 0) {
                items.remove();
                counters.frameDropped(item.records());
                return;
            }
        }
        queue.pollFirst();
        counters.frameDropped(0);
    }

    private int socketBacklog() {
        return connection instanceof WebSocketImpl impl ? impl.outQueue.size() : 0;
    }
}
