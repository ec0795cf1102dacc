package io.stockobserver.provider.upbit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.Map;

/**
 * The abbreviated keys of the SIMPLE format and their DEFAULT names, per frame type (PROVIDERS_FACTS §1.4, checked
 * against the SIMPLE samples in {@code vectors/upbit/03_*} and {@code 04_*}). A SIMPLE frame is rewritten to DEFAULT
 * names before decoding, so both formats decode the same way and archive the same provider-specific names; a key
 * without a known DEFAULT name is kept as sent.
 */
final class UpbitSimpleKeys {
    private static final Map<String, String> COMMON =
            Map.of("ty", "type", "cd", "code", "tms", "timestamp", "st", "stream_type");

    private static final Map<String, String> TICKER = Map.ofEntries(
            Map.entry("op", "opening_price"),
            Map.entry("hp", "high_price"),
            Map.entry("lp", "low_price"),
            Map.entry("tp", "trade_price"),
            Map.entry("pcp", "prev_closing_price"),
            Map.entry("c", "change"),
            Map.entry("cp", "change_price"),
            Map.entry("scp", "signed_change_price"),
            Map.entry("cr", "change_rate"),
            Map.entry("scr", "signed_change_rate"),
            Map.entry("tv", "trade_volume"),
            Map.entry("atv", "acc_trade_volume"),
            Map.entry("atv24h", "acc_trade_volume_24h"),
            Map.entry("atp", "acc_trade_price"),
            Map.entry("atp24h", "acc_trade_price_24h"),
            Map.entry("tdt", "trade_date"),
            Map.entry("ttm", "trade_time"),
            Map.entry("ttms", "trade_timestamp"),
            Map.entry("ab", "ask_bid"),
            Map.entry("aav", "acc_ask_volume"),
            Map.entry("abv", "acc_bid_volume"),
            Map.entry("h52wp", "highest_52_week_price"),
            Map.entry("h52wdt", "highest_52_week_date"),
            Map.entry("l52wp", "lowest_52_week_price"),
            Map.entry("l52wdt", "lowest_52_week_date"),
            Map.entry("ms", "market_state"),
            Map.entry("its", "is_trading_suspended"),
            Map.entry("dd", "delisting_date"),
            Map.entry("mw", "market_warning"),
            Map.entry("ts", "trade_status"),
            Map.entry("msfi", "market_state_for_ios"));

    private static final Map<String, String> TRADE = Map.ofEntries(
            Map.entry("tp", "trade_price"),
            Map.entry("tv", "trade_volume"),
            Map.entry("ab", "ask_bid"),
            Map.entry("pcp", "prev_closing_price"),
            Map.entry("c", "change"),
            Map.entry("cp", "change_price"),
            Map.entry("td", "trade_date"),
            Map.entry("ttm", "trade_time"),
            Map.entry("ttms", "trade_timestamp"),
            Map.entry("sid", "sequential_id"),
            Map.entry("bap", "best_ask_price"),
            Map.entry("bas", "best_ask_size"),
            Map.entry("bbp", "best_bid_price"),
            Map.entry("bbs", "best_bid_size"));

    private static final Map<String, String> ORDERBOOK =
            Map.of("tas", "total_ask_size", "tbs", "total_bid_size", "obu", "orderbook_units", "lv", "level");

    private static final Map<String, String> UNIT =
            Map.of("ap", "ask_price", "bp", "bid_price", "as", "ask_size", "bs", "bid_size");

    private UpbitSimpleKeys() {}

    /** True for a frame in SIMPLE keys ({@code ty} instead of {@code type}). */
    static boolean isSimple(JsonNode frame) {
        return frame.has("ty") && !frame.has("type");
    }

    /** The frame with DEFAULT names; the input is not changed. */
    static ObjectNode toDefault(ObjectNode simple) {
        String type = UpbitJson.text(simple, "ty");
        Map<String, String> keys = "ticker".equals(type)
                ? TICKER
                : "trade".equals(type) ? TRADE : "orderbook".equals(type) ? ORDERBOOK : Map.of();
        ObjectNode out = UpbitJson.MAPPER.createObjectNode();
        Iterator<Map.Entry<String, JsonNode>> it = simple.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            String name = COMMON.getOrDefault(e.getKey(), keys.getOrDefault(e.getKey(), e.getKey()));
            JsonNode value = e.getValue();
            if (name.equals("orderbook_units") && value.isArray()) {
                value = units((ArrayNode) value);
            }
            out.set(name, value);
        }
        return out;
    }

    private static ArrayNode units(ArrayNode simple) {
        ArrayNode out = UpbitJson.MAPPER.createArrayNode();
        for (JsonNode unit : simple) {
            if (!unit.isObject()) {
                out.add(unit);
                continue;
            }
            ObjectNode u = out.addObject();
            unit.fields().forEachRemaining(e -> u.set(UNIT.getOrDefault(e.getKey(), e.getKey()), e.getValue()));
        }
        return out;
    }
}
