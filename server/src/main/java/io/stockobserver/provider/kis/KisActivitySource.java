package io.stockobserver.provider.kis;

import com.fasterxml.jackson.databind.JsonNode;
import io.stockobserver.pipeline.Observation;
import io.stockobserver.provider.ActivitySource;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Logger;

/**
 * The candidate monitor's KIS inputs (real venue only; paper has neither endpoint): a sweep of the universe through
 * intstock-multprice (30 per call) and the ranking endpoints — volume-rank by volume increase rate, fluctuation rising
 * and falling. Every answer goes to the sink (the candidate board); the REST client journals it raw and shares the
 * rate limiter with Track A. Failures are counted and logged; they never stop the next round. The day's trade count
 * of a real-time record is 매도 + 매수 체결 건수 (SELN_CNTG_CSNU + SHNU_CNTG_CSNU).
 */
public final class KisActivitySource implements ActivitySource {
    private static final Logger LOG = Logger.getLogger(KisActivitySource.class.getName());

    private final KisRestClient rest;
    private final boolean available;
    private final AtomicLong calls = new AtomicLong();
    private final AtomicLong failedCalls = new AtomicLong();
    private volatile boolean stopping;

    /** @param available whether the environment has the endpoints (real and sandbox; not paper) */
    public KisActivitySource(KisRestClient rest, boolean available) {
        this.rest = Objects.requireNonNull(rest, "rest");
        this.available = available;
    }

    @Override
    public boolean available() {
        return available;
    }

    @Override
    public void stop() {
        stopping = true;
    }

    @Override
    public long dayTrades(Observation o) {
        String sells = o.providerSpecific().get("SELN_CNTG_CSNU");
        String buys = o.providerSpecific().get("SHNU_CNTG_CSNU");
        if (sells == null || buys == null) {
            return -1;
        }
        try {
            return Long.parseLong(sells.trim()) + Long.parseLong(buys.trim());
        } catch (NumberFormatException e) {
            return -1; // the sample still teaches volume and price
        }
    }

    @Override
    public int sweep(List<String> symbols, ActivitySink board) throws InterruptedException {
        int observed = 0;
        for (int from = 0; from < symbols.size() && !stopping; from += KisRestClient.MULTI_PRICE_MAX) {
            List<String> batch = symbols.subList(from, Math.min(symbols.size(), from + KisRestClient.MULTI_PRICE_MAX));
            KisRestResponse r = call(() -> rest.multiPrice(batch), "intstock-multprice from " + batch.get(0));
            if (r != null) {
                observed += rows(r, "inter_shrn_iscd", "inter2_prpr", false, board);
            }
        }
        return observed;
    }

    @Override
    public int pollRankings(ActivitySink board) throws InterruptedException {
        int observed = 0;
        KisRestResponse volume = call(() -> rest.volumeRank("1"), "volume-rank");
        if (volume != null) {
            observed += rows(volume, "mksc_shrn_iscd", "stck_prpr", true, board);
        }
        for (boolean falling : new boolean[] {false, true}) {
            KisRestResponse r = call(() -> rest.fluctuation(falling), "fluctuation");
            if (r != null) {
                observed += rows(r, "stck_shrn_iscd", "stck_prpr", false, board);
            }
        }
        return observed;
    }

    @Override
    public long calls() {
        return calls.get();
    }

    @Override
    public long failedCalls() {
        return failedCalls.get();
    }

    private interface Call {
        KisRestResponse run() throws KisApiException, InterruptedException;
    }

    private KisRestResponse call(Call c, String what) throws InterruptedException {
        calls.incrementAndGet();
        try {
            return c.run();
        } catch (KisApiException e) {
            failedCalls.incrementAndGet();
            LOG.warning("candidate monitor: " + what + " failed: " + e.getMessage());
            return null;
        }
    }

    private int rows(
            KisRestResponse r, String symbolField, String priceField, boolean previousDayVolume, ActivitySink board) {
        JsonNode output = r.json().get("output");
        if (output == null || !output.isArray()) {
            return 0;
        }
        int n = 0;
        for (JsonNode row : output) {
            String symbol = text(row, symbolField);
            Long volume = integer(row, "acml_vol");
            Long price = integer(row, priceField);
            Double rate = decimal(row, "prdy_ctrt");
            if (symbol == null || volume == null || price == null || rate == null) {
                continue; // unparseable rows stay in the raw journal; the board learns nothing from them
            }
            board.observe(symbol, r.receiveTime(), volume, price, rate, -1);
            if (previousDayVolume) {
                Long prdy = integer(row, "prdy_vol");
                if (prdy != null) {
                    board.previousDayVolume(symbol, prdy);
                }
            }
            n++;
        }
        return n;
    }

    private static String text(JsonNode row, String field) {
        JsonNode v = row.get(field);
        if (v == null) {
            return null;
        }
        String s = v.asText().trim();
        return s.isEmpty() ? null : s;
    }

    private static Long integer(JsonNode row, String field) {
        String s = text(row, field);
        try {
            return s == null ? null : Long.parseLong(s);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Double decimal(JsonNode row, String field) {
        String s = text(row, field);
        try {
            return s == null ? null : Double.parseDouble(s);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
