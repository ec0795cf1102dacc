package io.stockobserver.provider.kis;

import io.stockobserver.provider.StreamListener;
import io.stockobserver.provider.StreamSession;
import io.stockobserver.provider.StreamSource;
import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.util.List;

/**
 * Track B through KIS: one WebSocket session per approval key, the trade feed (H0STCNT0) registered symbol by
 * symbol (tr_type 1, released with tr_type 2), at most 41 registrations a session.
 */
public final class KisStreamSource implements StreamSource {
    private final URI wsUrl;
    private final ApprovalKeyClient approvals;
    private final Clock clock;

    public KisStreamSource(URI wsUrl, ApprovalKeyClient approvals, Clock clock) {
        this.wsUrl = wsUrl;
        this.approvals = approvals;
        this.clock = clock;
    }

    @Override
    public StreamSession connect(StreamListener listener) throws KisApiException, IOException, InterruptedException {
        String key = approvals.approvalKey();
        KisWebSocketSession s = new KisWebSocketSession(wsUrl, key, new KisStreamAdapter(listener), clock);
        try {
            s.connect();
        } catch (IOException | RuntimeException e) {
            s.close();
            throw e;
        }
        return new Session(s);
    }

    @Override
    public int registrationBudget() {
        return KisVenueProfile.REGISTRATIONS;
    }

    @Override
    public String name() {
        return "KIS real-time";
    }

    private record Session(KisWebSocketSession socket) implements StreamSession {
        @Override
        public boolean isOpen() {
            return socket.isOpen();
        }

        /** Releases first, so the budget has room for the symbols registered next. */
        @Override
        public void register(List<String> previous, List<String> wanted) throws IOException {
            for (String symbol : previous) {
                if (!wanted.contains(symbol)) {
                    socket.unsubscribe(KisFrameParser.TRADE_TR, symbol);
                }
            }
            for (String symbol : wanted) {
                if (!previous.contains(symbol)) {
                    socket.subscribe(KisFrameParser.TRADE_TR, symbol);
                }
            }
        }

        @Override
        public void close() {
            socket.close();
        }
    }
}
