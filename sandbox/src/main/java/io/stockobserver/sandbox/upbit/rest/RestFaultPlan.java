package io.stockobserver.sandbox.upbit.rest;

import io.stockobserver.sandbox.fault.FaultPlan;
import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * The REST faults the Upbit sandbox will inject: the call-count faults of a {@link FaultPlan} (forced 429s, HTTP
 * 500 pages, slow answers — the KIS sandbox's plan, whose master-file and holiday switches the Upbit side ignores)
 * and an injected 418 block of every client for a while, on a monotonic clock.
 *
 * <p>Thread-safe.
 */
public final class RestFaultPlan {

    /** Longest injected block. */
    public static final Duration MAX_BLOCK = Duration.ofHours(1);

    private final FaultPlan counts = new FaultPlan();
    private final LongSupplier nanoTime;
    private volatile long blockedUntil;
    private volatile boolean blocking;

    /** Creates a plan without faults on {@link System#nanoTime()}. */
    public RestFaultPlan() {
        this(System::nanoTime);
    }

    /** Creates a plan without faults on a monotonic clock. */
    public RestFaultPlan(LongSupplier nanoTime) {
        this.nanoTime = nanoTime;
    }

    /** Returns the call-count faults. */
    public FaultPlan counts() {
        return counts;
    }

    /** Blocks every client with 418 for {@code duration} from now; zero lifts an injected block. */
    public synchronized void block(Duration duration) {
        if (duration == null || duration.isNegative() || duration.compareTo(MAX_BLOCK) > 0) {
            throw new IllegalArgumentException("block must last 0.." + MAX_BLOCK + ": " + duration);
        }
        blockedUntil = nanoTime.getAsLong() + duration.toNanos();
        blocking = !duration.isZero();
    }

    /** Returns how much longer the injected block lasts; zero when there is none. */
    public Duration blockRemaining() {
        if (!blocking) {
            return Duration.ZERO;
        }
        return Duration.ofNanos(Math.max(0, blockedUntil - nanoTime.getAsLong()));
    }

    /** Removes every pending fault and lifts the injected block. */
    public synchronized void clear() {
        counts.clear();
        blocking = false;
    }
}
