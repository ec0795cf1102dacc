package io.stockobserver.provider.kis;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Parses KIS WebSocket messages. A data frame packs {@code count} records back to back with {@code ^}; the record
 * width is derived as total fields / count and checked against the known layouts (H0STCNT0: 46; H0STASP0: 59 as
 * documented or 62 as observed in 2026), so a venue-side layout change is caught as a typed error, not mis-parsed.
 */
public final class KisFrameParser {
    /** Fields per H0STCNT0 (체결가) record. */
    public static final int TRADE_FIELDS = 46;
    /** Fields per H0STASP0 (호가) record, documented layout. */
    public static final int ORDERBOOK_FIELDS_DOCUMENTED = 59;
    /** Fields per H0STASP0 record, layout observed since 2026 (3 trailing mid-price fields). */
    public static final int ORDERBOOK_FIELDS_OBSERVED = 62;

    public static final String TRADE_TR = "H0STCNT0";
    public static final String ORDERBOOK_TR = "H0STASP0";

    /** Parses one message; never returns null. */
    public KisFrame parse(String message) throws KisFrameParseException {
        if (message == null || message.isEmpty()) {
            throw new KisFrameParseException("empty message", message);
        }
        char first = message.charAt(0);
        if (first == '{') {
            return control(message);
        }
        if (first == '0' || first == '1') {
            return data(message);
        }
        throw new KisFrameParseException("message starts with neither '{' nor '0|'/'1|'", message);
    }

    private static KisControlMessage control(String message) throws KisFrameParseException {
        JsonNode json;
        try {
            json = KisJson.parse(message);
        } catch (IOException e) {
            throw new KisFrameParseException("control message is not JSON: " + e.getMessage(), message);
        }
        JsonNode header = json.get("header");
        if (header == null || !header.isObject()) {
            throw new KisFrameParseException("control message has no header", message);
        }
        JsonNode body = json.get("body");
        return new KisControlMessage(
                KisJson.text(header, "tr_id"),
                KisJson.text(header, "tr_key"),
                KisJson.text(body, "rt_cd"),
                KisJson.text(body, "msg_cd"),
                KisJson.text(body, "msg1"),
                message);
    }

    private static KisDataFrame data(String message) throws KisFrameParseException {
        int p1 = message.indexOf('|');
        int p2 = p1 < 0 ? -1 : message.indexOf('|', p1 + 1);
        int p3 = p2 < 0 ? -1 : message.indexOf('|', p2 + 1);
        if (p1 != 1 || p2 < 0 || p3 < 0) {
            throw new KisFrameParseException("data frame needs '<enc>|<tr_id>|<count>|<payload>'", message);
        }
        boolean encrypted = message.charAt(0) == '1';
        String trId = message.substring(p1 + 1, p2);
        if (trId.isEmpty()) {
            throw new KisFrameParseException("data frame has an empty tr_id", message);
        }
        int count = count(message, p2 + 1, p3);
        if (encrypted) {
            List<String[]> single = List.<String[]>of(new String[] {message.substring(p3 + 1)});
            return new KisDataFrame(true, trId, single, message);
        }
        String[] fields = splitCarets(message, p3 + 1);
        if (fields.length % count != 0) {
            throw new KisFrameParseException(
                    fields.length + " fields do not divide into " + count + " records of " + trId, message);
        }
        int width = fields.length / count;
        checkWidth(trId, width, message);
        List<String[]> records = new ArrayList<>(count);
        for (int r = 0; r < count; r++) {
            String[] record = new String[width];
            System.arraycopy(fields, r * width, record, 0, width);
            records.add(record);
        }
        return new KisDataFrame(false, trId, records, message);
    }

    private static int count(String message, int from, int to) throws KisFrameParseException {
        if (to - from != 3) {
            throw new KisFrameParseException("record count must be 3 digits", message);
        }
        int count = 0;
        for (int i = from; i < to; i++) {
            char c = message.charAt(i);
            if (c < '0' || c > '9') {
                throw new KisFrameParseException("record count is not numeric", message);
            }
            count = count * 10 + (c - '0');
        }
        if (count < 1) {
            throw new KisFrameParseException("record count is zero", message);
        }
        return count;
    }

    private static void checkWidth(String trId, int width, String message) throws KisFrameParseException {
        boolean ok =
                switch (trId) {
                    case TRADE_TR -> width == TRADE_FIELDS;
                    case ORDERBOOK_TR -> width == ORDERBOOK_FIELDS_DOCUMENTED || width == ORDERBOOK_FIELDS_OBSERVED;
                    default -> true;
                };
        if (!ok) {
            throw new KisFrameParseException(trId + " record has " + width + " fields, layout unknown", message);
        }
    }

    private static String[] splitCarets(String s, int from) {
        int n = 1;
        for (int i = from; i < s.length(); i++) {
            if (s.charAt(i) == '^') {
                n++;
            }
        }
        String[] out = new String[n];
        int start = from;
        int k = 0;
        for (int i = from; i < s.length(); i++) {
            if (s.charAt(i) == '^') {
                out[k++] = s.substring(start, i);
                start = i + 1;
            }
        }
        out[k] = s.substring(start);
        return out;
    }
}
