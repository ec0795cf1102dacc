package io.stockobserver.loop;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * One periodic task of the observer, run by a scheduler or a timer that calls {@link #run()}. A run never throws:
 * whatever its body throws — an exception, {@link OutOfMemoryError} from one absurd input, a
 * {@link StackOverflowError} — is caught, counted and handed to the {@link FailureListener}, so the schedule goes on.
 * The loop records when runs start and end, so {@link #health} can tell a loop that failed, hangs, was starved or
 * whose schedule ended. Thread-safe.
 *
 * <p>Design note: catching {@code Error} is deliberate. The errors a market-data input can provoke (an allocation
 * too large, a recursion too deep) leave the JVM intact once the failed run has unwound, and a schedule that dies
 * on them stops collection while everything else still looks healthy — the one failure mode this class exists to
 * rule out. If the JVM itself is broken, the liveness probe reports it through the loops that stop.
 */
public final class SupervisedLoop implements Runnable {
    /** Consecutive failed runs from which a loop counts as {@link LoopHealth#FAILING}. */
    public static final int FAILING_AFTER = 3;
    /** How many periods may pass without a run before a loop counts as {@link LoopHealth#LATE}. */
    static final int LATE_AFTER_PERIODS = 3;
    /** Extra allowance for a late run (GC pauses, a busy machine). */
    static final Duration LATE_GRACE = Duration.ofSeconds(10);

    /** The work of one run. */
    @FunctionalInterface
    public interface Body {
        void run() throws Exception;
    }

    /** Told of every failed run, on the loop's thread; must not throw. */
    @FunctionalInterface
    public interface FailureListener {
        void failed(SupervisedLoop loop, Throwable failure, long consecutive);
    }

    private final String name;
    private final Duration period;
    private final Duration maxRun;
    private final Body body;
    private final FailureListener listener;
    private final LongSupplier nanos;
    private final long createdAt;
    private final Duration firstRunWithin;
    private final AtomicLong runs = new AtomicLong();
    private final AtomicLong failures = new AtomicLong();
    private volatile long consecutiveFailures;
    private volatile boolean running;
    private volatile long runStartedAt;
    private volatile long lastStartAt;
    private volatile boolean everStarted;
    private volatile String lastFailure;
    private volatile Future<?> schedule;
    private volatile boolean ended;

    /**
     * @param name stable name, shown in health data and events (e.g. {@code scalp-sampler})
     * @param period how often a run is due; a loop with no run for {@value #LATE_AFTER_PERIODS} periods (plus a grace)
     *     is late
     * @param maxRun a run taking longer than this is stuck
     * @param firstRunWithin when the first run is due at the latest (its initial delay)
     * @param nanos monotonic clock ({@code System::nanoTime}; tests pass their own)
     */
    public SupervisedLoop(
            String name,
            Duration period,
            Duration maxRun,
            Duration firstRunWithin,
            Body body,
            FailureListener listener,
            LongSupplier nanos) {
        this.name = requireName(name);
        this.period = requirePositive(period, "period");
        this.maxRun = requirePositive(maxRun, "maxRun");
        this.firstRunWithin = Objects.requireNonNull(firstRunWithin, "firstRunWithin");
        this.body = Objects.requireNonNull(body, "body");
        this.listener = Objects.requireNonNull(listener, "listener");
        this.nanos = Objects.requireNonNull(nanos, "nanos");
        this.createdAt = nanos.getAsLong();
    }

    @Override
    public void run() {
        long start = nanos.getAsLong();
        runStartedAt = start;
        lastStartAt = start;
        everStarted = true;
        running = true;
        try {
            body.run();
            consecutiveFailures = 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt(); // shutdown: the scheduler ends the loop, nothing failed
        } catch (Throwable t) {
            failed(t);
        } finally {
            running = false;
            runs.incrementAndGet();
        }
    }

    private void failed(Throwable t) {
        failures.incrementAndGet();
        long n = ++consecutiveFailures;
        lastFailure = describe(t);
        try {
            listener.failed(this, t, n);
        } catch (Throwable ignored) {
            // the listener reports; if even reporting fails, the counters above still tell
        }
    }

    /** Attaches the schedule that drives this loop, so a schedule that ends is seen. */
    public void attach(Future<?> future) {
        this.schedule = Objects.requireNonNull(future, "future");
    }

    /** Stops the loop on purpose (shutdown): its schedule is cancelled and it counts as ended, not as a problem. */
    public void end() {
        ended = true;
        Future<?> f = schedule;
        if (f != null) {
            f.cancel(false);
        }
    }

    /** The loop's state at the monotonic instant {@code nowNanos}. */
    public LoopHealth health(long nowNanos) {
        if (ended) {
            return LoopHealth.ENDED;
        }
        Future<?> f = schedule;
        if (f != null && f.isDone()) {
            return LoopHealth.STOPPED;
        }
        if (running && nowNanos - runStartedAt > maxRun.toNanos()) {
            return LoopHealth.STUCK;
        }
        long lateAfter =
                period.multipliedBy(LATE_AFTER_PERIODS).plus(LATE_GRACE).toNanos();
        if (!running) {
            long since = everStarted ? nowNanos - lastStartAt : nowNanos - createdAt - firstRunWithin.toNanos();
            if (since > lateAfter) {
                return LoopHealth.LATE;
            }
        }
        return consecutiveFailures >= FAILING_AFTER ? LoopHealth.FAILING : LoopHealth.OK;
    }

    public String name() {
        return name;
    }

    public Duration period() {
        return period;
    }

    /** Runs finished so far, failed ones included. */
    public long runs() {
        return runs.get();
    }

    /** Failed runs so far. */
    public long failures() {
        return failures.get();
    }

    /** Failed runs since the last successful one. */
    public long consecutiveFailures() {
        return consecutiveFailures;
    }

    /** Type and message of the last failure, or null. */
    public String lastFailure() {
        return lastFailure;
    }

    /** Milliseconds since the last run started at {@code nowNanos}, or -1 before the first. */
    public long sinceLastStartMillis(long nowNanos) {
        return everStarted ? (nowNanos - lastStartAt) / 1_000_000 : -1;
    }

    static String describe(Throwable t) {
        String message = t.getMessage();
        if (message != null && message.length() > 200) {
            message = message.substring(0, 200) + "…";
        }
        return t.getClass().getName() + (message == null ? "" : ": " + message);
    }

    private static String requireName(String name) {
        if (name == null || !name.matches("[a-z0-9][a-z0-9-]*")) {
            throw new IllegalArgumentException("loop names are lower-case words joined by '-', got '" + name + "'");
        }
        return name;
    }

    private static Duration requirePositive(Duration d, String what) {
        Objects.requireNonNull(d, what);
        if (d.isNegative() || d.isZero()) {
            throw new IllegalArgumentException(what + " must be positive but was " + d);
        }
        return d;
    }
}
