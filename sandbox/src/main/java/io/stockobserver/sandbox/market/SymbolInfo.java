package io.stockobserver.sandbox.market;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One listing of the simulated universe, as it stands on the first simulated business day.
 *
 * @param code 6-digit short code (단축코드), e.g. 005930
 * @param name Korean name (한글종목명)
 * @param market KOSPI or KOSDAQ
 * @param sector industry name as KIS reports it in bstp_kor_isnm
 * @param previousClose base price (기준가) of the first simulated day, on the tick grid
 * @param listedShares listed shares (상장주수)
 * @param parValue par value (액면가) in KRW
 * @param halted whether trading is suspended (거래정지): a halted listing never trades
 * @param reference fundamentals and 52-week range reported by quotes
 */
public record SymbolInfo(
        String code,
        String name,
        MarketKind market,
        String sector,
        long previousClose,
        long listedShares,
        long parValue,
        boolean halted,
        ReferenceData reference) {

    private static final Pattern CODE = Pattern.compile("\\d{6}");

    /** Checks the code format, the grid and the share count. */
    public SymbolInfo {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(market, "market");
        Objects.requireNonNull(sector, "sector");
        Objects.requireNonNull(reference, "reference");
        if (!CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("code must be 6 digits: " + code);
        }
        if (!KrxTickGrid.isOnGrid(previousClose)) {
            throw new IllegalArgumentException("previous close off the tick grid: " + previousClose);
        }
        if (listedShares < 1 || parValue < 1) {
            throw new IllegalArgumentException("listed shares and par value must be positive for " + code);
        }
    }
}
