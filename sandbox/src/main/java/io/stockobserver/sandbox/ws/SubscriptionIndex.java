package io.stockobserver.sandbox.ws;

import io.stockobserver.sandbox.market.MarketModel;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which sessions want which symbol on which TR, across all sessions. Tells the market model to watch a symbol when
 * its first registration arrives and to stop when its last one goes.
 *
 * <p>Design note: registrations change rarely and are read every emission tick, so writers rebuild an immutable
 * {@link Snapshot} that readers take without locking.
 */
final class SubscriptionIndex {

    /**
     * The sessions subscribed to one symbol.
     *
     * @param trades sessions with an H0STCNT0 registration
     * @param books sessions with an H0STASP0 registration
     */
    record Subscribers(List<WsSession> trades, List<WsSession> books) {}

    /** An immutable view: symbol → subscribers, in registration order. */
    record Snapshot(Map<String, Subscribers> bySymbol, List<String> tradeSymbols) {

        static final Snapshot EMPTY = new Snapshot(Map.of(), List.of());

        Subscribers subscribers(String code) {
            return bySymbol.getOrDefault(code, new Subscribers(List.of(), List.of()));
        }
    }

    private final MarketModel market;
    private final Map<String, Set<WsSession>> tradeSessions = new LinkedHashMap<>();
    private final Map<String, Set<WsSession>> bookSessions = new LinkedHashMap<>();
    private volatile Snapshot snapshot = Snapshot.EMPTY;

    SubscriptionIndex(MarketModel market) {
        this.market = market;
    }

    Snapshot snapshot() {
        return snapshot;
    }

    synchronized void add(Registration registration, WsSession session) {
        String code = registration.trKey();
        boolean wasWatched = isWanted(code);
        sessionsOf(registration.trId())
                .computeIfAbsent(code, key -> new LinkedHashSet<>())
                .add(session);
        if (!wasWatched) {
            market.watch(code);
        }
        rebuild();
    }

    synchronized void remove(Registration registration, WsSession session) {
        String code = registration.trKey();
        Map<String, Set<WsSession>> byCode = sessionsOf(registration.trId());
        Set<WsSession> sessions = byCode.get(code);
        if (sessions == null || !sessions.remove(session)) {
            return;
        }
        if (sessions.isEmpty()) {
            byCode.remove(code);
        }
        if (!isWanted(code)) {
            market.unwatch(code);
        }
        rebuild();
    }

    private boolean isWanted(String code) {
        return tradeSessions.containsKey(code) || bookSessions.containsKey(code);
    }

    private Map<String, Set<WsSession>> sessionsOf(String trId) {
        return SupportedTr.H0STASP0.name().equals(trId) ? bookSessions : tradeSessions;
    }

    private void rebuild() {
        Map<String, Subscribers> bySymbol = new HashMap<>();
        Set<String> codes = new LinkedHashSet<>(tradeSessions.keySet());
        codes.addAll(bookSessions.keySet());
        for (String code : codes) {
            bySymbol.put(
                    code,
                    new Subscribers(
                            List.copyOf(tradeSessions.getOrDefault(code, Set.of())),
                            List.copyOf(bookSessions.getOrDefault(code, Set.of()))));
        }
        snapshot = new Snapshot(
                Collections.unmodifiableMap(bySymbol),
                Collections.unmodifiableList(new ArrayList<>(tradeSessions.keySet())));
    }
}
