package io.stockobserver.sandbox.market;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Every surge scheduled on a model, and per listing the {@link SurgeWindows} its simulator reads. Simulators look
 * their windows up each time they advance, so a surge reaches a listing whether or not it is being simulated yet.
 *
 * <p>Thread-safe: writers are serialised; readers take the current windows without locking.
 */
final class SurgeRegistry {

    /** Surges one model keeps (ended ones included) before {@link #clear()} is needed. */
    static final int MAX_SURGES = 10_000;

    private final List<Surge> all = new ArrayList<>();
    private final ConcurrentHashMap<String, SurgeWindows> byCode = new ConcurrentHashMap<>();
    private long lastId;

    synchronized Surge add(String code, SurgeKind kind, double multiplier, Instant start, Duration duration) {
        if (all.size() >= MAX_SURGES) {
            throw new IllegalArgumentException("at most " + MAX_SURGES + " surges; clear them first");
        }
        Surge surge = new Surge(lastId + 1, code, kind, multiplier, start, start.plus(duration));
        lastId = surge.id();
        all.add(surge);
        byCode.put(code, windows(code).with(surge));
        return surge;
    }

    synchronized List<Surge> all() {
        return List.copyOf(all);
    }

    synchronized void clear() {
        all.clear();
        byCode.clear();
    }

    SurgeWindows windows(String code) {
        return byCode.getOrDefault(code, SurgeWindows.NONE);
    }
}
