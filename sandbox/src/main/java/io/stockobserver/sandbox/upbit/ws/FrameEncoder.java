package io.stockobserver.sandbox.upbit.ws;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.stockobserver.sandbox.upbit.market.OrderbookSnapshot;
import io.stockobserver.sandbox.upbit.market.OrderbookUnit;
import io.stockobserver.sandbox.upbit.market.TickerSnapshot;
import io.stockobserver.sandbox.upbit.market.TradeTick;
import io.stockobserver.sandbox.upbit.wire.UpbitDecimals;
import io.stockobserver.sandbox.upbit.wire.UpbitTime;
import io.stockobserver.sandbox.wire.KisJson;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

/**
 * Builds the UTF-8 JSON of every message the socket sends, keys in the order of Upbit's captures
 * (vectors/upbit/02–05; the ticker as in 02 and 03 without the removed trade_status and market_state_for_ios, with
 * stream_type last): data frames in DEFAULT keys, renamed for SIMPLE and wrapped in an
 * array for the {@code _LIST} formats; {@code {"status":"UP"}}; error frames; the LIST_SUBSCRIPTIONS answer.
 */
final class FrameEncoder {

    /** A data frame's {@code stream_type}. */
    enum StreamType {
        SNAPSHOT,
        REALTIME
    }

    private static final byte[] STATUS_UP = KisJson.bytes(KisJson.object().put("status", "UP"));

    private FrameEncoder() {}

    static byte[] ticker(TickerSnapshot t, StreamType stream, FrameFormat format) {
        ObjectNode node = KisJson.object()
                .put("type", "ticker")
                .put("code", t.market())
                .put("opening_price", t.openingPrice())
                .put("high_price", t.highPrice())
                .put("low_price", t.lowPrice())
                .put("trade_price", t.tradePrice())
                .put("prev_closing_price", t.prevClosingPrice())
                .put("acc_trade_price", UpbitDecimals.amount(t.accTradePrice()))
                .put("change", t.change().name())
                .put("change_price", t.changePrice())
                .put("signed_change_price", t.signedChangePrice())
                .put("change_rate", UpbitDecimals.rate(t.changeRate()))
                .put("signed_change_rate", UpbitDecimals.rate(t.signedChangeRate()))
                .put("ask_bid", t.askBid().name())
                .put("trade_volume", UpbitDecimals.amount(t.tradeVolume()))
                .put("acc_trade_volume", UpbitDecimals.amount(t.accTradeVolume()))
                .put("trade_date", UpbitTime.compactDate(t.tradeTimestamp(), ZoneOffset.UTC))
                .put("trade_time", UpbitTime.compactTime(t.tradeTimestamp(), ZoneOffset.UTC))
                .put("trade_timestamp", t.tradeTimestamp())
                .put("acc_ask_volume", UpbitDecimals.amount(t.accAskVolume()))
                .put("acc_bid_volume", UpbitDecimals.amount(t.accBidVolume()))
                .put("highest_52_week_price", t.highest52WeekPrice())
                .put("highest_52_week_date", UpbitTime.date(t.highest52WeekDate()))
                .put("lowest_52_week_price", t.lowest52WeekPrice())
                .put("lowest_52_week_date", UpbitTime.date(t.lowest52WeekDate()))
                .put("market_state", "ACTIVE")
                .put("is_trading_suspended", false)
                .putNull("delisting_date")
                .put("market_warning", t.marketWarning() ? "CAUTION" : "NONE")
                .put("timestamp", t.timestamp())
                .put("acc_trade_price_24h", UpbitDecimals.amount(t.accTradePrice24h()))
                .put("acc_trade_volume_24h", UpbitDecimals.amount(t.accTradeVolume24h()))
                .put("stream_type", stream.name());
        return encode(node, SimpleKeys.TICKER, format);
    }

    /** A trade frame; {@code timestamp} is when the frame's data was taken (the trade's time for REALTIME). */
    static byte[] trade(TradeTick trade, long timestamp, StreamType stream, FrameFormat format) {
        ObjectNode node = KisJson.object()
                .put("type", "trade")
                .put("code", trade.market())
                .put("timestamp", timestamp)
                .put("trade_date", UpbitTime.dashedDate(trade.tradeTimestamp()))
                .put("trade_time", UpbitTime.colonTime(trade.tradeTimestamp()))
                .put("trade_timestamp", trade.tradeTimestamp())
                .put("trade_price", trade.tradePrice())
                .put("trade_volume", UpbitDecimals.amount(trade.tradeVolume()))
                .put("ask_bid", trade.askBid().name())
                .put("prev_closing_price", trade.prevClosingPrice())
                .put("change", trade.change().name())
                .put("change_price", trade.changePrice())
                .put("sequential_id", trade.sequentialId())
                .put("best_ask_price", trade.bestAskPrice())
                .put("best_ask_size", UpbitDecimals.amount(trade.bestAskSize()))
                .put("best_bid_price", trade.bestBidPrice())
                .put("best_bid_size", UpbitDecimals.amount(trade.bestBidSize()))
                .put("stream_type", stream.name());
        return encode(node, SimpleKeys.TRADE, format);
    }

    /** A whole book of the best {@code units} rows (the thinner side padded with zeros), at level 0. */
    static byte[] orderbook(OrderbookSnapshot book, int units, StreamType stream, FrameFormat format) {
        ArrayNode rows = KisJson.array();
        for (OrderbookUnit unit : book.top(units)) {
            rows.add(KisJson.object()
                    .put("ask_price", unit.askPrice())
                    .put("bid_price", unit.bidPrice())
                    .put("ask_size", UpbitDecimals.amount(unit.askSize()))
                    .put("bid_size", UpbitDecimals.amount(unit.bidSize())));
        }
        ObjectNode node = KisJson.object()
                .put("type", "orderbook")
                .put("code", book.market())
                .put("timestamp", book.timestamp())
                .put("total_ask_size", round8(book.totalAskSize(units)))
                .put("total_bid_size", round8(book.totalBidSize(units)));
        node.set("orderbook_units", rows);
        node.put("stream_type", stream.name()).put("level", 0);
        return encode(node, SimpleKeys.ORDERBOOK, format);
    }

    /** {@code {"status":"UP"}}, the answer to a text PING. */
    static byte[] statusUp() {
        return STATUS_UP.clone();
    }

    /** {@code {"error":{"name":…,"message":…}}}. */
    static byte[] error(RequestError error) {
        ObjectNode body = KisJson.object();
        body.set("error", KisJson.object().put("name", error.name()).put("message", error.getMessage()));
        return KisJson.bytes(body);
    }

    /** The LIST_SUBSCRIPTIONS answer: each subscribed type with its codes as sent (orderbook with its level). */
    static byte[] subscriptions(String ticket, List<TypeRequest> held, FrameFormat format) {
        ArrayNode result = KisJson.array();
        for (TypeRequest type : held) {
            ObjectNode entry = KisJson.object().put("type", type.type().wireName());
            ArrayNode codes = KisJson.array();
            type.codes().forEach(codes::add);
            entry.set("codes", codes);
            if (type.type() == DataType.ORDERBOOK) {
                entry.put("level", 0);
            }
            result.add(entry);
        }
        ObjectNode node = KisJson.object().put("method", "LIST_SUBSCRIPTIONS");
        node.set("result", result);
        node.put("ticket", ticket);
        return encode(node, SimpleKeys.LIST, format);
    }

    private static byte[] encode(ObjectNode node, Map<String, String> simpleKeys, FrameFormat format) {
        JsonNode keyed = format.simpleKeys() ? SimpleKeys.rename(node, simpleKeys) : node;
        return KisJson.bytes(format.list() ? KisJson.array().add(keyed) : keyed);
    }

    private static double round8(double value) {
        return Math.abs(value) >= 1e10 ? Math.rint(value) : Math.round(value * 1e8) / 1e8;
    }
}
