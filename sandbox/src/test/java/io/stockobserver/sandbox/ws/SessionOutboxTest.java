package io.stockobserver.sandbox.ws;

import static org.assertj.core.api.Assertions.assertThat;

import io.stockobserver.sandbox.stats.SandboxCounters;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import org.java_websocket.WebSocket;
import org.junit.jupiter.api.Test;

class SessionOutboxTest {

    private final List<String> sent = new ArrayList<>();
    private final SandboxCounters counters = new SandboxCounters();
    private boolean open = true;

    private final WebSocket socket = (WebSocket) Proxy.newProxyInstance(
            WebSocket.class.getClassLoader(), new Class<?>[] {WebSocket.class}, (proxy, method, args) -> {
                switch (method.getName()) {
                    case "isOpen":
                        return open;
                    case "send":
                        sent.add((String) args[0]);
                        return null;
                    default:
                        throw new UnsupportedOperationException(method.getName());
                }
            });

    @Test
    void shouldDropTheOldestDataFramesButKeepControlRepliesWhenFull() {
        SessionOutbox outbox = new SessionOutbox(socket, 3, counters);
        outbox.offerControl("{ack}");
        outbox.offerData("frame-1", 2);
        outbox.offerData("frame-2", 1);
        outbox.offerData("frame-3", 1);
        outbox.offerData("frame-4", 1);

        assertThat(outbox.size()).isEqualTo(3);
        assertThat(counters.framesDropped()).isEqualTo(2);
        assertThat(counters.recordsDropped()).isEqualTo(3);
        outbox.pump();
        assertThat(sent).containsExactly("{ack}", "frame-3", "frame-4");
        assertThat(counters.framesSent()).isEqualTo(2);
        assertThat(counters.recordsSent()).isEqualTo(2);
    }

    @Test
    void shouldDiscardQueuedMessagesOnceTheConnectionIsClosed() {
        SessionOutbox outbox = new SessionOutbox(socket, 10, counters);
        outbox.offerData("frame", 1);
        open = false;
        outbox.pump();

        assertThat(sent).isEmpty();
        assertThat(outbox.size()).isZero();
    }
}
