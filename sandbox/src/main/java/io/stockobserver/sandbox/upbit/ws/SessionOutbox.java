package io.stockobserver.sandbox.upbit.ws;

import io.stockobserver.sandbox.upbit.stats.UpbitCounters;
import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.function.LongConsumer;
import org.java_websocket.WebSocket;
import org.java_websocket.WebSocketImpl;
import org.java_websocket.exceptions.WebsocketNotConnectedException;

/**
 * The bounded outbound queue of one connection; every message leaves as a binary frame of UTF-8 JSON, as Upbit
 * sends them (PROVIDERS_FACTS §1.3). Producers (the feed, the request desk, the status timer) offer messages and
 * never wait; {@link #pump()} moves them to the socket while the socket's own write queue is short.
 *
 * <p>Design note: Java-WebSocket's write queue is unbounded, so writing straight into it would let a slow client
 * grow memory without limit. When the outbox is full the oldest <em>data</em> frame is dropped and counted
 * (control messages are kept). While an injected stall holds the connection nothing is sent: data frames are
 * discarded (counted as withheld), control messages wait for the stall to end.
 */
final class SessionOutbox {

    /** Messages allowed in the socket's write queue before the outbox holds back. */
    static final int SOCKET_WINDOW = 256;

    /** A queued message; {@code dataType == null} marks a control message. */
    private record Item(byte[] payload, String dataType, boolean snapshot) {}

    private final WebSocket connection;
    private final int capacity;
    private final UpbitCounters counters;
    private final StallView stall;
    private final LongConsumer dataSent;
    private final ArrayDeque<Item> queue = new ArrayDeque<>();

    /**
     * Creates an outbox.
     *
     * @param dataSent told the {@link System#nanoTime()} of every data frame sent (the idle watch reads it)
     */
    SessionOutbox(WebSocket connection, int capacity, UpbitCounters counters, StallView stall, LongConsumer dataSent) {
        if (capacity < 1) {
            throw new IllegalArgumentException("outbox capacity must be >= 1: " + capacity);
        }
        this.connection = connection;
        this.capacity = capacity;
        this.counters = counters;
        this.stall = stall;
        this.dataSent = dataSent;
    }

    /** Queues a control message (status, error, LIST answer); never dropped in favour of data. */
    synchronized void offerControl(byte[] payload) {
        offer(new Item(payload, null, false));
    }

    /** Queues a data frame of a type; a stalled connection discards it. */
    synchronized void offerData(byte[] payload, String dataType, boolean snapshot) {
        if (stall.stalled()) {
            counters.frameWithheld();
            return;
        }
        offer(new Item(payload, dataType, snapshot));
    }

    /** Sends queued messages while the socket keeps up; the rest wait for the next pump. */
    synchronized void pump() {
        if (stall.stalled()) {
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
                connection.send(item.payload());
            } catch (WebsocketNotConnectedException closedMeanwhile) {
                queue.clear();
                return;
            }
            if (item.dataType() != null) {
                counters.frameSent(item.dataType(), item.snapshot());
                dataSent.accept(System.nanoTime());
            }
        }
    }

    private void withholdQueuedData() {
        Iterator<Item> items = queue.iterator();
        while (items.hasNext()) {
            if (items.next().dataType() != null) {
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
            if (items.next().dataType() != null) {
                items.remove();
                counters.frameDropped();
                return;
            }
        }
        queue.pollFirst();
        counters.frameDropped();
    }

    private int socketBacklog() {
        return connection instanceof WebSocketImpl impl ? impl.outQueue.size() : 0;
    }
}
