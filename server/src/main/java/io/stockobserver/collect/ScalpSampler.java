package io.stockobserver.collect;

import io.stockobserver.pipeline.Observation;
import io.stockobserver.pipeline.QualityFlag;
import io.stockobserver.pipeline.Track;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Builds the scalp snapshots of one sampling instant: for each slot symbol, last trade + best bid/ask + cumulative
 * volume from the {@link LatestQuoteBook}. A symbol whose input is older than {@code staleAfter} is still recorded
 * but flagged {@code degraded}; a symbol with no input at all yet has nothing to snapshot and is counted as missing.
 */
public final class ScalpSampler {
    /** Sampling instants are aligned to this grid from the epoch (2 Hz at mitigation level 0). */
    public static final Duration DEFAULT_PERIOD = Duration.ofMillis(500);

    private final LatestQuoteBook book;
    private final String provider;
    private final String market;
    private final Duration staleAfter;
    private final java.util.concurrent.atomic.AtomicLong missing = new java.util.concurrent.atomic.AtomicLong();

    public ScalpSampler(LatestQuoteBook book, String provider, String market, Duration staleAfter) {
        this.book = book;
        this.provider = provider;
        this.market = market;
        this.staleAfter = staleAfter;
    }

    /** The grid instant at or before {@code now} for the given period. */
    public static Instant alignDown(Instant now, Duration period) {
        long p = period.toMillis();
        long ms = now.toEpochMilli();
        return Instant.ofEpochMilli(ms - Math.floorMod(ms, p));
    }

    /** Snapshots for every symbol at {@code sampleTime}. */
    public List<Observation> sample(Collection<String> symbols, Instant sampleTime, long sampledAtNanos) {
        return sample(symbols, sampleTime, sampledAtNanos, false);
    }

    /**
     * Snapshots for every symbol at {@code sampleTime}; {@code inGap} (the stream is down) flags every snapshot
     * {@code gap}: its inputs are whatever arrived before the outage.
     */
    public List<Observation> sample(
            Collection<String> symbols, Instant sampleTime, long sampledAtNanos, boolean inGap) {
        List<Observation> out = new ArrayList<>(symbols.size());
        for (String symbol : symbols) {
            Optional<LatestQuoteBook.QuoteSnapshot> s = book.takeSnapshot(symbol);
            if (s.isEmpty()) {
                missing.incrementAndGet();
                continue;
            }
            out.add(toObservation(s.get(), sampleTime, sampledAtNanos, inGap));
        }
        return out;
    }

    /** Symbol-instants that had no input at all yet (nothing could be recorded). */
    public long missingCount() {
        return missing.get();
    }

    private Observation toObservation(
            LatestQuoteBook.QuoteSnapshot s, Instant sampleTime, long sampledAtNanos, boolean inGap) {
        boolean stale = Duration.between(s.receiveTime(), sampleTime).compareTo(staleAfter) > 0;
        QualityFlag quality = inGap ? QualityFlag.GAP : stale ? QualityFlag.DEGRADED : QualityFlag.NORMAL;
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("sample_time", sampleTime);
        fields.putAll(s.fields());
        fields.put("trades_since_last_sample", s.tradesSinceLastSample());
        return new Observation(
                provider,
                market,
                s.symbol(),
                Track.SCALP,
                s.eventTime(),
                sampleTime,
                s.receiveTime(),
                sampledAtNanos,
                s.rawRef(),
                quality,
                fields,
                s.providerSpecific());
    }
}
