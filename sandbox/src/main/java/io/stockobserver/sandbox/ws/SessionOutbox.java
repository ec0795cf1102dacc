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
 */
final class SessionOutbox {

    /** Messages allowed in the socket's write queue before the outbox holds back. */
    static final int SOCKET_WINDOW = 256;

    /** A queued message; {@code records == 0} marks a control message. */
    private record Item(String text, int records) {}

    private final WebSocket connection;
    private final int capacity;
    private final SandboxCounters counters;
    private final ArrayDeque<Item> queue = new ArrayDeque<>();

    SessionOutbox(WebSocket connection, int capacity, SandboxCounters counters) {
        if (capacity < 1) {
            throw new IllegalArgumentException("outbox capacity must be >= 1: " + capacity);
        }
        this.connection = connection;
        this.capacity = capacity;
        this.counters = counters;
    }

    /** Queues a control message (never dropped in favour of data). */
    synchronized void offerControl(String json) {
        offer(new Item(json, 0));
    }

    /** Queues a data frame carrying {@code records} records. */
    synchronized void offerData(String frame, int records) {
        offer(new Item(frame, Math.max(1, records)));
    }

    /** Sends queued messages while the socket keeps up; the rest wait for the next pump. */
    synchronized void pump() {
        while (!queue.isEmpty() && socketBacklog() < SOCKET_WINDOW) {
            if (!connection.isOpen()) {
                queue.clear();
                return;
            }
            Item item = queue.pollFirst();
            try {
                connection.send(item.text());
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
