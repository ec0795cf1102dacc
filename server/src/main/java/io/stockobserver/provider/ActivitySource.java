package io.stockobserver.provider;

import io.stockobserver.pipeline.Observation;
import java.time.Instant;
import java.util.List;

/**
 * The candidate monitor's view of a venue: cheap market-wide activity beyond the symbols streamed — a sweep of the
 * universe and the venue's rankings — and what a record says about the day's trade count. A venue without such
 * inputs says so ({@link #available()} false); the triggers then learn from Track A and Track B alone.
 */
public interface ActivitySource {
    boolean available();

    /** Quotes every symbol once (batched under the venue's budget); returns how many rows were observed. */
    int sweep(List<String> symbols, ActivitySink sink) throws InterruptedException;

    /** One round of the venue's rankings; returns how many rows were observed. */
    int pollRankings(ActivitySink sink) throws InterruptedException;

    /** The day's trade count a record carries, or -1 when the venue does not say. */
    long dayTrades(Observation o);

    /** Ends a running sweep at the next call boundary. */
    void stop();

    long calls();

    long failedCalls();

    /** Where observed activity goes (the candidate board). */
    interface ActivitySink {
        void observe(String symbol, Instant at, double volume, double price, double changeRate, long dayTrades);

        void previousDayVolume(String symbol, double volume);
    }
}
