package io.stockobserver.scalp.candidate;

import io.stockobserver.scalp.trigger.CandidateMetrics;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Iterator;

/**
 * One symbol's activity today, bounded in memory: the first sample of the day, the samples of the recent window (plus
 * one anchor just before it), and running sums for the part of the day before the window. Not thread-safe; the
 * {@link CandidateBoard} guards it.
 *
 * <p>Volume and trade counts are day-cumulative at the venue, so differences between two samples are exact however
 * irregularly the symbol was observed; volatility is the realized variance of log returns per second between kept
 * samples.
 */
final class SymbolActivity {
    /** Fewer returns than this on either side and the volatility ratio stays unknown (does not fire). */
    static final int MIN_RETURNS = 3;

    private final ActivitySettings settings;
    private ActivitySample first;
    private ActivitySample firstWithTrades;
    private ActivitySample latest;
    private ActivitySample latestWithTrades;
    /** The newest evicted sample that carried a trade count: the trade anchor when the window holds none older. */
    private ActivitySample evictedWithTrades;

    private final ArrayDeque<ActivitySample> kept = new ArrayDeque<>();
    private double baselineSquares;
    private double baselineSeconds;
    private int baselineReturns;
    private double previousDayVolume = -1;
    private double changeRatePercent;

    SymbolActivity(ActivitySettings settings) {
        this.settings = settings;
    }

    /** Takes the sample unless it is older than the latest or runs the cumulative volume backwards. */
    boolean observe(ActivitySample s, double changeRate) {
        if (latest != null && s.time().isBefore(latest.time())) {
            return false; // an older answer arriving late adds nothing and would break the cumulative differences
        }
        if (latest != null && s.volume() < latest.volume()) {
            return false; // a cumulative counter never goes down within a day; such a sample is not trusted
        }
        latest = s;
        changeRatePercent = changeRate;
        if (first == null) {
            first = s;
        }
        if (s.hasTrades()) {
            latestWithTrades = s;
            if (firstWithTrades == null) {
                firstWithTrades = s;
            }
        }
        ActivitySample last = kept.peekLast();
        if (last == null || Duration.between(last.time(), s.time()).compareTo(settings.spacing()) >= 0) {
            kept.addLast(s);
            evict(s.time());
        }
        return true;
    }

    void previousDayVolume(double volume) {
        if (volume >= 0) {
            previousDayVolume = volume;
        }
    }

    /** The latest day-cumulative volume, or -1 before the first sample. */
    double latestVolume() {
        return latest == null ? -1 : latest.volume();
    }

    Instant latestTime() {
        return latest == null ? null : latest.time();
    }

    /** Keeps one sample at or before the window's start as the anchor; older ones move into the baseline sums. */
    private void evict(Instant now) {
        Instant start = now.minus(settings.window());
        while (kept.size() >= 2) {
            Iterator<ActivitySample> it = kept.iterator();
            ActivitySample oldest = it.next();
            ActivitySample next = it.next();
            if (next.time().isAfter(start)) {
                return;
            }
            kept.removeFirst();
            addReturn(oldest, next);
            if (oldest.hasTrades()) {
                evictedWithTrades = oldest;
            }
        }
    }

    private void addReturn(ActivitySample a, ActivitySample b) {
        double seconds = Duration.between(a.time(), b.time()).toNanos() / 1e9;
        if (a.price() > 0 && b.price() > 0 && seconds > 0) {
            double r = Math.log(b.price() / a.price());
            baselineSquares += r * r;
            baselineSeconds += seconds;
            baselineReturns++;
        }
    }

    /** The trigger engine's inputs, all normalized to one window; unknown figures are 0 (they do not fire). */
    CandidateMetrics metrics(String symbol, boolean pinned) {
        double windowSeconds = settings.window().toNanos() / 1e9;
        ActivitySample anchor = kept.peekFirst();
        double recentVolume = 0;
        double baselineVolume = 0;
        if (anchor != null && latest != null) {
            double span = seconds(anchor, latest);
            if (span >= windowSeconds / 2) {
                recentVolume = (latest.volume() - anchor.volume()) * windowSeconds / span;
            }
            double before = seconds(first, anchor);
            if (before >= windowSeconds) {
                baselineVolume = (anchor.volume() - first.volume()) * windowSeconds / before;
            } else if (previousDayVolume > 0) {
                baselineVolume = previousDayVolume
                        * windowSeconds
                        / (settings.sessionLength().toNanos() / 1e9);
            }
        }
        double[] trades = tradesPerMinute(windowSeconds);
        double[] volatility = volatility();
        return new CandidateMetrics(
                symbol,
                Math.max(0, recentVolume),
                Math.max(0, baselineVolume),
                trades[0],
                trades[1],
                volatility[0],
                volatility[1],
                changeRatePercent,
                pinned,
                latest == null ? 0 : Math.max(0, latest.volume() * latest.price()));
    }

    /** {recent, baseline} trades per minute from the venue's cumulative trade count. */
    private double[] tradesPerMinute(double windowSeconds) {
        if (latestWithTrades == null) {
            return new double[] {0, 0};
        }
        Instant start = latestWithTrades.time().minus(settings.window());
        ActivitySample anchor = evictedWithTrades;
        for (ActivitySample s : kept) {
            if (s.hasTrades() && !s.time().isAfter(start)) {
                anchor = s;
            }
        }
        if (anchor == null) { // not observed a whole window ago: measure from the oldest count in the window
            for (ActivitySample s : kept) {
                if (s.hasTrades()) {
                    anchor = s;
                    break;
                }
            }
        }
        if (anchor == null) {
            return new double[] {0, 0};
        }
        double recent = 0;
        double span = seconds(anchor, latestWithTrades);
        if (span >= windowSeconds / 2) {
            recent = (latestWithTrades.trades() - anchor.trades()) * 60 / span;
        }
        double baseline = 0;
        double before = seconds(firstWithTrades, anchor);
        if (before >= windowSeconds) {
            baseline = (anchor.trades() - firstWithTrades.trades()) * 60 / before;
        }
        return new double[] {Math.max(0, recent), Math.max(0, baseline)};
    }

    /** {recent, baseline} volatility per √minute of the kept samples and of the day before them. */
    private double[] volatility() {
        double squares = 0;
        double secs = 0;
        int returns = 0;
        ActivitySample previous = null;
        for (ActivitySample s : kept) {
            if (previous != null && previous.price() > 0 && s.price() > 0) {
                double r = Math.log(s.price() / previous.price());
                squares += r * r;
                secs += seconds(previous, s);
                returns++;
            }
            previous = s;
        }
        double recent = returns >= MIN_RETURNS && secs > 0 ? Math.sqrt(squares / secs * 60) : 0;
        double baseline = baselineReturns >= MIN_RETURNS && baselineSeconds > 0
                ? Math.sqrt(baselineSquares / baselineSeconds * 60)
                : 0;
        return new double[] {recent, baseline};
    }

    private static double seconds(ActivitySample a, ActivitySample b) {
        return Duration.between(a.time(), b.time()).toNanos() / 1e9;
    }
}
