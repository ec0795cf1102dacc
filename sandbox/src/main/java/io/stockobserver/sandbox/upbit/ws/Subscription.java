package io.stockobserver.sandbox.upbit.ws;

import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What one connection is subscribed to: per data type the markets it gets, with the orderbook rows asked for,
 * whether REALTIME frames follow, and the simulation position its SNAPSHOT was taken at (REALTIME frames are only
 * events after it). Also the request as sent, for LIST_SUBSCRIPTIONS. Immutable; a new request replaces it whole.
 */
final class Subscription {

    /**
     * One (type, market) of the subscription.
     *
     * @param market the market code
     * @param units orderbook rows (1, 5, 15 or 30); 30 for other types
     * @param realtime whether REALTIME frames follow the snapshot
     * @param snapshotNanos the position the snapshot was taken at; events at or before it are not sent
     */
    record Entry(String market, int units, boolean realtime, long snapshotNanos) {}

    /** No subscription: a fresh connection, or one whose request failed. */
    static final Subscription NONE = new Subscription("", FrameFormat.DEFAULT, List.of(), Map.of());

    private final String ticket;
    private final FrameFormat format;
    private final List<TypeRequest> requested;
    private final Map<DataType, Map<String, Entry>> entries;

    Subscription(
            String ticket, FrameFormat format, List<TypeRequest> requested, Map<DataType, Map<String, Entry>> entries) {
        this.ticket = ticket;
        this.format = format;
        this.requested = List.copyOf(requested);
        Map<DataType, Map<String, Entry>> copy = new EnumMap<>(DataType.class);
        entries.forEach((type, byMarket) -> copy.put(type, Collections.unmodifiableMap(new LinkedHashMap<>(byMarket))));
        this.entries = Collections.unmodifiableMap(copy);
    }

    String ticket() {
        return ticket;
    }

    FrameFormat format() {
        return format;
    }

    /** Returns the type objects as requested, for LIST_SUBSCRIPTIONS. */
    List<TypeRequest> requested() {
        return requested;
    }

    Optional<Entry> entry(DataType type, String market) {
        return Optional.ofNullable(entries.getOrDefault(type, Map.of()).get(market));
    }

    /** Returns every market of any type. */
    Set<String> markets() {
        Set<String> markets = new LinkedHashSet<>();
        entries.values().forEach(byMarket -> markets.addAll(byMarket.keySet()));
        return markets;
    }

    /** Returns the number of (type, market) entries. */
    int size() {
        return entries.values().stream().mapToInt(Map::size).sum();
    }
}
