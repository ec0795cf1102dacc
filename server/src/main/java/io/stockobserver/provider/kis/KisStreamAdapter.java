package io.stockobserver.provider.kis;

import io.stockobserver.pipeline.FieldValueException;
import io.stockobserver.provider.StreamEvent;
import io.stockobserver.provider.StreamListener;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Translates what a {@link KisWebSocketSession} reports into the venue-neutral {@link StreamListener}: H0STCNT0 and
 * H0STASP0 records become ticks and quotes, OPSP control replies become typed {@link StreamEvent}s. Records for a
 * symbol the listener does not want are skipped before they are read, so a sender cannot grow the book.
 */
public final class KisStreamAdapter implements KisStreamListener {
    private static final Set<String> ABOUT_A_SYMBOL = Set.of(
            KisControlMessage.SUBSCRIBED,
            KisControlMessage.UNSUBSCRIBED,
            KisControlMessage.MAX_SUBSCRIBE_OVER,
            KisControlMessage.ALREADY_SUBSCRIBED);

    private final StreamListener listener;

    public KisStreamAdapter(StreamListener listener) {
        this.listener = listener;
    }

    @Override
    public String onRaw(String message, Instant receiveTime, long receivedAtNanos) {
        return listener.onRaw(message, receiveTime, receivedAtNanos);
    }

    @Override
    public void onData(KisDataFrame frame, String rawRef, Instant receiveTime, long receivedAtNanos) {
        listener.onDataMessage(receiveTime);
        if (frame.encrypted()) {
            return; // execution notices are not subscribed by the observer
        }
        boolean trade = KisFrameParser.TRADE_TR.equals(frame.trId());
        boolean orderbook = KisFrameParser.ORDERBOOK_TR.equals(frame.trId());
        if (!trade && !orderbook) {
            return;
        }
        for (String[] r : frame.records()) {
            if (!listener.wants(r[0])) {
                continue;
            }
            try {
                if (trade) {
                    listener.onTrade(KisTradeRecords.trade(r, rawRef, receiveTime));
                } else {
                    listener.onQuote(KisTradeRecords.quote(r, rawRef, receiveTime));
                }
            } catch (FieldValueException e) {
                listener.onValueRejected(frame.trId(), e, rawRef, frame.raw().length());
            } catch (RuntimeException e) {
                listener.onMalformed("bad value in " + frame.trId() + ": " + e, rawRef);
            }
        }
    }

    @Override
    public void onControl(KisControlMessage m) {
        String code = m.msgCd() == null ? "none" : m.msgCd();
        Map<String, Object> f = fields(m);
        boolean noSymbol = m.trKey() == null || m.trKey().isBlank();
        StreamEvent.Kind kind;
        if (ABOUT_A_SYMBOL.contains(code) && noSymbol) {
            kind = StreamEvent.Kind.ERROR; // a reply about no symbol cannot change the registered set
        } else {
            kind = switch (code) {
                case KisControlMessage.SUBSCRIBED -> StreamEvent.Kind.REGISTERED;
                case KisControlMessage.UNSUBSCRIBED -> StreamEvent.Kind.RELEASED;
                case KisControlMessage.MAX_SUBSCRIBE_OVER, KisControlMessage.ALREADY_SUBSCRIBED -> StreamEvent.Kind
                        .REGISTRATION_REFUSED;
                case KisControlMessage.APPKEY_IN_USE, KisControlMessage.INVALID_APPROVAL -> StreamEvent.Kind
                        .SESSION_REFUSED;
                default -> m.isSuccess() ? StreamEvent.Kind.INFO : StreamEvent.Kind.ERROR;
            };
        }
        listener.onEvent(new StreamEvent(kind, noSymbol ? null : m.trKey(), code, m.msg1(), f));
    }

    private static Map<String, Object> fields(KisControlMessage m) {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("tr_id", m.trId());
        f.put("tr_key", m.trKey());
        f.put("rt_cd", m.rtCd());
        f.put("msg_cd", m.msgCd());
        f.put("msg1", m.msg1());
        return f;
    }

    @Override
    public void onMalformed(KisFrameParseException error, String rawRef) {
        listener.onMalformed(error.getMessage(), rawRef);
    }

    @Override
    public void onOpen() {
        listener.onOpen();
    }

    @Override
    public void onClosed(String reason) {
        listener.onClosed(reason);
    }
}
