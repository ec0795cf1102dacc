package io.stockobserver.live;

import static org.assertj.core.api.Assertions.assertThat;

import io.stockobserver.app.TestServices;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A client reconnecting with Last-Event-ID sees each event once, ids strictly ascending. */
class LiveFeedOrderTest {
    @TempDir
    Path dir;

    private TestServices services;

    @AfterEach
    void stop() {
        services.close();
    }

    @Test
    void shouldNotSendAReconnectingClientWhatItsReplayAlreadyHeld() {
        services = TestServices.start(dir);
        LiveFeed feed = new LiveFeed();
        feed.archive = services.archive();
        feed.loops = services.loops();
        feed.onStart(null);
        Sse sse = sse();
        List<Long> first = new CopyOnWriteArrayList<>();
        feed.register(sink(first), sse, null); // a client already watching: events are queued for sending
        for (int i = 0; i < 3; i++) {
            services.archive().events().record("gap_marker", Map.of("n", i));
        }

        // reconnects having seen nothing of these (ids start at 1): its replay holds all three, still queued for
        // the sender's next round
        List<Long> second = new CopyOnWriteArrayList<>();
        feed.register(sink(second), sse, "0");
        feed.drain();
        Awaitility.await().until(() -> first.size() == 3);

        assertThat(second).containsExactly(1L, 2L, 3L);
        assertThat(first).containsExactly(1L, 2L, 3L);
    }

    /** A sink that records the ids of the events sent to it (comments carry none). */
    private static SseEventSink sink(List<Long> ids) {
        return (SseEventSink) Proxy.newProxyInstance(
                SseEventSink.class.getClassLoader(),
                new Class<?>[] {SseEventSink.class},
                (p, m, a) -> switch (m.getName()) {
                    case "send" -> {
                        String id = ((OutboundSseEvent) a[0]).getId();
                        if (id != null) {
                            ids.add(Long.parseLong(id));
                        }
                        yield CompletableFuture.completedFuture(null);
                    }
                    case "isClosed" -> false;
                    default -> null;
                });
    }

    /** An Sse whose builders keep the id they are given. */
    private static Sse sse() {
        return (Sse) Proxy.newProxyInstance(Sse.class.getClassLoader(), new Class<?>[] {Sse.class}, (p, m, a) -> {
            if (!m.getName().equals("newEventBuilder")) {
                throw new AssertionError("unexpected Sse." + m.getName());
            }
            Map<String, Object> set = new HashMap<>();
            return Proxy.newProxyInstance(
                    OutboundSseEvent.Builder.class.getClassLoader(),
                    new Class<?>[] {OutboundSseEvent.Builder.class},
                    (builder, bm, ba) -> {
                        if (bm.getName().equals("build")) {
                            return Proxy.newProxyInstance(
                                    OutboundSseEvent.class.getClassLoader(),
                                    new Class<?>[] {OutboundSseEvent.class},
                                    (e, em, ea) -> em.getName().equals("getId") ? set.get("id") : null);
                        }
                        if (ba != null && ba.length == 1) {
                            set.put(bm.getName(), ba[0]);
                        }
                        return builder;
                    });
        });
    }
}
