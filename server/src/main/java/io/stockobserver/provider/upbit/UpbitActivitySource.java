package io.stockobserver.provider.upbit;

import com.fasterxml.jackson.databind.JsonNode;
import io.stockobserver.pipeline.Observation;
import io.stockobserver.provider.ActivitySource;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Logger;

/**
 * The candidate monitor's Upbit inputs: a sweep of the universe through {@code /v1/ticker} (100 pairs a call, the
 * same client and rate budget as Track A), each ticker giving the UTC day's {@code acc_trade_volume}, the last
 * {@code trade_price} and {@code signed_change_rate}. Upbit has no ranking endpoint, so a ranking round asks nothing;
 * and it publishes no day trade count, so trade velocity learns nothing from Upbit records. Failed calls are counted
 * and logged; they never stop the next chunk.
 */
final class UpbitActivitySource implements ActivitySource {
    private static final Logger LOG = Logger.getLogger(UpbitActivitySource.class.getName());

    private final UpbitRestClient rest;
    private final AtomicLong calls = new AtomicLong();
    private final AtomicLong failedCalls = new AtomicLong();
    private volatile boolean stopping;

    UpbitActivitySource(UpbitRestClient rest) {
        this.rest = Objects.requireNonNull(rest, "rest");
    }

    @Override
    public boolean available() {
        return true;
    }

    @Override
    public int sweep(List<String> symbols, ActivitySink sink) throws InterruptedException {
        int observed = 0;
        for (List<String> chunk : rest.tickerChunks(symbols)) {
            if (stopping) {
                break;
            }
            calls.incrementAndGet();
            try {
                UpbitRestResponse r = rest.ticker(chunk);
                for (JsonNode ticker : r.body()) {
                    if (observe(ticker, r, sink)) {
                        observed++;
                    }
                }
            } catch (UpbitApiException e) {
                failedCalls.incrementAndGet();
                LOG.warning("candidate sweep from " + chunk.get(0) + " failed: " + e.getMessage());
            }
        }
        return observed;
    }

    /** A ticker the board can use; one with a missing or malformed figure stays in the raw journal only. */
    private static boolean observe(JsonNode ticker, UpbitRestResponse r, ActivitySink sink) {
        try {
            String market = UpbitJson.text(ticker, "market");
            BigDecimal volume = UpbitJson.decimal(ticker, "acc_trade_volume", "volume");
            BigDecimal price = UpbitJson.decimal(ticker, "trade_price", "last_price");
            BigDecimal rate =
                    UpbitTickerFields.percent(UpbitJson.numberText(ticker, UpbitTickerFields.RATE, "change_rate"));
            if (market == null || volume == null || price == null || rate == null) {
                return false;
            }
            // signed_change_rate is a fraction (0.0123): read as the percent the board takes, like KIS's prdy_ctrt
            sink.observe(market, r.receiveTime(), volume.doubleValue(), price.doubleValue(), rate.doubleValue(), -1);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** Upbit has no ranking endpoint: nothing to ask. */
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
        stopping = true;
    }

    @Override
    public long calls() {
        return calls.get();
    }

    @Override
    public long failedCalls() {
        return failedCalls.get();
    }
}
