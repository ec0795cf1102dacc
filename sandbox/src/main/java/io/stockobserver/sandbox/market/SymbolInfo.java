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
 * @param reference fundamentals, 52-week range, listing date and KRX designations reported by quotes
 * @param kind stock, ETF or REIT (the master files' 그룹코드)
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
        ReferenceData reference,
        ListingKind kind) {

    private static final Pattern CODE = Pattern.compile("\\d{6}");

    /** Checks the code format, the grid and the share count. */
    public SymbolInfo {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(market, "market");
        Objects.requireNonNull(sector, "sector");
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(kind, "kind");
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

    /** Creates a {@link ListingKind#STOCK} listing (the constructor before listings had a kind). */
    public SymbolInfo(
            String code,
            String name,
            MarketKind market,
            String sector,
            long previousClose,
            long listedShares,
            long parValue,
            boolean halted,
            ReferenceData reference) {
        this(code, name, market, sector, previousClose, listedShares, parValue, halted, reference, ListingKind.STOCK);
    }
}
