package io.stockobserver.provider.upbit;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * The one subscribe message of a socket (PROVIDERS_FACTS §1.3):
 * {@code [{"ticket":…},{"type":"ticker","codes":[…]},{"type":"trade","codes":[…]},{"type":"orderbook","codes":[…]},
 * {"format":"DEFAULT"}]}. A new subscribe replaces the previous one on the same socket, so every request carries the
 * whole code list for every type. No option flags are sent: the default (a snapshot per code, then the real-time
 * stream) is what the collector wants.
 *
 * @param ticket unique per request (a UUID is recommended)
 * @param codes upper-case pair codes, at least one, duplicates removed (the venue silently ignores lower-case codes)
 * @param types the data types to receive, sent in {@link Type} order
 * @param format DEFAULT or SIMPLE keys
 */
public record UpbitSubscribeRequest(String ticket, List<String> codes, Set<Type> types, Format format) {
    /** A data type of the public socket. */
    public enum Type {
        TICKER,
        TRADE,
        ORDERBOOK;

        public String wireName() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** The key format of the frames; the {@code *_LIST} variants are not supported by the decoder. */
    public enum Format {
        DEFAULT,
        SIMPLE
    }

    public UpbitSubscribeRequest {
        Objects.requireNonNull(ticket, "ticket");
        if (ticket.isBlank()) {
            throw new IllegalArgumentException("the ticket must not be blank (the venue answers NO_TICKET)");
        }
        codes = List.copyOf(new LinkedHashSet<>(codes));
        if (codes.isEmpty()) {
            throw new IllegalArgumentException("at least one code is needed (the venue answers NO_CODES)");
        }
        for (String c : codes) {
            if (!UpbitRestClient.MARKET_CODE.matcher(c).matches()) {
                throw new IllegalArgumentException("not an upper-case Upbit pair code such as KRW-BTC: '"
                        + UpbitApiException.excerpt(c) + "' (the venue would ignore it silently)");
            }
        }
        if (types.isEmpty()) {
            throw new IllegalArgumentException("at least one type is needed (the venue answers NO_TYPE)");
        }
        types = Collections.unmodifiableSet(EnumSet.copyOf(types));
        Objects.requireNonNull(format, "format");
    }

    /** Ticker, trade and orderbook of {@code codes} in DEFAULT keys, under a fresh UUID ticket. */
    public static UpbitSubscribeRequest of(Collection<String> codes) {
        return new UpbitSubscribeRequest(
                UUID.randomUUID().toString(), List.copyOf(codes), EnumSet.allOf(Type.class), Format.DEFAULT);
    }

    /** The same subscription under a fresh ticket, for a new socket or a re-send. */
    public UpbitSubscribeRequest withNewTicket() {
        return new UpbitSubscribeRequest(UUID.randomUUID().toString(), codes, types, format);
    }

    /** The message text: one JSON array, sent as one text frame. */
    public String toJson() {
        ArrayNode array = UpbitJson.MAPPER.createArrayNode();
        array.addObject().put("ticket", ticket);
        for (Type t : types) {
            ObjectNode type = array.addObject().put("type", t.wireName());
            ArrayNode list = type.putArray("codes");
            codes.forEach(list::add);
        }
        array.addObject().put("format", format.name());
        return array.toString();
    }
}
