package io.stockobserver.sandbox.upbit.ws;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.stockobserver.sandbox.wire.KisJson;
import java.util.Iterator;
import java.util.Map;

/**
 * The SIMPLE format's abbreviated keys, DEFAULT → SIMPLE, per type (PROVIDERS_FACTS §1.4; the trade's
 * {@code trade_date} is {@code td}, the ticker's {@code tdt}). Keys without an abbreviation stay as they are.
 */
final class SimpleKeys {

    static final Map<String, String> TICKER = Map.ofEntries(
            Map.entry("type", "ty"),
            Map.entry("code", "cd"),
            Map.entry("opening_price", "op"),
            Map.entry("high_price", "hp"),
            Map.entry("low_price", "lp"),
            Map.entry("trade_price", "tp"),
            Map.entry("prev_closing_price", "pcp"),
            Map.entry("change", "c"),
            Map.entry("change_price", "cp"),
            Map.entry("signed_change_price", "scp"),
            Map.entry("change_rate", "cr"),
            Map.entry("signed_change_rate", "scr"),
            Map.entry("trade_volume", "tv"),
            Map.entry("acc_trade_volume", "atv"),
            Map.entry("acc_trade_volume_24h", "atv24h"),
            Map.entry("acc_trade_price", "atp"),
            Map.entry("acc_trade_price_24h", "atp24h"),
            Map.entry("trade_date", "tdt"),
            Map.entry("trade_time", "ttm"),
            Map.entry("trade_timestamp", "ttms"),
            Map.entry("ask_bid", "ab"),
            Map.entry("acc_ask_volume", "aav"),
            Map.entry("acc_bid_volume", "abv"),
            Map.entry("highest_52_week_price", "h52wp"),
            Map.entry("highest_52_week_date", "h52wdt"),
            Map.entry("lowest_52_week_price", "l52wp"),
            Map.entry("lowest_52_week_date", "l52wdt"),
            Map.entry("market_state", "ms"),
            Map.entry("is_trading_suspended", "its"),
            Map.entry("delisting_date", "dd"),
            Map.entry("market_warning", "mw"),
            Map.entry("timestamp", "tms"),
            Map.entry("stream_type", "st"));

    static final Map<String, String> TRADE = Map.ofEntries(
            Map.entry("type", "ty"),
            Map.entry("code", "cd"),
            Map.entry("trade_price", "tp"),
            Map.entry("trade_volume", "tv"),
            Map.entry("ask_bid", "ab"),
            Map.entry("prev_closing_price", "pcp"),
            Map.entry("change", "c"),
            Map.entry("change_price", "cp"),
            Map.entry("trade_date", "td"),
            Map.entry("trade_time", "ttm"),
            Map.entry("trade_timestamp", "ttms"),
            Map.entry("timestamp", "tms"),
            Map.entry("sequential_id", "sid"),
            Map.entry("best_ask_price", "bap"),
            Map.entry("best_ask_size", "bas"),
            Map.entry("best_bid_price", "bbp"),
            Map.entry("best_bid_size", "bbs"),
            Map.entry("stream_type", "st"));

    static final Map<String, String> ORDERBOOK = Map.ofEntries(
            Map.entry("type", "ty"),
            Map.entry("code", "cd"),
            Map.entry("total_ask_size", "tas"),
            Map.entry("total_bid_size", "tbs"),
            Map.entry("orderbook_units", "obu"),
            Map.entry("ask_price", "ap"),
            Map.entry("bid_price", "bp"),
            Map.entry("ask_size", "as"),
            Map.entry("bid_size", "bs"),
            Map.entry("timestamp", "tms"),
            Map.entry("level", "lv"),
            Map.entry("stream_type", "st"));

    /** The LIST_SUBSCRIPTIONS answer (global-docs list-subscriptions). */
    static final Map<String, String> LIST =
            Map.of("method", "mthd", "result", "rslt", "type", "ty", "codes", "cds", "level", "lv", "ticket", "tckt");

    private SimpleKeys() {}

    /** Returns a copy of a DEFAULT-keyed node with the keys renamed, nested objects and arrays included. */
    static JsonNode rename(JsonNode node, Map<String, String> keys) {
        if (node.isArray()) {
            ArrayNode copy = KisJson.array();
            node.forEach(element -> copy.add(rename(element, keys)));
            return copy;
        }
        if (!node.isObject()) {
            return node;
        }
        ObjectNode copy = KisJson.object();
        for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            copy.set(keys.getOrDefault(field.getKey(), field.getKey()), rename(field.getValue(), keys));
        }
        return copy;
    }
}
