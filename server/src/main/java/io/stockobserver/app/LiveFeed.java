package io.stockobserver.app;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Fans the system events a console follows out to the SSE clients of {@code /api/live}. The recording thread only
 * offers to a bounded queue (a slow client can never hold up the archive); a sender task drains it every 200 ms.
 * Events that find the queue full are counted in {@link #dropped()} — they are still in the archive.
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

    @Resource(lookup = "concurrent/observerScheduler")
    ManagedScheduledExecutorService scheduler;

    private final ArrayBlockingQueue<String[]> queue = new ArrayBlockingQueue<>(QUEUE);
    private final List<SseEventSink> sinks = new CopyOnWriteArrayList<>();
    private final AtomicLong dropped = new AtomicLong();
    private final AtomicLong sent = new AtomicLong();
    private volatile Sse sse;
    private ScheduledFuture<?> sender;
    private long lastSendMillis = System.currentTimeMillis();

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
        archive.events().addListener((type, json) -> {
            if (TYPES.contains(type) && !sinks.isEmpty() && !queue.offer(new String[] {type, json})) {
                dropped.incrementAndGet();
            }
        });
        sender = scheduler.scheduleWithFixedDelay(this::drain, 200, 200, TimeUnit.MILLISECONDS);
    }

    @PreDestroy
    void stop() {
        if (sender != null) {
            sender.cancel(false);
        }
        for (SseEventSink s : sinks) {
            s.close();
        }
    }

    /** Adds a client; it receives every event recorded from now on. */
    public void register(SseEventSink sink, Sse sse) {
        this.sse = sse;
        sinks.add(sink);
        // an initial comment commits the response, so the client sees the stream open at once
        sink.send(sse.newEventBuilder().comment("stock-observer live feed").build());
    }

    public int clients() {
        return sinks.size();
    }

    public long dropped() {
        return dropped.get();
    }

    public long sent() {
        return sent.get();
    }

    private void drain() {
        try {
            Sse s = sse;
            if (s == null) {
                queue.clear();
                return;
            }
            List<String[]> batch = new ArrayList<>();
            queue.drainTo(batch);
            long now = System.currentTimeMillis();
            if (batch.isEmpty() && now - lastSendMillis < KEEPALIVE_MS) {
                return;
            }
            lastSendMillis = now;
            for (SseEventSink sink : sinks) {
                if (sink.isClosed()) {
                    sinks.remove(sink);
                    continue;
                }
                if (batch.isEmpty()) {
                    sink.send(s.newEventBuilder().comment("keep-alive").build());
                }
                for (String[] e : batch) {
                    sink.send(s.newEventBuilder().name(e[0]).data(e[1]).build()).exceptionally(t -> {
                        sink.close(); // a client that went away is dropped on the next round
                        return null;
                    });
                    sent.incrementAndGet();
                }
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "live feed send failed", e);
        }
    }
}
