package io.stockobserver.provider.kis;

import com.fasterxml.jackson.databind.JsonNode;
import io.stockobserver.provider.SnapshotSource;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Track A through KIS: intstock-multprice (FHKST11300006) in batches of 30 where the environment has it (real,
 * sandbox), inquire-price (FHKST01010100) one symbol per call where it has not (paper). The REST client already
 * spends the appkey's call budget and retries EGW00201, 5xx and time-outs with a bounded back-off.
 */
public final class KisSnapshotSource implements SnapshotSource {
    private final KisRestClient rest;
    private final boolean multiPrice;
    private final int callsPerSecond;
    private final SwingSnapshotMapper mapper;

    public KisSnapshotSource(KisRestClient rest, boolean multiPrice, int callsPerSecond, SwingSnapshotMapper mapper) {
        this.rest = rest;
        this.multiPrice = multiPrice;
        this.callsPerSecond = callsPerSecond;
        this.mapper = mapper;
    }

    @Override
    public int batchSize() {
        return multiPrice ? KisRestClient.MULTI_PRICE_MAX : 1;
    }

    @Override
    public int callsPerSecond() {
        return callsPerSecond;
    }

    @Override
    public String endpoint() {
        return multiPrice ? "intstock-multprice" : "inquire-price";
    }

    @Override
    public List<SymbolAnswer> snapshot(List<String> batch, String cycleId, Instant cycleTime)
            throws KisApiException, InterruptedException {
        if (!multiPrice) {
            String symbol = batch.get(0);
            KisRestResponse r = rest.inquirePrice(symbol);
            return List.of(new SymbolAnswer(symbol, () -> mapper.map(symbol, cycleId, cycleTime, r)));
        }
        KisRestResponse r = rest.multiPrice(batch);
        JsonNode output = r.json().get("output");
        List<SymbolAnswer> answers = new ArrayList<>();
        List<String> answered = new ArrayList<>();
        if (output != null && output.isArray()) {
            for (int i = 0; i < output.size(); i++) {
                JsonNode element = output.get(i);
                String symbol = SwingSnapshotMapper.multiSymbol(element);
                if (symbol == null || !batch.contains(symbol)) {
                    symbol = i < batch.size() ? batch.get(i) : null; // fall back to request order
                }
                if (symbol == null || answered.contains(symbol)) {
                    continue;
                }
                answered.add(symbol);
                String s = symbol;
                answers.add(new SymbolAnswer(s, () -> mapper.mapMulti(s, cycleId, cycleTime, r, element)));
            }
        }
        return answers;
    }
}
