package io.stockobserver.provider.upbit;

import com.fasterxml.jackson.databind.JsonNode;
import io.stockobserver.provider.SnapshotSource;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Track A through Upbit: {@code GET /v1/ticker} for up to 100 markets a call, within the ticker group's 10 calls a
 * second (the client's limiter spends it, corrected by {@code Remaining-Req}; 429 backs off, 418 blocks the client).
 */
public final class UpbitSnapshotSource implements SnapshotSource {
    private final UpbitRestClient rest;
    private final UpbitSettings settings;
    private final UpbitTickerMapper mapper;

    public UpbitSnapshotSource(UpbitRestClient rest, UpbitSettings settings, UpbitTickerMapper mapper) {
        this.rest = rest;
        this.settings = settings;
        this.mapper = mapper;
    }

    @Override
    public int batchSize() {
        return settings.tickerChunkSize();
    }

    @Override
    public int callsPerSecond() {
        return settings.requestsPerGroup();
    }

    @Override
    public String endpoint() {
        return "v1/ticker";
    }

    @Override
    public List<SymbolAnswer> snapshot(List<String> batch, String cycleId, Instant cycleTime)
            throws UpbitApiException, InterruptedException {
        UpbitRestResponse r = rest.ticker(batch);
        List<SymbolAnswer> answers = new ArrayList<>();
        for (JsonNode ticker : r.body()) {
            JsonNode market = ticker.get("market");
            if (market != null && market.isTextual()) {
                answers.add(new SymbolAnswer(market.asText(), () -> mapper.map(ticker, cycleId, cycleTime, r)));
            }
        }
        return answers;
    }
}
