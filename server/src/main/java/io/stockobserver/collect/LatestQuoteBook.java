package io.stockobserver.collect;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
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

    /**
     * Applies one H0STCNT0 record; throws {@link io.stockobserver.pipeline.FieldValueException} for a value that is not
     * a number within its field's bounds (nothing of the record is applied then).
     */
    public void onTrade(String[] r, String rawRef, Instant receiveTime) {
        Instant eventTime = KisFields.kstInstant(r[KisTradeLayout.DATE], r[KisTradeLayout.TIME]);
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("last_price", KisFields.integer("last_price", r[KisTradeLayout.PRICE]));
        fields.put("last_size", KisFields.integer("last_size", r[KisTradeLayout.SIZE]));
        fields.put("volume", KisFields.integer("volume", r[KisTradeLayout.VOLUME]));
        fields.put("turnover", KisFields.integer("turnover", r[KisTradeLayout.TURNOVER]));
        fields.put("ask_price", KisFields.integer("ask_price", r[KisTradeLayout.ASK1]));
        fields.put("bid_price", KisFields.integer("bid_price", r[KisTradeLayout.BID1]));
        fields.put("ask_size", KisFields.integer("ask_size", r[KisTradeLayout.ASK1_SIZE]));
        fields.put("bid_size", KisFields.integer("bid_size", r[KisTradeLayout.BID1_SIZE]));
        fields.put("open", KisFields.integer("open", r[KisTradeLayout.OPEN]));
        fields.put("high", KisFields.integer("high", r[KisTradeLayout.HIGH]));
        fields.put("low", KisFields.integer("low", r[KisTradeLayout.LOW]));
        fields.put("change", KisFields.integer("change", r[KisTradeLayout.CHANGE]));
        BigDecimal rate = KisFields.decimal("change_rate", r[KisTradeLayout.CHANGE_RATE]);
        fields.put("change_rate", rate);
        Map<String, String> specific = new LinkedHashMap<>();
        for (int i = 0; i < r.length && i < KisTradeLayout.NAMES.length; i++) {
            if (!KisTradeLayout.NORMALIZED[i] && !r[i].isEmpty()) {
                specific.put(KisTradeLayout.NAMES[i], r[i]);
            }
        }
        quote(r[KisTradeLayout.SYMBOL]).trade(eventTime, fields, specific, rawRef, receiveTime);
    }

    /** Applies one H0STASP0 record (best level only; the full book is not part of the snapshot). */
    public void onOrderbook(String[] r, String rawRef, Instant receiveTime) {
        LocalDate day = receiveTime.atZone(KisFields.KST).toLocalDate();
        Instant quoteTime = KisFields.kstInstant(
                day.format(java.time.format.DateTimeFormatter.BASIC_ISO_DATE), r[KisTradeLayout.BOOK_TIME]);
        Long ask = KisFields.integer("ask_price", r[KisTradeLayout.BOOK_ASK1]);
        Long bid = KisFields.integer("bid_price", r[KisTradeLayout.BOOK_BID1]);
        Long askSize = KisFields.integer("ask_size", r[KisTradeLayout.BOOK_ASK1_SIZE]);
        Long bidSize = KisFields.integer("bid_size", r[KisTradeLayout.BOOK_BID1_SIZE]);
        quote(r[0]).book(quoteTime, ask, bid, askSize, bidSize, rawRef, receiveTime);
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
        private Long ask;
        private Long bid;
        private Long askSize;
        private Long bidSize;

        synchronized void trade(Instant t, Map<String, Object> f, Map<String, String> s, String ref, Instant rcv) {
            tradeTime = t;
            fields = f;
            specific = s;
            rawRef = ref;
            receiveTime = rcv;
            trades++;
        }

        synchronized void book(Instant t, Long a, Long b, Long as, Long bs, String ref, Instant rcv) {
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
