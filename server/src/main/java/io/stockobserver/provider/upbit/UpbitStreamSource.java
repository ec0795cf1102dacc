package io.stockobserver.provider.upbit;

import io.stockobserver.provider.StreamListener;
import io.stockobserver.provider.StreamSession;
import io.stockobserver.provider.StreamSource;
import java.io.IOException;
import java.time.Clock;
import java.util.List;

/**
 * Track B through Upbit: one public socket per session, every code in one subscribe message (ticker, trade,
 * orderbook) that replaces the previous one. The registration budget is the observer's (the venue sets none per
 * socket); the message budget (5/s, 100/min) is the session's.
 */
public final class UpbitStreamSource implements StreamSource {
    private final UpbitSettings settings;
    private final Clock clock;
    private final int registrationBudget;

    public UpbitStreamSource(UpbitSettings settings, Clock clock, int registrationBudget) {
        this.settings = settings;
        this.clock = clock;
        this.registrationBudget = registrationBudget;
    }

    @Override
    public StreamSession connect(StreamListener listener) throws IOException {
        UpbitWebSocketSession s = new UpbitWebSocketSession(settings, new UpbitStreamAdapter(listener), clock);
        s.connect(List.of());
        return new Session(s);
    }

    @Override
    public int registrationBudget() {
        return registrationBudget;
    }

    @Override
    public String name() {
        return "Upbit real-time";
    }

    private record Session(UpbitWebSocketSession socket) implements StreamSession {
        @Override
        public boolean isOpen() {
            return socket.isOpen();
        }

        /**
         * Sends the whole list once. An empty list is not sent (the venue refuses it): the old subscription stays and
         * its frames are skipped as unwanted.
         */
        @Override
        public void register(List<String> previous, List<String> wanted) throws IOException {
            if (!wanted.isEmpty() && !wanted.equals(socket.codes())) {
                socket.resubscribe(wanted);
            }
        }

        @Override
        public void close() {
            socket.close();
        }
    }
}
