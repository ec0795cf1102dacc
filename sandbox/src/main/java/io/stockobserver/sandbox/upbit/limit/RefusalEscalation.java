package io.stockobserver.sandbox.upbit.limit;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongSupplier;

/**
 * The HTTP 418 block of a client that keeps sending while refused (PROVIDERS_FACTS §1.2: "keep flooding and it
 * answers 418", the block growing with repeated violations). The thresholds are the sandbox's: Upbit publishes none.
 *
 * <p>When a key collects {@code refusals} rate-limit refusals (429) within {@code window}, it is blocked: for
 * {@code blockDuration} the first time, twice as long each time after, at most {@code maxBlockDuration}. A key whose
 * last block ended more than {@code maxBlockDuration} ago starts again from {@code blockDuration}. Refusals while
 * blocked (418 answers) do not count.
 *
 * <p>Thread-safe; runs on a monotonic clock.
 */
public final class RefusalEscalation {

    /**
     * The escalation rules.
     *
     * @param refusals 429 answers within {@code window} that trigger a block, at least 1
     * @param window the span those refusals must fall in
     * @param blockDuration the first block
     * @param maxBlockDuration the longest block, also how long a key's past blocks are remembered
     */
    public record Policy(int refusals, Duration window, Duration blockDuration, Duration maxBlockDuration) {

        /** Checks the ranges. */
        public Policy {
            if (refusals < 1) {
                throw new IllegalArgumentException("refusals must be >= 1: " + refusals);
            }
            for (Duration duration : new Duration[] {window, blockDuration, maxBlockDuration}) {
                if (duration == null || duration.isNegative() || duration.isZero()) {
                    throw new IllegalArgumentException("escalation durations must be positive: " + duration);
                }
            }
            if (maxBlockDuration.compareTo(blockDuration) < 0) {
                throw new IllegalArgumentException("maxBlockDuration must be >= blockDuration");
            }
        }
    }

    /** One key's recent refusals and its block history. */
    private static final class Record {
        private final ArrayDeque<Long> refusals = new ArrayDeque<>();
        private long blockedUntil = Long.MIN_VALUE;
        private long lastBlockNanos;
    }

    private final Policy policy;
    private final LongSupplier nanoTime;
    private final Map<String, Record> records = new HashMap<>();
    private long blocksImposed;

    /** Creates an escalation with no history. */
    public RefusalEscalation(Policy policy, LongSupplier nanoTime) {
        this.policy = policy;
        this.nanoTime = nanoTime;
    }

    /** Returns how much longer a key is blocked, if it is blocked now. */
    public synchronized Optional<Duration> blocked(String key) {
        Record record = records.get(key);
        long now = nanoTime.getAsLong();
        if (record == null || record.blockedUntil == Long.MIN_VALUE || now - record.blockedUntil >= 0) {
            return Optional.empty();
        }
        return Optional.of(Duration.ofNanos(record.blockedUntil - now));
    }

    /**
     * Notes a 429 answered to a key.
     *
     * @return the block imposed by this refusal, if it was the one too many
     */
    public synchronized Optional<Duration> refused(String key) {
        long now = nanoTime.getAsLong();
        Record record = records.computeIfAbsent(key, k -> new Record());
        long window = policy.window().toNanos();
        record.refusals.addLast(now);
        while (!record.refusals.isEmpty() && now - record.refusals.peekFirst() >= window) {
            record.refusals.pollFirst();
        }
        if (record.refusals.size() < policy.refusals()) {
            return Optional.empty();
        }
        record.refusals.clear();
        long max = policy.maxBlockDuration().toNanos();
        boolean remembered = record.blockedUntil != Long.MIN_VALUE && now - record.blockedUntil < max;
        long block = remembered
                ? Math.min(max, record.lastBlockNanos * 2)
                : policy.blockDuration().toNanos();
        record.lastBlockNanos = block;
        record.blockedUntil = now + block;
        blocksImposed++;
        return Optional.of(Duration.ofNanos(block));
    }

    /** Returns how many blocks were imposed since start. */
    public synchronized long blocksImposed() {
        return blocksImposed;
    }

    /** Forgets every refusal and lifts every block. */
    public synchronized void clear() {
        records.clear();
    }
}
