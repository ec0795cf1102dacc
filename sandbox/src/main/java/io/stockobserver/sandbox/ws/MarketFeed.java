package io.stockobserver.sandbox.ws;

import io.stockobserver.sandbox.market.BookEvent;
import io.stockobserver.sandbox.market.MarketEvent;
import io.stockobserver.sandbox.market.MarketModel;
import io.stockobserver.sandbox.market.TradeEvent;
import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * One emission tick: collects the events of every subscribed symbol from the model and turns them into frames.
 * All trades of a session's H0STCNT0 symbols in one tick go into one frame (count > 1 when several happened, possibly
 * of several symbols), as the venue packs them; each changed book becomes one H0STASP0 record (the last state of
 * the tick). Records of a registration removed while the tick ran are dropped at delivery. Then every session's
 * outbox is pumped.
 */
final class MarketFeed implements Runnable {

    private static final System.Logger LOG = System.getLogger(MarketFeed.class.getName());

    private final MarketModel market;
    private final SubscriptionIndex index;
    private final Supplier<Collection<WsSession>> sessions;
    private final TradeRecordEncoder tradeEncoder = new TradeRecordEncoder();
    private final OrderBookRecordEncoder bookEncoder;

    MarketFeed(
            MarketModel market,
            SubscriptionIndex index,
            Supplier<Collection<WsSession>> sessions,
            OrderBookRecordEncoder bookEncoder) {
        this.market = market;
        this.index = index;
        this.sessions = sessions;
        this.bookEncoder = bookEncoder;
    }

    @Override
    public void run() {
        try {
            tick();
        } catch (RuntimeException e) {
            // A scheduled task that throws is never run again; log and keep the feed alive.
            LOG.log(Level.ERROR, "sandbox market feed tick failed", e);
        }
    }

    void tick() {
        SubscriptionIndex.Snapshot snapshot = index.snapshot();
        Map<WsSession, List<SymbolRecord>> tradeRecords = new LinkedHashMap<>();
        snapshot.bySymbol().forEach((code, subscribers) -> {
            BookEvent lastBook = null;
            for (MarketEvent event : market.drainEvents(code)) {
                if (event instanceof TradeEvent trade && !subscribers.trades().isEmpty()) {
                    SymbolRecord record = new SymbolRecord(code, tradeEncoder.encode(trade));
                    subscribers.trades().forEach(session -> tradeRecords
                            .computeIfAbsent(session, key -> new ArrayList<>())
                            .add(record));
                } else if (event instanceof BookEvent book) {
                    lastBook = book;
                }
            }
            if (lastBook != null && !subscribers.books().isEmpty()) {
                List<SymbolRecord> book = List.of(new SymbolRecord(code, bookEncoder.encode(lastBook.book())));
                subscribers.books().forEach(session -> session.deliverRegistered(SupportedTr.H0STASP0.name(), book, 1));
            }
        });
        tradeRecords.forEach((session, records) ->
                session.deliverRegistered(SupportedTr.H0STCNT0.name(), records, Frames.MAX_RECORDS));
        sessions.get().forEach(WsSession::flush);
    }
}
