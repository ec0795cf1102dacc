package io.stockobserver.collect;

import io.stockobserver.provider.QuoteTop;
import io.stockobserver.provider.TradeTick;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The latest trade and best quote per symbol, fed by the real-time stream and read by the 2 Hz sampler. Updates come
 * from the socket reader thread and must be cheap; each symbol's state has its own lock, so the sampler never blocks
 * the reader for more than one symbol's copy.
 */
public final class LatestQuoteBook {
    private final ConcurrentHashMap<String, SymbolQuote> quotes = new ConcurrentHashMap<>();

    /** Applies one trade (the venue has already checked every value against its field's bounds). */
    public void onTrade(TradeTick t) {
        quote(t.symbol()).trade(t.eventTime(), t.fields(), t.providerSpecific(), t.rawRef(), t.receiveTime());
    }

    /** Applies one best-quote update (best level only; the full book is not part of the snapshot). */
    public void onQuote(QuoteTop q) {
        quote(q.symbol()).book(q.quoteTime(), q.ask(), q.bid(), q.askSize(), q.bidSize(), q.rawRef(), q.receiveTime());
    }

    /** The symbol's state for sampling, resetting its trade counter; empty before the first trade. */
    public Optional<QuoteSnapshot> takeSnapshot(String symbol) {
        SymbolQuote q = quotes.get(symbol);
        return q == null ? Optional.empty() : q.snapshotAndReset(symbol);
    }

    /** When the last input for {@code symbol} arrived, if any. */
    public Optional<Instant> lastUpdate(String symbol) {
        SymbolQuote q = quotes.get(symbol);
        return q == null ? Optional.empty() : Optional.ofNullable(q.lastReceive());
    }

    public Set<String> symbols() {
        return quotes.keySet();
    }

    private SymbolQuote quote(String symbol) {
        return quotes.computeIfAbsent(symbol, s -> new SymbolQuote());
    }

    /**
     * What the sampler needs for one snapshot.
     *
     * @param fields normalized fields of the last trade, best quote overlaid when the orderbook is fresher
     * @param tradesSinceLastSample venue trades folded into this snapshot
     */
    public record QuoteSnapshot(
            String symbol,
            Instant eventTime,
            Instant receiveTime,
            String rawRef,
            Map<String, Object> fields,
            Map<String, String> providerSpecific,
            long tradesSinceLastSample) {}

    private static final class SymbolQuote {
        private Instant tradeTime;
        private Map<String, Object> fields;
        private Map<String, String> specific;
        private String rawRef;
        private Instant receiveTime;
        private long trades;
        private Instant bookTime;
        private Number ask;
        private Number bid;
        private Number askSize;
        private Number bidSize;

        synchronized void trade(Instant t, Map<String, Object> f, Map<String, String> s, String ref, Instant rcv) {
            tradeTime = t;
            fields = f;
            specific = s;
            rawRef = ref;
            receiveTime = rcv;
            trades++;
        }

        synchronized void book(Instant t, Number a, Number b, Number as, Number bs, String ref, Instant rcv) {
            bookTime = t;
            ask = a;
            bid = b;
            askSize = as;
            bidSize = bs;
            if (receiveTime == null || rcv.isAfter(receiveTime)) {
                receiveTime = rcv;
                rawRef = ref;
            }
        }

        synchronized Instant lastReceive() {
            return receiveTime;
        }

        synchronized Optional<QuoteSnapshot> snapshotAndReset(String symbol) {
            if (fields == null) {
                return Optional.empty();
            }
            Map<String, Object> out = new LinkedHashMap<>(fields);
            if (bookTime != null && !bookTime.isBefore(tradeTime)) {
                out.put("ask_price", ask);
                out.put("bid_price", bid);
                out.put("ask_size", askSize);
                out.put("bid_size", bidSize);
            }
            long folded = trades;
            trades = 0;
            return Optional.of(new QuoteSnapshot(symbol, tradeTime, receiveTime, rawRef, out, specific, folded));
        }
    }
}
