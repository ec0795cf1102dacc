package io.stockobserver.loop;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Every supervised loop of the process, by name, and the transitions between their health states: each call to
 * {@link #transitions} reports the loops whose health changed since the previous call, once. Thread-safe.
 */
public final class LoopRegistry {
    /** A loop's health changed. */
    public record Transition(SupervisedLoop loop, LoopHealth from, LoopHealth to) {}

    private final List<SupervisedLoop> loops = new CopyOnWriteArrayList<>();
    private final Map<String, LoopHealth> reported = new ConcurrentHashMap<>();

    /** Adds a loop; names are unique. */
    public SupervisedLoop register(SupervisedLoop loop) {
        if (reported.putIfAbsent(loop.name(), LoopHealth.OK) != null) {
            throw new IllegalArgumentException("a loop named " + loop.name() + " is registered already");
        }
        loops.add(loop);
        return loop;
    }

    public List<SupervisedLoop> loops() {
        return List.copyOf(loops);
    }

    /** Health of every loop at {@code nowNanos}, in registration order. */
    public Map<String, LoopHealth> health(long nowNanos) {
        Map<String, LoopHealth> out = new LinkedHashMap<>();
        for (SupervisedLoop l : loops) {
            out.put(l.name(), l.health(nowNanos));
        }
        return out;
    }

    /** The loops whose health changed since the last call. */
    public synchronized List<Transition> transitions(long nowNanos) {
        List<Transition> out = new ArrayList<>();
        for (SupervisedLoop l : loops) {
            LoopHealth now = l.health(nowNanos);
            LoopHealth before = reported.put(l.name(), now);
            if (before != null && before != now) {
                out.add(new Transition(l, before, now));
            }
        }
        return out;
    }
}
