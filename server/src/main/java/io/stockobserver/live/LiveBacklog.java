package io.stockobserver.live;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

/**
 * The last events of the live feed with their ids (1, 2, 3, … in recording order), so a client that reconnects with
 * {@code Last-Event-ID} gets what it missed — as long as it is still among the last {@code capacity}. Thread-safe.
 */
public final class LiveBacklog {
    /** One streamed event. */
    public record Entry(long id, String type, String json) {}

    private final int capacity;
    private final ArrayDeque<Entry> entries = new ArrayDeque<>();
    private long nextId = 1;

    public LiveBacklog(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be >= 1 but was " + capacity);
        }
        this.capacity = capacity;
    }

    /** Adds an event and returns it with its id; the oldest is forgotten beyond the capacity. */
    public synchronized Entry add(String type, String json) {
        Entry e = new Entry(nextId++, type, json);
        entries.addLast(e);
        if (entries.size() > capacity) {
            entries.removeFirst();
        }
        return e;
    }

    /**
     * Events after {@code lastId}, oldest first. When some were already forgotten the list starts at the oldest
     * kept one; {@link #missed} says how many are lost.
     */
    public synchronized List<Entry> after(long lastId) {
        List<Entry> out = new ArrayList<>();
        for (Entry e : entries) {
            if (e.id() > lastId) {
                out.add(e);
            }
        }
        return out;
    }

    /** How many events after {@code lastId} are no longer kept. */
    public synchronized long missed(long lastId) {
        long oldest = entries.isEmpty() ? nextId : entries.peekFirst().id();
        return Math.max(0, oldest - lastId - 1);
    }
}
