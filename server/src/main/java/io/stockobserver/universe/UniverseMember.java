package io.stockobserver.universe;

import io.stockobserver.provider.Listing;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * One symbol of the day's universe and why it is in it. Name, market, base price and listed shares come from the
 * venue's listings; they are empty for a universe taken from the configured watch list without listings
 * ({@link UniverseBuilder#fromWatchList}), and listed shares for a venue that does not publish them.
 *
 * @param symbol venue symbol, e.g. {@code 005930}, {@code KRW-BTC}
 * @param name the listing's name, e.g. {@code 삼성전자}
 * @param market the segment it trades on, e.g. {@code kospi}, {@code kosdaq}
 * @param basePrice the reference price of the minimum-price rule (KIS 기준가 in KRW)
 * @param listedShares listed shares (KIS: the master's thousands × 1,000)
 * @param reason why it was included, e.g. {@code ST, base price 71500 >= 4000, not halted, not a SPAC}
 */
public record UniverseMember(
        String symbol,
        Optional<String> name,
        Optional<String> market,
        Optional<BigDecimal> basePrice,
        OptionalLong listedShares,
        String reason) {

    public UniverseMember {
        if (symbol == null || !symbol.matches("[0-9A-Z]+(-[0-9A-Z]+)?")) {
            throw new IllegalArgumentException(
                    "symbol must be letters and digits (a pair joined by '-') but was '" + symbol + "'");
        }
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(market, "market");
        Objects.requireNonNull(basePrice, "basePrice");
        Objects.requireNonNull(listedShares, "listedShares");
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("reason must not be blank");
        }
    }

    /** A member taken from a venue listing. */
    public static UniverseMember of(Listing listing, String reason) {
        return new UniverseMember(
                listing.symbol(),
                Optional.of(listing.name()),
                Optional.of(listing.board()),
                Optional.of(listing.referencePrice()),
                listing.listedShares(),
                reason);
    }

    /** A member known by its code only (watch list without master data). */
    public static UniverseMember symbolOnly(String symbol, String reason) {
        return new UniverseMember(
                symbol, Optional.empty(), Optional.empty(), Optional.empty(), OptionalLong.empty(), reason);
    }
}
