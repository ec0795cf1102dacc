package io.stockobserver.sandbox.upbit.ws;

import io.stockobserver.sandbox.upbit.market.PairEvent;
import io.stockobserver.sandbox.upbit.market.UpbitMarketModel;
import io.stockobserver.sandbox.upbit.ws.FrameEncoder.StreamType;
import java.lang.System.Logger.Level;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * One emission tick: drains the events of every subscribed market and turns them into REALTIME frames. Every trade
 * becomes a {@code trade} frame and a {@code ticker} frame (Upbit sends a ticker per trade); the book's last state of
 * the tick becomes one {@code orderbook} frame (sandbox choice: a busy book changes more often than a client needs).
 * Each frame is encoded once per key format and row count. Then every connection's outbox is pumped.
 */
final class UpbitFeed implements Runnable {

    private static final System.Logger LOG = System.getLogger(UpbitFeed.class.getName());

    private final UpbitMarketModel market;
    private final SubscriptionIndex index;
    private final Supplier<Collection<UpbitSession>> sessions;

    UpbitFeed(UpbitMarketModel market, SubscriptionIndex index, Supplier<Collection<UpbitSession>> sessions) {
        this.market = market;
        this.index = index;
        this.sessions = sessions;
    }

    @Override
    public void run() {
        try {
            tick();
        } catch (RuntimeException e) {
            // A scheduled task that throws is never run again; log and keep the feed alive.
            LOG.log(Level.ERROR, "Upbit sandbox feed tick failed", e);
        }
    }

    void tick() {
        index.routing().forEach(this::deliver);
        sessions.get().forEach(UpbitSession::flush);
    }

    private void deliver(String code, List<UpbitSession> subscribers) {
        PairEvent.BookChanged lastBook = null;
        for (PairEvent event : market.drainEvents(code)) {
            if (event instanceof PairEvent.Traded traded) {
                Function<UpbitSession.Variant, byte[]> trade = cached(variant -> FrameEncoder.trade(
                        traded.trade(), traded.trade().tradeTimestamp(), StreamType.REALTIME, variant.format()));
                Function<UpbitSession.Variant, byte[]> ticker =
                        cached(variant -> FrameEncoder.ticker(traded.ticker(), StreamType.REALTIME, variant.format()));
                for (UpbitSession session : subscribers) {
                    session.offerRealtime(DataType.TRADE, code, traded.nanos(), trade);
                    session.offerRealtime(DataType.TICKER, code, traded.nanos(), ticker);
                }
            } else if (event instanceof PairEvent.BookChanged book) {
                lastBook = book;
            }
        }
        if (lastBook != null) {
            PairEvent.BookChanged book = lastBook;
            Function<UpbitSession.Variant, byte[]> frame = cached(variant ->
                    FrameEncoder.orderbook(book.book(), variant.units(), StreamType.REALTIME, variant.format()));
            for (UpbitSession session : subscribers) {
                session.offerRealtime(DataType.ORDERBOOK, code, book.nanos(), frame);
            }
        }
    }

    private static Function<UpbitSession.Variant, byte[]> cached(Function<UpbitSession.Variant, byte[]> encoder) {
        Map<UpbitSession.Variant, byte[]> encoded = new HashMap<>();
        return variant -> encoded.computeIfAbsent(variant, encoder);
    }
}
