package io.stockobserver.provider;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * One listing of the venue's day, as the universe rules see it: venue-neutral, so the same rules (and the same
 * universe file) serve every venue. What a venue does not publish stays empty or false.
 *
 * @param symbol venue symbol, e.g. {@code 005930}, {@code KRW-BTC}
 * @param name the listing's name (KIS: 한글종목명; Upbit: korean_name)
 * @param board the market segment it trades on, e.g. {@code kospi}, {@code kosdaq}, {@code krw}
 * @param group the security group the rules include by (KIS 그룹코드 {@code ST}, {@code EF}, …; Upbit the quote
 *     currency)
 * @param referencePrice the price the minimum-price rule compares (KIS 기준가; Upbit the last trade price)
 * @param listedShares listed shares, when the venue publishes them
 * @param halted trading is suspended
 * @param administrative KIS 관리종목
 * @param preferred a preferred share
 * @param spac a special-purpose acquisition company
 * @param warning the venue warns about it (KIS 시장경고 주의/경고/위험; Upbit market_event.warning)
 * @param turnover recent traded value in the venue's currency, when it publishes one (Upbit: 24 h)
 */
public record Listing(
        String symbol,
        String name,
        String board,
        String group,
        BigDecimal referencePrice,
        OptionalLong listedShares,
        boolean halted,
        boolean administrative,
        boolean preferred,
        boolean spac,
        boolean warning,
        Optional<BigDecimal> turnover) {

    public Listing {
        if (symbol == null || symbol.isBlank()) {
            throw new IllegalArgumentException("a listing needs a symbol");
        }
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(board, "board");
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(referencePrice, "referencePrice");
        Objects.requireNonNull(listedShares, "listedShares");
        Objects.requireNonNull(turnover, "turnover");
    }
}
