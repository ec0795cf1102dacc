package io.stockobserver.sandbox.fault;

import java.time.Duration;
import java.util.Optional;
import java.util.function.LongSupplier;

/**
 * The faults the WebSocket server will inject: a stall of the sessions open when it was asked for, spoiled data
 * frames ("the next N frames sent"), and a window during which new connections are refused at the handshake.
 *
 * <p>Windows run on a monotonic clock ({@link System#nanoTime()} unless given), never on the market clock, so a test
 * that pins the market's time still sees a stall end. Thread-safe; the hot-path checks read volatile fields only.
 */
public final class WsFaultPlan {

    /** Upper bound of a frame count. */
    public static final int MAX_FRAMES = 1_000_000;
    /** Upper bound of a stall or refusal window. */
    public static final Duration MAX_WINDOW = Duration.ofHours(1);

    /**
     * One stall: sessions opened before {@code issuedNanos} get nothing until {@code untilNanos}.
     *
     * @param id number of the stall, from 1
     * @param issuedNanos when it was asked for
     * @param untilNanos when it ends
     */
    private record Stall(long id, long issuedNanos, long untilNanos) {}

    private final LongSupplier nanoClock;
    private volatile Stall stall;
    private volatile long refuseUntilNanos;
    private volatile boolean refusing;
    private volatile boolean framesPending;
    private long stallCount;
    private int malformedFrames;
    private int malformedTaken;
    private int truncatedFrames;

    /** Creates a plan without faults on {@link System#nanoTime()}. */
    public WsFaultPlan() {
        this(System::nanoTime);
    }

    /** Creates a plan without faults on a monotonic nanosecond clock (tests give their own). */
    public WsFaultPlan(LongSupplier nanoClock) {
        this.nanoClock = nanoClock;
    }

    /** Returns the plan's clock reading; sessions note it when they open. */
    public long now() {
        return nanoClock.getAsLong();
    }

    /**
     * Stalls every session open now for {@code duration} from now, replacing any stall in force; zero ends the stall.
     * Sessions opened later are not stalled.
     */
    public synchronized void stall(Duration duration) {
        long nanos = checkWindow("stall", duration);
        long now = now();
        stall = nanos == 0 ? null : new Stall(++stallCount, now, now + nanos);
    }

    /**
     * Returns the number of the stall holding a session opened at {@code openedNanos} (a reading of {@link #now()}),
     * or 0 when it is not stalled now.
     */
    public long stallOf(long openedNanos) {
        Stall current = stall;
        if (current == null || openedNanos - current.issuedNanos() >= 0) {
            return 0;
        }
        return now() - current.untilNanos() < 0 ? current.id() : 0;
    }

    /** Makes the next {@code frames} data frames malformed, replacing the count still pending. */
    public synchronized void malformedFrames(int frames) {
        malformedFrames = checkFrames("malformedFrames", frames);
        malformedTaken = 0;
        framesPending = malformedFrames + truncatedFrames > 0;
    }

    /** Makes the next {@code frames} data frames truncated, replacing the count still pending. */
    public synchronized void truncatedFrames(int frames) {
        truncatedFrames = checkFrames("truncatedFrames", frames);
        framesPending = malformedFrames + truncatedFrames > 0;
    }

    /**
     * Takes the fault of the data frame about to be sent, if any: malformed frames first (a bad count field, then a
     * missing field, in turn), then truncated ones.
     */
    public Optional<FrameFault> takeFrameFault() {
        if (!framesPending) {
            return Optional.empty();
        }
        synchronized (this) {
            FrameFault fault = null;
            if (malformedFrames > 0) {
                malformedFrames--;
                fault = malformedTaken++ % 2 == 0 ? FrameFault.BAD_COUNT : FrameFault.MISSING_FIELD;
            } else if (truncatedFrames > 0) {
                truncatedFrames--;
                fault = FrameFault.TRUNCATED;
            }
            framesPending = malformedFrames + truncatedFrames > 0;
            return Optional.ofNullable(fault);
        }
    }

    /** Refuses new connections at the handshake for {@code duration} from now; zero accepts them again. */
    public synchronized void refuseConnections(Duration duration) {
        long nanos = checkWindow("refuseConnections", duration);
        refuseUntilNanos = now() + nanos;
        refusing = nanos > 0;
    }

    /** Returns whether a connection opening now is to be refused. */
    public boolean refusesConnections() {
        return refusing && now() - refuseUntilNanos < 0;
    }

    /** Removes every fault: stalled sessions resume, pending frame faults are dropped, connections are accepted. */
    public synchronized void clear() {
        stall = null;
        malformedFrames = 0;
        malformedTaken = 0;
        truncatedFrames = 0;
        framesPending = false;
        refusing = false;
    }

    /** Returns the faults in force now. */
    public synchronized WsFaultSettings settings() {
        long now = now();
        Stall current = stall;
        long stallLeft = current == null ? 0 : Math.max(0, current.untilNanos() - now);
        long refuseLeft = refusing ? Math.max(0, refuseUntilNanos - now) : 0;
        return new WsFaultSettings(
                Duration.ofNanos(stallLeft), malformedFrames, truncatedFrames, Duration.ofNanos(refuseLeft));
    }

    private static long checkWindow(String name, Duration duration) {
        if (duration == null || duration.isNegative() || duration.compareTo(MAX_WINDOW) > 0) {
            throw new IllegalArgumentException(name + " must last 0.." + MAX_WINDOW + ": " + duration);
        }
        return duration.toNanos();
    }

    private static int checkFrames(String name, int frames) {
        if (frames < 0 || frames > MAX_FRAMES) {
            throw new IllegalArgumentException(name + " must be 0.." + MAX_FRAMES + ": " + frames);
        }
        return frames;
    }
}
