package io.stockobserver.scalp.candidate;

import io.stockobserver.provider.ActivitySource;
import io.stockobserver.scalp.trigger.CandidateMetrics;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * What the candidate monitor knows about every symbol of the universe today, from every source that observed it:
 * the candidate sweep and the ranking endpoints (REST), Track A's snapshots and the live stream's 2 Hz samples. Turns
 * it into the trigger engine's {@link CandidateMetrics}. A new market day (in the market's zone) starts every symbol
 * afresh. Thread-safe; memory is bounded by the universe times the window's samples.
 */
public final class CandidateBoard implements ActivitySource.ActivitySink {
    private final ActivitySettings settings;
    private final ZoneId marketZone;
    private final Predicate<String> admitted;
    private final Map<String, SymbolActivity> activity = new HashMap<>();
    /** Previous-day volumes by symbol; at most one per listing of a market. */
    private final Map<String, Double> previousDay = new HashMap<>();

    private static final int MAX_PREVIOUS_DAY = 20_000;
    private LocalDate day;
    private long observations;

    /**
     * @param admitted which symbols may be candidates (the day's universe); others are ignored (rankings list ETFs and
     *     listings outside the universe)
     */
    public CandidateBoard(ActivitySettings settings, ZoneId marketZone, Predicate<String> admitted) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.marketZone = Objects.requireNonNull(marketZone, "marketZone");
        this.admitted = Objects.requireNonNull(admitted, "admitted");
    }

    public ActivitySettings settings() {
        return settings;
    }

    /**
     * One observation of a symbol's day-cumulative volume and last price, and its change against the previous close
     * (percent); {@code trades} is the day-cumulative trade count, or -1 when the source does not carry it. Ignored
     * for symbols not admitted, non-positive prices and negative volumes.
     */
    @Override
    public synchronized void observe(
            String symbol, Instant time, double volume, double price, double changeRatePercent, long trades) {
        if (!admitted.test(symbol) || !(price > 0) || !(volume >= 0) || !Double.isFinite(changeRatePercent)) {
            return;
        }
        rollDay(time);
        if (activity.computeIfAbsent(symbol, this::fresh)
                .observe(new ActivitySample(time, volume, price, trades), changeRatePercent)) {
            observations++;
        }
    }

    /**
     * The previous business day's volume (volume-rank's prdy_vol, the archive's last Track A record of that day, or
     * the board's own last figure at the day's roll-over): the baseline until today's own is long enough.
     */
    @Override
    public synchronized void previousDayVolume(String symbol, double volume) {
        if (!(volume >= 0) || previousDay.size() >= MAX_PREVIOUS_DAY && !previousDay.containsKey(symbol)) {
            return;
        }
        previousDay.put(symbol, volume); // kept even before the universe is known: applied when the symbol appears
        SymbolActivity a = activity.get(symbol);
        if (a != null) {
            a.previousDayVolume(volume);
        }
    }

    /**
     * Every symbol observed within {@link ActivitySettings#maxAge()} of {@code now}, plus every pin (a pin never
     * observed has {@link CandidateMetrics#pinnedOnly}); sorted by symbol.
     */
    public synchronized List<CandidateMetrics> metrics(Instant now, Set<String> pins) {
        Duration maxAge = settings.maxAge();
        List<CandidateMetrics> out = new ArrayList<>();
        Set<String> symbols = new TreeSet<>(activity.keySet());
        symbols.addAll(pins);
        for (String symbol : symbols) {
            SymbolActivity a = activity.get(symbol);
            boolean pinned = pins.contains(symbol);
            Instant latest = a == null ? null : a.latestTime();
            if (latest == null || Duration.between(latest, now).compareTo(maxAge) > 0) {
                if (pinned) {
                    out.add(CandidateMetrics.pinnedOnly(symbol));
                }
                continue;
            }
            out.add(a.metrics(symbol, pinned));
        }
        return out;
    }

    private SymbolActivity fresh(String symbol) {
        SymbolActivity a = new SymbolActivity(settings);
        Double previous = previousDay.get(symbol);
        if (previous != null) {
            a.previousDayVolume(previous);
        }
        return a;
    }

    /** Symbols with any activity today. */
    public synchronized int symbolsTracked() {
        return activity.size();
    }

    /** Observations accepted since start. */
    public synchronized long observations() {
        return observations;
    }

    private void rollDay(Instant time) {
        LocalDate d = time.atZone(marketZone).toLocalDate();
        if (day == null || d.isAfter(day)) {
            if (day != null) {
                // yesterday's cumulative counters mean nothing today, but their last value is yesterday's volume:
                // the baseline until today's own window is long enough
                Map<String, Double> carried = new HashMap<>();
                activity.forEach((symbol, a) -> {
                    if (a.latestVolume() > 0) {
                        carried.put(symbol, a.latestVolume());
                    }
                });
                activity.clear();
                previousDay.clear();
                previousDay.putAll(carried);
            }
            day = d;
        }
    }
}
