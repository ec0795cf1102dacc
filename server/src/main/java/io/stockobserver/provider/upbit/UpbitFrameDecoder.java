package io.stockobserver.provider.upbit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.stockobserver.pipeline.FieldValueException;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Decodes one Upbit socket message (PROVIDERS_FACTS §1.3–1.4): a ticker, trade or orderbook frame in DEFAULT or
 * SIMPLE keys, the keep-alive {@code {"status":"UP"}}, or an {@code {"error":…}} frame. Data frames arrive as binary
 * WebSocket frames holding UTF-8 JSON; text frames are accepted too.
 *
 * <p>Anything else (not JSON, a JSON list from the {@code *_LIST} formats, which this adapter never asks for, a frame
 * without {@code type}, {@code code} or {@code stream_type}, a number out of bounds) is a {@link
 * UpbitFrameDecodeException} carrying the text: the caller counts and journals it, nothing is dropped silently. The
 * 2018 documentation sample, which says {@code market} instead of {@code type}/{@code code}, is such a frame.
 *
 * <p>Thread-safe: the decoder keeps no state.
 */
public final class UpbitFrameDecoder {
    private static final Set<String> TRADE_CONSUMED = Set.of(
            "type",
            "code",
            "trade_price",
            "trade_volume",
            "prev_closing_price",
            "best_ask_price",
            "best_ask_size",
            "best_bid_price",
            "best_bid_size");
    private static final Set<String> ORDERBOOK_CONSUMED = Set.of("type", "code", "orderbook_units");

    /** The text of a binary frame; throws when its bytes are not UTF-8 (the exception carries them in Base64). */
    public static String utf8(ByteBuffer binary) throws UpbitFrameDecodeException {
        ByteBuffer bytes = binary.asReadOnlyBuffer();
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(bytes.duplicate())
                    .toString();
        } catch (CharacterCodingException e) {
            byte[] raw = new byte[bytes.remaining()];
            bytes.duplicate().get(raw);
            throw new UpbitFrameDecodeException(
                    "binary frame is not UTF-8", "base64:" + Base64.getEncoder().encodeToString(raw), e);
        }
    }

    /** A binary frame: UTF-8 JSON. */
    public UpbitMessage decode(ByteBuffer binary) throws UpbitFrameDecodeException {
        return decode(utf8(binary));
    }

    /** A text frame, or the text of a binary one. */
    public UpbitMessage decode(String text) throws UpbitFrameDecodeException {
        if (text == null || text.isBlank()) {
            throw new UpbitFrameDecodeException("empty message", text);
        }
        JsonNode json;
        try {
            json = UpbitJson.parse(text);
        } catch (IOException e) {
            throw new UpbitFrameDecodeException("not JSON", text, e);
        }
        if (!json.isObject()) {
            throw new UpbitFrameDecodeException("not a JSON object but " + json.getNodeType(), text);
        }
        if (json.has("error")) {
            return error(json, text);
        }
        ObjectNode frame =
                UpbitSimpleKeys.isSimple(json) ? UpbitSimpleKeys.toDefault((ObjectNode) json) : (ObjectNode) json;
        String type = UpbitJson.text(frame, "type");
        if (type == null && frame.has("status")) {
            return new UpbitStatus(UpbitJson.text(frame, "status"), text);
        }
        if (type == null) {
            throw new UpbitFrameDecodeException("no type", text);
        }
        try {
            return switch (type) {
                case "ticker" -> ticker(frame, text);
                case "trade" -> trade(frame, text);
                case "orderbook" -> orderbook(frame, text);
                default -> throw new UpbitFrameDecodeException(
                        "unsupported type '" + UpbitApiException.excerpt(type) + "'", text);
            };
        } catch (FieldValueException e) {
            throw new UpbitFrameDecodeException(type + " " + e.getMessage(), text, e);
        }
    }

    private static UpbitError error(JsonNode json, String text) throws UpbitFrameDecodeException {
        return UpbitErrorBody.of(json)
                .map(e -> new UpbitError(e.name(), e.message(), text))
                .orElseThrow(() -> new UpbitFrameDecodeException("error is not an object", text));
    }

    private static UpbitTicker ticker(ObjectNode f, String text) throws UpbitFrameDecodeException {
        String code = code(f, text);
        UpbitStreamType st = streamType(f, text);
        UpbitTickerFields.Normalized n = UpbitTickerFields.normalize(f, true);
        Instant eventTime = UpbitJson.epochMillis(f, "trade_timestamp", "event_time");
        return new UpbitTicker(code, st, eventTime, n.fields(), n.providerSpecific(), text);
    }

    private static UpbitTrade trade(ObjectNode f, String text) throws UpbitFrameDecodeException {
        String code = code(f, text);
        UpbitStreamType st = streamType(f, text);
        Long sid = UpbitJson.integer(f, "sequential_id", "sequential_id");
        if (sid == null) {
            throw new UpbitFrameDecodeException("trade without sequential_id", text);
        }
        Map<String, Object> fields = new LinkedHashMap<>();
        UpbitTickerFields.putIfPresent(fields, "last_price", UpbitJson.decimal(f, "trade_price", "last_price"));
        UpbitTickerFields.putIfPresent(fields, "last_size", UpbitJson.decimal(f, "trade_volume", "last_size"));
        UpbitTickerFields.putIfPresent(fields, "prev_close", UpbitJson.decimal(f, "prev_closing_price", "prev_close"));
        UpbitTickerFields.putIfPresent(fields, "change", signedChange(f));
        UpbitTickerFields.putIfPresent(fields, "ask_price", UpbitJson.decimal(f, "best_ask_price", "ask_price"));
        UpbitTickerFields.putIfPresent(fields, "ask_size", UpbitJson.decimal(f, "best_ask_size", "ask_size"));
        UpbitTickerFields.putIfPresent(fields, "bid_price", UpbitJson.decimal(f, "best_bid_price", "bid_price"));
        UpbitTickerFields.putIfPresent(fields, "bid_size", UpbitJson.decimal(f, "best_bid_size", "bid_size"));
        Instant eventTime = UpbitJson.epochMillis(f, "trade_timestamp", "event_time");
        return new UpbitTrade(code, st, eventTime, sid, fields, UpbitJson.remainder(f, TRADE_CONSUMED), text);
    }

    /** A trade gives the absolute {@code change_price} and the direction in {@code change}; the archive is signed. */
    private static BigDecimal signedChange(JsonNode f) {
        BigDecimal abs = UpbitJson.decimal(f, "change_price", "change");
        String direction = UpbitJson.text(f, "change");
        if (abs == null || direction == null) {
            return null;
        }
        return switch (direction) {
            case "RISE", "EVEN" -> abs;
            case "FALL" -> abs.negate();
            default -> null; // an unknown direction cannot be signed; change and change_price stay provider-specific
        };
    }

    private static UpbitOrderbook orderbook(ObjectNode f, String text) throws UpbitFrameDecodeException {
        String code = code(f, text);
        UpbitStreamType st = streamType(f, text);
        JsonNode units = f.get("orderbook_units");
        if (units == null || !units.isArray()) {
            throw new UpbitFrameDecodeException("orderbook without orderbook_units", text);
        }
        List<UpbitBookLevel> asks = new ArrayList<>(units.size());
        List<UpbitBookLevel> bids = new ArrayList<>(units.size());
        for (int i = 0; i < units.size(); i++) {
            JsonNode u = units.get(i);
            if (!u.isObject()) {
                throw new UpbitFrameDecodeException("orderbook_units[" + i + "] is not an object", text);
            }
            addLevel(asks, u, "ask_price", "ask_size", i, text);
            addLevel(bids, u, "bid_price", "bid_size", i, text);
        }
        Map<String, Object> fields = new LinkedHashMap<>();
        if (!asks.isEmpty()) {
            fields.put("ask_price", asks.get(0).price());
            fields.put("ask_size", asks.get(0).size());
        }
        if (!bids.isEmpty()) {
            fields.put("bid_price", bids.get(0).price());
            fields.put("bid_size", bids.get(0).size());
        }
        Instant eventTime = UpbitJson.epochMillis(f, "timestamp", "event_time");
        Map<String, String> specific = UpbitJson.remainder(f, ORDERBOOK_CONSUMED);
        return new UpbitOrderbook(code, st, eventTime, asks, bids, fields, specific, text);
    }

    /**
     * Adds one side of a unit unless it is padding: a thin side is filled with 0/0 slots, which are no level. A zero
     * price with a size, a missing value or a negative value is a broken book, refused as a whole.
     */
    private static void addLevel(
            List<UpbitBookLevel> side, JsonNode unit, String priceKey, String sizeKey, int i, String text)
            throws UpbitFrameDecodeException {
        BigDecimal price = UpbitJson.decimal(unit, priceKey, priceKey);
        BigDecimal size = UpbitJson.decimal(unit, sizeKey, sizeKey);
        if (price == null || size == null) {
            throw new UpbitFrameDecodeException("orderbook_units[" + i + "] without " + priceKey + "/" + sizeKey, text);
        }
        if (price.signum() == 0 && size.signum() == 0) {
            return;
        }
        if (price.signum() <= 0 || size.signum() < 0) {
            throw new UpbitFrameDecodeException(
                    "orderbook_units[" + i + "] " + priceKey + " " + price + " " + sizeKey + " " + size, text);
        }
        side.add(new UpbitBookLevel(price, size));
    }

    private static String code(JsonNode f, String text) throws UpbitFrameDecodeException {
        String code = UpbitJson.text(f, "code");
        if (code == null || code.isBlank()) {
            throw new UpbitFrameDecodeException("no code", text);
        }
        return code;
    }

    private static UpbitStreamType streamType(JsonNode f, String text) throws UpbitFrameDecodeException {
        String st = UpbitJson.text(f, "stream_type");
        if ("SNAPSHOT".equals(st)) {
            return UpbitStreamType.SNAPSHOT;
        }
        if ("REALTIME".equals(st)) {
            return UpbitStreamType.REALTIME;
        }
        throw new UpbitFrameDecodeException(
                st == null ? "no stream_type" : "unknown stream_type '" + UpbitApiException.excerpt(st) + "'", text);
    }
}
