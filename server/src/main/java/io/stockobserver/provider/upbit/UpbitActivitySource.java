package io.stockobserver.provider.upbit;

import io.stockobserver.pipeline.Observation;
import io.stockobserver.provider.ActivitySource;
import java.util.List;

/**
 * The candidate monitor's Upbit inputs: none beyond the two tracks yet (Track A already quotes every KRW market
 * each cycle, and Track B covers far more codes than KIS allows), so the triggers learn from the tracks alone.
 */
final class UpbitActivitySource implements ActivitySource {
    @Override
    public boolean available() {
        return false;
    }

    @Override
    public int sweep(List<String> symbols, ActivitySink sink) {
        return 0;
    }

    @Override
    public int pollRankings(ActivitySink sink) {
        return 0;
    }

    /** Upbit publishes no day trade count. */
    @Override
    public long dayTrades(Observation o) {
        return -1;
    }

    @Override
    public void stop() {
        // nothing runs
    }

    @Override
    public long calls() {
        return 0;
    }

    @Override
    public long failedCalls() {
        return 0;
    }
}
