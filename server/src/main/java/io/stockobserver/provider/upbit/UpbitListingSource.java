package io.stockobserver.provider.upbit;

import com.fasterxml.jackson.databind.JsonNode;
import io.stockobserver.provider.Listing;
import io.stockobserver.provider.ListingSource;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Upbit's listings: every pair of {@code /v1/market/all?is_details=true} with its warning flag
 * (PROVIDERS_FACTS §1.6), priced by {@code /v1/ticker} (the last trade as the reference price, the 24-hour traded
 * value as the turnover). The group is the quote currency ({@code KRW}, {@code BTC}, {@code USDT}), so the universe
 * rules pick the KRW market by group. A pair the ticker did not answer is counted as malformed and left out.
 */
public final class UpbitListingSource implements ListingSource {
    public static final String SOURCE = "upbit_market_all";

    private final UpbitRestClient rest;

    public UpbitListingSource(UpbitRestClient rest) {
        this.rest = rest;
    }

    @Override
    public Listings listings(LocalDate day) throws IOException, InterruptedException {
        try {
            List<UpbitMarketInfo> markets = rest.markets();
            Map<String, JsonNode> tickers = new HashMap<>();
            for (UpbitRestResponse r :
                    rest.tickers(markets.stream().map(UpbitMarketInfo::market).toList())) {
                for (JsonNode t : r.body()) {
                    JsonNode m = t.get("market");
                    if (m != null && m.isTextual()) {
                        tickers.put(m.asText(), t);
                    }
                }
            }
            List<Listing> out = new ArrayList<>();
            int malformed = 0;
            for (UpbitMarketInfo info : markets) {
                Optional<BigDecimal> price = decimal(tickers.get(info.market()), "trade_price");
                if (price.isEmpty()) {
                    malformed++;
                    continue;
                }
                out.add(new Listing(
                        info.market(),
                        info.koreanName() != null ? info.koreanName() : info.market(),
                        info.quoteCurrency().toLowerCase(Locale.ROOT),
                        info.quoteCurrency(),
                        price.get(),
                        OptionalLong.empty(),
                        false,
                        false,
                        false,
                        false,
                        info.warning(),
                        decimal(tickers.get(info.market()), "acc_trade_price_24h")));
            }
            return new Listings(SOURCE, out, malformed);
        } catch (UpbitApiException e) {
            throw new IOException("Upbit listings unavailable: " + e.getMessage(), e);
        }
    }

    /** A positive number of the ticker, read from its text (never through a binary float). */
    private static Optional<BigDecimal> decimal(JsonNode ticker, String field) {
        JsonNode v = ticker == null ? null : ticker.get(field);
        if (v == null || !v.isNumber()) {
            return Optional.empty();
        }
        BigDecimal d = v.decimalValue();
        return d.signum() > 0 ? Optional.of(d) : Optional.empty();
    }
}
