package io.stockobserver.sandbox.market;

import java.util.ArrayList;
import java.util.List;

/**
 * The surges of one listing as the simulator reads them: the multiplier of a kind at a moment, the next moment a
 * multiplier changes, and time averages over a span (for coarse catch-up). Immutable; the registry replaces the
 * whole object when a surge is added, so a simulator notices a change by identity. Times are nanoseconds since the
 * epoch.
 */
public final class SurgeWindows {

    /** No surge at all. */
    public static final SurgeWindows NONE = new SurgeWindows(List.of());

    private final List<Surge> surges;
    private final long[] starts;
    private final long[] ends;

    private SurgeWindows(List<Surge> surges) {
        this.surges = List.copyOf(surges);
        this.starts = new long[surges.size()];
        this.ends = new long[surges.size()];
        for (int i = 0; i < surges.size(); i++) {
            starts[i] = EpochNanos.of(surges.get(i).start());
            ends[i] = EpochNanos.of(surges.get(i).end());
        }
    }

    /** Returns these windows and one more surge. */
    SurgeWindows with(Surge surge) {
        List<Surge> more = new ArrayList<>(surges);
        more.add(surge);
        return new SurgeWindows(more);
    }

    /** Returns whether there is no surge at all. */
    public boolean isEmpty() {
        return surges.isEmpty();
    }

    /** Returns the product of the multipliers of the surges of {@code kind} acting at {@code at}; 1 for none. */
    public double multiplier(SurgeKind kind, long at) {
        double product = 1.0;
        for (int i = 0; i < starts.length; i++) {
            if (starts[i] <= at && at < ends[i] && surges.get(i).kind() == kind) {
                product *= surges.get(i).multiplier();
            }
        }
        return product;
    }

    /** Returns the first start or end of any surge after {@code at}, or {@link Long#MAX_VALUE} for none. */
    public long nextBoundaryAfter(long at) {
        long next = Long.MAX_VALUE;
        for (int i = 0; i < starts.length; i++) {
            if (starts[i] > at) {
                next = Math.min(next, starts[i]);
            }
            if (ends[i] > at) {
                next = Math.min(next, ends[i]);
            }
        }
        return next;
    }

    /** Returns the time average of the multiplier of {@code kind} over [from, to) (its value at from if empty). */
    public double mean(SurgeKind kind, long from, long to) {
        return average(kind, from, to, false);
    }

    /** Returns the time average of the squared multiplier of {@code kind} over [from, to). */
    public double meanSquare(SurgeKind kind, long from, long to) {
        return average(kind, from, to, true);
    }

    private double average(SurgeKind kind, long from, long to, boolean squared) {
        if (to <= from) {
            double m = multiplier(kind, from);
            return squared ? m * m : m;
        }
        double total = 0;
        long t = from;
        while (t < to) {
            long next = Math.min(to, nextBoundaryAfter(t));
            double m = multiplier(kind, t);
            total += (squared ? m * m : m) * (double) (next - t);
            t = next;
        }
        return total / (double) (to - from);
    }
}
