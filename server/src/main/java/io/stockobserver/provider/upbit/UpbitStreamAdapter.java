package io.stockobserver.provider.upbit;

import io.stockobserver.pipeline.FieldValueException;
import io.stockobserver.provider.QuoteTop;
import io.stockobserver.provider.StreamEvent;
import io.stockobserver.provider.StreamListener;
import io.stockobserver.provider.TradeTick;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Translates what an {@link UpbitWebSocketSession} reports into the venue-neutral {@link StreamListener}. Ticker
 * frames become the symbol's trade (one per trade, with the day's volume and turnover; trade frames carry neither,
 * so they stay in the raw journal only), orderbook frames its best quote. Upbit sends no acknowledgement: a code
 * counts as {@code REGISTERED} when its first frame arrives (the SNAPSHOT the venue sends first for every code).
 */
public final class UpbitStreamAdapter implements UpbitStreamListener {
    private final StreamListener listener;
    private final Set<String> seen = ConcurrentHashMap.newKeySet();

    public UpbitStreamAdapter(StreamListener listener) {
        this.listener = listener;
    }

    @Override
    public String onRaw(String message, boolean binary, Instant receiveTime, long receivedAtNanos) {
        return listener.onRaw(message, receiveTime, receivedAtNanos);
    }

    @Override
    public void onData(UpbitMarketData data, String rawRef, Instant receiveTime, long receivedAtNanos) {
        listener.onDataMessage(receiveTime);
        if (!listener.wants(data.code())) {
            return;
        }
        if (seen.add(data.code())) {
            listener.onEvent(new StreamEvent(
                    StreamEvent.Kind.REGISTERED,
                    data.code(),
                    "first_frame",
                    data.streamType().name(),
                    Map.of()));
        }
        if (data instanceof UpbitTicker t) {
            listener.onTrade(
                    new TradeTick(t.code(), t.eventTime(), t.fields(), t.providerSpecific(), rawRef, receiveTime));
        } else if (data instanceof UpbitOrderbook b) {
            listener.onQuote(new QuoteTop(
                    b.code(),
                    b.eventTime(),
                    b.bestAsk().map(UpbitBookLevel::price).orElse(null),
                    b.bestBid().map(UpbitBookLevel::price).orElse(null),
                    b.bestAsk().map(UpbitBookLevel::size).orElse(null),
                    b.bestBid().map(UpbitBookLevel::size).orElse(null),
                    rawRef,
                    receiveTime));
        }
        // a trade frame is journaled raw only: the ticker of the same trade carries what the snapshot needs
    }

    @Override
    public void onStatus(UpbitStatus status, String rawRef) {
        StreamEvent.Kind kind = status.isUp() ? StreamEvent.Kind.INFO : StreamEvent.Kind.ERROR;
        if (status.isUp()) {
            listener.onAlive(); // a quiet pair sends no frames: the keep-alive answer is the session's proof of life
        }
        listener.onEvent(new StreamEvent(kind, null, "status_" + status.status(), status.status(), Map.of()));
    }

    @Override
    public void onError(UpbitError error, String rawRef) {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("name", error.name());
        f.put("message", error.message());
        f.put("raw_ref", rawRef);
        String code = error.name() == null ? "none" : error.name();
        listener.onEvent(new StreamEvent(StreamEvent.Kind.ERROR, null, code, error.message(), f));
    }

    @Override
    public void onMalformed(UpbitFrameDecodeException error, String rawRef) {
        int chars = error.rawFrame() == null ? 0 : error.rawFrame().length();
        if (error.getCause() instanceof FieldValueException value) {
            listener.onValueRejected("upbit_frame", value, rawRef, chars);
        } else {
            listener.onMalformed(error.getMessage(), rawRef);
        }
    }

    @Override
    public void onOpen() {
        seen.clear();
        listener.onOpen();
    }

    @Override
    public void onClosed(String reason) {
        listener.onClosed(reason);
    }
}
