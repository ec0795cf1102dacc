package io.stockobserver.scalp.candidate;

import com.fasterxml.jackson.databind.JsonNode;
import io.stockobserver.provider.kis.KisApiException;
import io.stockobserver.provider.kis.KisRestClient;
import io.stockobserver.provider.kis.KisRestResponse;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Logger;

/**
 * The candidate monitor's REST inputs (real venue only; paper has neither endpoint): a sweep of the universe through
 * intstock-multprice (30 per call) and the ranking endpoints — volume-rank by volume increase rate, fluctuation rising
 * and falling. Every answer goes to the {@link CandidateBoard}; the REST client journals it raw and shares the rate
 * limiter with Track A. Failures are counted and logged; they never stop the next round.
 */
public final class CandidateSources {
    private static final Logger LOG = Logger.getLogger(CandidateSources.class.getName());

    private final KisRestClient rest;
    private final CandidateBoard board;
    private final AtomicLong calls = new AtomicLong();
    private final AtomicLong failedCalls = new AtomicLong();
    private volatile boolean stopping;

    public CandidateSources(KisRestClient rest, CandidateBoard board) {
        this.rest = Objects.requireNonNull(rest, "rest");
        this.board = Objects.requireNonNull(board, "board");
    }

    /** Ends a running sweep at the next call boundary. */
    public void stop() {
        stopping = true;
    }

    /** Quotes every symbol once; returns how many were observed. */
    public int sweep(List<String> symbols) throws InterruptedException {
        int observed = 0;
        for (int from = 0; from < symbols.size() && !stopping; from += KisRestClient.MULTI_PRICE_MAX) {
            List<String> batch = symbols.subList(from, Math.min(symbols.size(), from + KisRestClient.MULTI_PRICE_MAX));
            KisRestResponse r = call(() -> rest.multiPrice(batch), "intstock-multprice from " + batch.get(0));
            if (r != null) {
                observed += rows(r, "inter_shrn_iscd", "inter2_prpr", false);
            }
        }
        return observed;
    }

    /** One round of the three rankings; returns how many rows were observed. */
    public int pollRankings() throws InterruptedException {
        int observed = 0;
        KisRestResponse volume = call(() -> rest.volumeRank("1"), "volume-rank");
        if (volume != null) {
            observed += rows(volume, "mksc_shrn_iscd", "stck_prpr", true);
        }
        for (boolean falling : new boolean[] {false, true}) {
            KisRestResponse r = call(() -> rest.fluctuation(falling), "fluctuation");
            if (r != null) {
                observed += rows(r, "stck_shrn_iscd", "stck_prpr", false);
            }
        }
        return observed;
    }

    public long calls() {
        return calls.get();
    }

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

    private int rows(KisRestResponse r, String symbolField, String priceField, boolean previousDayVolume) {
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
