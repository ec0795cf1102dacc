package io.stockobserver.sandbox.upbit.market;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * One market (trading pair) of the universe, as {@code /v1/market/all?is_details=true} describes it.
 *
 * @param market the code, quote currency first: {@code KRW-BTC}, {@code BTC-ETH}, {@code USDT-XRP}
 * @param koreanName e.g. 비트코인
 * @param englishName e.g. Bitcoin
 * @param quote the quote currency (the code's prefix)
 * @param base the traded asset (the code's suffix)
 * @param warning {@code market_event.warning}: the market is under 유의 종목 designation
 * @param cautions the {@code market_event.caution} flags that are true
 */
public record UpbitPair(
        String market,
        String koreanName,
        String englishName,
        QuoteCurrency quote,
        String base,
        boolean warning,
        Set<Caution> cautions) {

    /** Checks the code matches quote and base, and copies the cautions. */
    public UpbitPair {
        Objects.requireNonNull(quote, "quote");
        Objects.requireNonNull(base, "base");
        Objects.requireNonNull(koreanName, "koreanName");
        Objects.requireNonNull(englishName, "englishName");
        if (!(quote.name() + "-" + base).equals(market)) {
            throw new IllegalArgumentException("market must be " + quote + "-" + base + ": " + market);
        }
        cautions = Collections.unmodifiableSet(
                cautions.isEmpty() ? EnumSet.noneOf(Caution.class) : EnumSet.copyOf(cautions));
    }

    /** Returns whether a caution flag is set. */
    public boolean caution(Caution flag) {
        return cautions.contains(flag);
    }
}
