package io.stockobserver.sandbox.market;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Every surge scheduled on a model, and per listing the {@link SurgeWindows} its simulator reads. Simulators look
 * their windows up each time they advance, so a surge reaches a listing whether or not it is being simulated yet.
 * Public so the Upbit model ({@code io.stockobserver.sandbox.upbit.market}) keeps its surges the same way; callers
 * check the values (see {@link MarketModel#scheduleSurge}) before {@link #add}.
 *
 * <p>Thread-safe: writers are serialised; readers take the current windows without locking.
 */
public final class SurgeRegistry {

    /** Surges one model keeps (ended ones included) before {@link #clear()} is needed. */
    public static final int MAX_SURGES = 10_000;

    private final List<Surge> all = new ArrayList<>();
    private final ConcurrentHashMap<String, SurgeWindows> byCode = new ConcurrentHashMap<>();
    private long lastId;

    /** Adds a surge of checked values; refuses the one past {@link #MAX_SURGES}. */
    public synchronized Surge add(String code, SurgeKind kind, double multiplier, Instant start, Duration duration) {
        if (all.size() >= MAX_SURGES) {
            throw new IllegalArgumentException("at most " + MAX_SURGES + " surges; clear them first");
        }
        Surge surge = new Surge(lastId + 1, code, kind, multiplier, start, start.plus(duration));
        lastId = surge.id();
        all.add(surge);
        byCode.put(code, windows(code).with(surge));
        return surge;
    }

    /** Returns every surge in id order. */
    public synchronized List<Surge> all() {
        return List.copyOf(all);
    }

    /** Removes every surge. */
    public synchronized void clear() {
        all.clear();
        byCode.clear();
    }

    /** Returns the current windows of a listing ({@link SurgeWindows#NONE} when it has no surge). */
    public SurgeWindows windows(String code) {
        return byCode.getOrDefault(code, SurgeWindows.NONE);
    }
}
