package io.stockobserver.provider.upbit;

import java.util.Collections;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * One trading pair of {@code /v1/market/all?is_details=true} (PROVIDERS_FACTS §1.6).
 *
 * @param market pair code such as {@code KRW-BTC}
 * @param koreanName {@code korean_name}, may be null
 * @param englishName {@code english_name}, may be null
 * @param warning {@code market_event.warning} (유의 종목); older answers said {@code market_warning: "CAUTION"}
 * @param cautions the {@code market_event.caution} flags that are true (주의 종목), e.g. {@code PRICE_FLUCTUATIONS}
 */
public record UpbitMarketInfo(
        String market, String koreanName, String englishName, boolean warning, Set<String> cautions) {
    public UpbitMarketInfo {
        Objects.requireNonNull(market, "market");
        cautions = Collections.unmodifiableSortedSet(new TreeSet<>(cautions)); // sorted: stable in logs and events
    }

    /** The quote currency, e.g. {@code KRW} for {@code KRW-BTC}. */
    public String quoteCurrency() {
        int dash = market.indexOf('-');
        return dash < 0 ? market : market.substring(0, dash);
    }
}
