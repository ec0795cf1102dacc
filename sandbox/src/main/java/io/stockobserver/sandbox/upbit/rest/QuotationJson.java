package io.stockobserver.sandbox.upbit.rest;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.stockobserver.sandbox.upbit.market.Caution;
import io.stockobserver.sandbox.upbit.market.MinuteCandle;
import io.stockobserver.sandbox.upbit.market.OrderbookSnapshot;
import io.stockobserver.sandbox.upbit.market.OrderbookUnit;
import io.stockobserver.sandbox.upbit.market.TickerSnapshot;
import io.stockobserver.sandbox.upbit.market.TradeTick;
import io.stockobserver.sandbox.upbit.market.UpbitPair;
import io.stockobserver.sandbox.upbit.wire.UpbitDecimals;
import io.stockobserver.sandbox.upbit.wire.UpbitTime;
import io.stockobserver.sandbox.wire.KisJson;
import java.math.BigDecimal;
import java.time.ZoneOffset;

/**
 * The JSON objects of the Quotation REST answers, keys in Upbit's order (PROVIDERS_FACTS §1.1). Numbers are JSON
 * numbers written as Java writes doubles, so large prices may come out as {@code 1.16539E8} as on Upbit's wire.
 */
final class QuotationJson {

    private QuotationJson() {}

    /** One element of {@code /v1/market/all}, with {@code market_event} when details are asked for. */
    static ObjectNode market(UpbitPair pair, boolean details) {
        ObjectNode node = KisJson.object()
                .put("market", pair.market())
                .put("korean_name", pair.koreanName())
                .put("english_name", pair.englishName());
        if (details) {
            ObjectNode caution = KisJson.object();
            for (Caution flag : Caution.values()) {
                caution.put(flag.name(), pair.caution(flag));
            }
            ObjectNode event = KisJson.object().put("warning", pair.warning());
            event.set("caution", caution);
            node.set("market_event", event);
        }
        return node;
    }

    /** One element of {@code /v1/ticker}: the 26 documented fields. */
    static ObjectNode ticker(TickerSnapshot t) {
        return KisJson.object()
                .put("market", t.market())
                .put("trade_date", UpbitTime.compactDate(t.tradeTimestamp(), ZoneOffset.UTC))
                .put("trade_time", UpbitTime.compactTime(t.tradeTimestamp(), ZoneOffset.UTC))
                .put("trade_date_kst", UpbitTime.compactDate(t.tradeTimestamp(), UpbitTime.KST))
                .put("trade_time_kst", UpbitTime.compactTime(t.tradeTimestamp(), UpbitTime.KST))
                .put("trade_timestamp", t.tradeTimestamp())
                .put("opening_price", t.openingPrice())
                .put("high_price", t.highPrice())
                .put("low_price", t.lowPrice())
                .put("trade_price", t.tradePrice())
                .put("prev_closing_price", t.prevClosingPrice())
                .put("change", t.change().name())
                .put("change_price", t.changePrice())
                .put("change_rate", UpbitDecimals.rate(t.changeRate()))
                .put("signed_change_price", t.signedChangePrice())
                .put("signed_change_rate", UpbitDecimals.rate(t.signedChangeRate()))
                .put("trade_volume", UpbitDecimals.amount(t.tradeVolume()))
                .put("acc_trade_price", UpbitDecimals.amount(t.accTradePrice()))
                .put("acc_trade_price_24h", UpbitDecimals.amount(t.accTradePrice24h()))
                .put("acc_trade_volume", UpbitDecimals.amount(t.accTradeVolume()))
                .put("acc_trade_volume_24h", UpbitDecimals.amount(t.accTradeVolume24h()))
                .put("highest_52_week_price", t.highest52WeekPrice())
                .put("highest_52_week_date", UpbitTime.date(t.highest52WeekDate()))
                .put("lowest_52_week_price", t.lowest52WeekPrice())
                .put("lowest_52_week_date", UpbitTime.date(t.lowest52WeekDate()))
                .put("timestamp", t.timestamp());
    }

    /** One element of {@code /v1/orderbook}: the best {@code count} rows and their totals. */
    static ObjectNode orderbook(OrderbookSnapshot book, int count) {
        ArrayNode units = KisJson.array();
        for (OrderbookUnit unit : book.top(count)) {
            units.add(KisJson.object()
                    .put("ask_price", unit.askPrice())
                    .put("bid_price", unit.bidPrice())
                    .put("ask_size", UpbitDecimals.amount(unit.askSize()))
                    .put("bid_size", UpbitDecimals.amount(unit.bidSize())));
        }
        ObjectNode node = KisJson.object()
                .put("market", book.market())
                .put("timestamp", book.timestamp())
                .put("total_ask_size", round8(book.totalAskSize(count)))
                .put("total_bid_size", round8(book.totalBidSize(count)));
        node.set("orderbook_units", units);
        return node.put("level", 0);
    }

    /** One element of {@code /v1/orderbook/instruments}. */
    static ObjectNode instrument(UpbitPair pair, BigDecimal tickSize) {
        ObjectNode node = KisJson.object()
                .put("market", pair.market())
                .put("quote_currency", pair.quote().name())
                .put("tick_size", tickSize.toPlainString());
        node.set("supported_levels", KisJson.array().add("0"));
        return node;
    }

    /** One element of {@code /v1/trades/ticks}. */
    static ObjectNode trade(TradeTick trade) {
        return KisJson.object()
                .put("market", trade.market())
                .put("trade_date_utc", UpbitTime.dashedDate(trade.tradeTimestamp()))
                .put("trade_time_utc", UpbitTime.colonTime(trade.tradeTimestamp()))
                .put("timestamp", trade.tradeTimestamp())
                .put("trade_price", trade.tradePrice())
                .put("trade_volume", UpbitDecimals.amount(trade.tradeVolume()))
                .put("prev_closing_price", trade.prevClosingPrice())
                .put("change_price", trade.changePrice())
                .put("ask_bid", trade.askBid().name())
                .put("sequential_id", trade.sequentialId());
    }

    /** One element of {@code /v1/candles/minutes/{unit}}. */
    static ObjectNode candle(MinuteCandle candle) {
        return KisJson.object()
                .put("market", candle.market())
                .put("candle_date_time_utc", UpbitTime.candle(candle.start(), ZoneOffset.UTC))
                .put("candle_date_time_kst", UpbitTime.candle(candle.start(), UpbitTime.KST))
                .put("opening_price", candle.openingPrice())
                .put("high_price", candle.highPrice())
                .put("low_price", candle.lowPrice())
                .put("trade_price", candle.tradePrice())
                .put("timestamp", candle.lastTradeTimestamp())
                .put("candle_acc_trade_price", UpbitDecimals.amount(candle.accTradePrice()))
                .put("candle_acc_trade_volume", round8(candle.accTradeVolume()))
                .put("unit", candle.unit());
    }

    private static double round8(double value) {
        return Math.abs(value) >= 1e10 ? Math.rint(value) : Math.round(value * 1e8) / 1e8;
    }
}
