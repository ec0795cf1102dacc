package io.stockobserver.provider.kis;

import io.stockobserver.provider.QuoteTop;
import io.stockobserver.provider.TradeTick;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Maps KIS real-time records to venue-neutral updates: H0STCNT0 (체결가) to a {@link TradeTick}, H0STASP0 (호가) to a
 * {@link QuoteTop}. Numbers outside their field's bounds throw {@link io.stockobserver.pipeline.FieldValueException}
 * (nothing of the record is used then).
 */
public final class KisTradeRecords {
    private KisTradeRecords() {}

    /** One H0STCNT0 record: the normalized trade, and every other field under its KIS name. */
    public static TradeTick trade(String[] r, String rawRef, Instant receiveTime) {
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
        fields.put("change_rate", KisFields.decimal("change_rate", r[KisTradeLayout.CHANGE_RATE]));
        Map<String, String> specific = new LinkedHashMap<>();
        for (int i = 0; i < r.length && i < KisTradeLayout.NAMES.length; i++) {
            if (!KisTradeLayout.NORMALIZED[i] && !r[i].isEmpty()) {
                specific.put(KisTradeLayout.NAMES[i], r[i]);
            }
        }
        return new TradeTick(r[KisTradeLayout.SYMBOL], eventTime, fields, specific, rawRef, receiveTime);
    }

    /** One H0STASP0 record: best level only (the full book is not part of the snapshot), quoted today in KST. */
    public static QuoteTop quote(String[] r, String rawRef, Instant receiveTime) {
        LocalDate day = receiveTime.atZone(KisFields.KST).toLocalDate();
        Instant quoteTime =
                KisFields.kstInstant(day.format(DateTimeFormatter.BASIC_ISO_DATE), r[KisTradeLayout.BOOK_TIME]);
        return new QuoteTop(
                r[0],
                quoteTime,
                KisFields.integer("ask_price", r[KisTradeLayout.BOOK_ASK1]),
                KisFields.integer("bid_price", r[KisTradeLayout.BOOK_BID1]),
                KisFields.integer("ask_size", r[KisTradeLayout.BOOK_ASK1_SIZE]),
                KisFields.integer("bid_size", r[KisTradeLayout.BOOK_BID1_SIZE]),
                rawRef,
                receiveTime);
    }
}
