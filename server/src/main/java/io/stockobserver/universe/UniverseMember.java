package io.stockobserver.universe;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * One symbol of the day's universe and why it is in it. Name, market, base price and listed shares come from the
 * master file; they are empty only for a universe taken from the configured watch list without master data
 * ({@link UniverseBuilder#fromWatchList}).
 *
 * @param symbol short code, e.g. {@code 005930}
 * @param name Korean name, e.g. {@code 삼성전자}
 * @param market KOSPI or KOSDAQ
 * @param basePrice 기준가 in KRW
 * @param listedShares listed shares (the master's thousands × 1,000)
 * @param reason why it was included, e.g. {@code ST, base price 71500 >= 4000, not halted, not a SPAC}
 */
public record UniverseMember(
        String symbol,
        Optional<String> name,
        Optional<MasterMarket> market,
        OptionalLong basePrice,
        OptionalLong listedShares,
        String reason) {

    public UniverseMember {
        if (symbol == null || !symbol.matches("[0-9A-Z]+")) {
            throw new IllegalArgumentException("symbol must be letters and digits but was '" + symbol + "'");
        }
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(market, "market");
        Objects.requireNonNull(basePrice, "basePrice");
        Objects.requireNonNull(listedShares, "listedShares");
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("reason must not be blank");
        }
    }

    /** A member taken from a master-file record. */
    public static UniverseMember of(MasterRecord record, String reason) {
        return new UniverseMember(
                record.code(),
                Optional.of(record.name()),
                Optional.of(record.market()),
                OptionalLong.of(record.basePrice()),
                OptionalLong.of(record.listedShares()),
                reason);
    }

    /** A member known by its code only (watch list without master data). */
    public static UniverseMember symbolOnly(String symbol, String reason) {
        return new UniverseMember(
                symbol, Optional.empty(), Optional.empty(), OptionalLong.empty(), OptionalLong.empty(), reason);
    }
}
