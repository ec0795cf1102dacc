package io.stockobserver.sandbox.upbit.ws;

import io.stockobserver.sandbox.upbit.market.UpbitMarketModel;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which connections want which market, and which markets the model must watch. A market is watched while at least
 * one connection is subscribed to it. The feed reads an immutable copy of the routing without locking.
 *
 * <p>Callers acquire the markets of a new subscription before releasing those of the old one, so a market both
 * hold is never unwatched in between (which would lose its pending events).
 */
final class SubscriptionIndex {

    private final UpbitMarketModel market;
    private final Map<String, Integer> holders = new HashMap<>();
    private final Map<String, Set<UpbitSession>> sessionsByMarket = new HashMap<>();
    private volatile Map<String, List<UpbitSession>> routing = Map.of();

    SubscriptionIndex(UpbitMarketModel market) {
        this.market = market;
    }

    /** Counts one more holder of each market, watching those that had none. */
    synchronized void acquire(Set<String> markets) {
        for (String code : markets) {
            if (holders.merge(code, 1, Integer::sum) == 1) {
                market.watch(code);
            }
        }
    }

    /** Counts one holder fewer of each market, unwatching those left without one. */
    synchronized void release(Set<String> markets) {
        for (String code : markets) {
            Integer left = holders.computeIfPresent(code, (key, count) -> count > 1 ? count - 1 : null);
            if (left == null) {
                market.unwatch(code);
            }
        }
    }

    /** Routes a session's markets from {@code before} to {@code after}. */
    synchronized void route(UpbitSession session, Set<String> before, Set<String> after) {
        for (String code : before) {
            Set<UpbitSession> sessions = sessionsByMarket.get(code);
            if (sessions != null && !after.contains(code)) {
                sessions.remove(session);
                if (sessions.isEmpty()) {
                    sessionsByMarket.remove(code);
                }
            }
        }
        for (String code : after) {
            sessionsByMarket.computeIfAbsent(code, key -> new LinkedHashSet<>()).add(session);
        }
        Map<String, List<UpbitSession>> copy = new HashMap<>();
        sessionsByMarket.forEach((code, sessions) -> copy.put(code, List.copyOf(sessions)));
        routing = Map.copyOf(copy);
    }

    /** Returns the sessions of every market with at least one, as of the last change. */
    Map<String, List<UpbitSession>> routing() {
        return routing;
    }
}
