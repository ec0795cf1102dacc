package io.stockobserver.pipeline;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/** Counters of the pipeline, per track and per rejection reason; read by metrics and the status API. */
public final class PipelineStats {
    private final ConcurrentHashMap<String, LongAdder> accepted = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, LongAdder> rejected = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, LongAdder> dropped = new ConcurrentHashMap<>();

    void accepted(Track track) {
        accepted.computeIfAbsent(track.wireName(), k -> new LongAdder()).increment();
    }

    void rejected(Rejection r) {
        rejected.computeIfAbsent(r.stage() + ":" + r.reason(), k -> new LongAdder())
                .increment();
    }

    void dropped(Track track) {
        dropped.computeIfAbsent(track.wireName(), k -> new LongAdder()).increment();
    }

    /** Records handed to the sink, by track. */
    public Map<String, Long> acceptedByTrack() {
        return snapshot(accepted);
    }

    /** Rejections keyed {@code stage:reason}. */
    public Map<String, Long> rejectedByReason() {
        return snapshot(rejected);
    }

    /** Records the sink could not take (queue full or closed), by track. */
    public Map<String, Long> droppedByTrack() {
        return snapshot(dropped);
    }

    public long acceptedTotal() {
        return accepted.values().stream().mapToLong(LongAdder::sum).sum();
    }

    private static Map<String, Long> snapshot(ConcurrentHashMap<String, LongAdder> m) {
        Map<String, Long> out = new TreeMap<>();
        m.forEach((k, v) -> out.put(k, v.sum()));
        return out;
    }
}
