package io.stockobserver.live;

import io.stockobserver.loop.LoopService;
import io.stockobserver.recorder.ArchiveService;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Fans the system events a console follows out to the SSE clients of {@code /api/live}. The recording thread only
 * offers to a bounded queue (a slow client can never hold up the archive); a sender task drains it every 200 ms.
 * Events that find the queue full are counted in {@link #dropped()} — they are still in the archive.
 *
 * <p>Design note: each client keeps the id of the last event sent to it, and the replay of a reconnecting client and
 * the sender's rounds take turns on one lock, so a client sees ids strictly ascending and none twice — an event
 * recorded while a client reconnects is in its replay or in the next round, never both.
 */
@ApplicationScoped
public class LiveFeed {
    /** The event types streamed. */
    public static final Set<String> TYPES = Set.of(
            "slot_allocated",
            "slot_released",
            "pin_refused",
            "subscription_refused",
            "gap_marker",
            "reconnection_event",
            "ws_disconnected",
            "ws_stale_detected",
            "scalp_paused",
            "scalp_resumed",
            "day_marked_anomalous",
            "mitigation_changed");

    public static final String TYPES_DOC =
            "slot_allocated, slot_released, pin_refused, subscription_refused, gap_marker, "
                    + "reconnection_event, ws_disconnected, ws_stale_detected, scalp_paused, scalp_resumed, "
                    + "day_marked_anomalous, mitigation_changed";

    private static final Logger LOG = Logger.getLogger(LiveFeed.class.getName());
    private static final int QUEUE = 4096;
    private static final long KEEPALIVE_MS = 15_000;

    @Inject
    ArchiveService archive;

    @Inject
    LoopService loops;

    private static final int BACKLOG = 1_000;

    private final ArrayBlockingQueue<LiveBacklog.Entry> queue = new ArrayBlockingQueue<>(QUEUE);
    private final LiveBacklog backlog = new LiveBacklog(BACKLOG);
    private final List<Client> clients = new CopyOnWriteArrayList<>();
    private final AtomicLong dropped = new AtomicLong();
    private final AtomicLong sent = new AtomicLong();
    private volatile Sse sse;
    private io.stockobserver.loop.SupervisedLoop sender;
    private long lastSendMillis = System.currentTimeMillis();

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
        archive.events().addListener((type, json) -> {
            if (!TYPES.contains(type)) {
                return;
            }
            synchronized (queue) { // ids enter the queue in the order they are given
                LiveBacklog.Entry e = backlog.add(type, json); // kept for clients that reconnect with Last-Event-ID
                if (!queue.offer(e)) {
                    dropped.incrementAndGet();
                }
            }
        });
        sender = loops.fixedDelay("live-feed-sender", Duration.ofMillis(200), Duration.ofMillis(200), this::drain);
    }

    @PreDestroy
    void stop() {
        if (sender != null) {
            sender.end();
        }
        for (Client c : clients) {
            c.sink.close();
        }
    }

    /**
     * Adds a client; it receives every event recorded from now on and, when it reconnects with {@code lastEventId},
     * first the kept events after that id, in order and each once. Events already forgotten are announced by a
     * {@code backlog_lost} event with their count.
     */
    public synchronized void register(SseEventSink sink, Sse sse, String lastEventId) {
        this.sse = sse;
        Client client = new Client(sink);
        // an initial comment commits the response, so the client sees the stream open at once
        sink.send(sse.newEventBuilder().comment("stock-observer live feed").build());
        Long last = parse(lastEventId);
        if (last != null) {
            long missed = backlog.missed(last);
            if (missed > 0) {
                sink.send(sse.newEventBuilder()
                        .name("backlog_lost")
                        .data("{\"events_lost\":" + missed + "}")
                        .build());
            }
            for (LiveBacklog.Entry e : backlog.after(last)) {
                sink.send(event(sse, e));
                client.lastSent = e.id();
            }
        }
        clients.add(client);
    }

    /** The id a client says it saw last, or null when it names none of ours (it starts from now). */
    private static Long parse(String lastEventId) {
        if (lastEventId == null || lastEventId.isBlank()) {
            return null;
        }
        try {
            return Long.parseLong(lastEventId.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** One SSE client and the id of the last event sent to it. */
    private static final class Client {
        final SseEventSink sink;
        long lastSent = -1; // guarded by the feed's lock

        Client(SseEventSink sink) {
            this.sink = sink;
        }
    }

    private static jakarta.ws.rs.sse.OutboundSseEvent event(Sse sse, LiveBacklog.Entry e) {
        return sse.newEventBuilder()
                .id(Long.toString(e.id()))
                .name(e.type())
                .data(e.json())
                .build();
    }

    public int clients() {
        return clients.size();
    }

    public long dropped() {
        return dropped.get();
    }

    public long sent() {
        return sent.get();
    }

    synchronized void drain() {
        try {
            Sse s = sse;
            if (s == null || clients.isEmpty()) {
                queue.clear();
                return;
            }
            List<LiveBacklog.Entry> batch = new ArrayList<>();
            queue.drainTo(batch);
            long now = System.currentTimeMillis();
            if (batch.isEmpty() && now - lastSendMillis < KEEPALIVE_MS) {
                return;
            }
            lastSendMillis = now;
            for (Client c : clients) {
                SseEventSink sink = c.sink;
                if (sink.isClosed()) {
                    clients.remove(c);
                    continue;
                }
                if (batch.isEmpty()) {
                    sink.send(s.newEventBuilder().comment("keep-alive").build());
                }
                for (LiveBacklog.Entry e : batch) {
                    if (e.id() <= c.lastSent) {
                        continue; // already in this client's replay
                    }
                    sink.send(event(s, e)).exceptionally(t -> {
                        sink.close(); // a client that went away is dropped on the next round
                        return null;
                    });
                    c.lastSent = e.id();
                    sent.incrementAndGet();
                }
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "live feed send failed", e);
        }
    }
}
