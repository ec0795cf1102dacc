package io.stockobserver.sandbox.market;

/**
 * What a listing is, by its KRX 증권그룹구분코드 — the 그룹코드 of the master files (KIS facts §8). Observers usually keep
 * only {@link #STOCK}, so the universe also holds funds and REITs for that filter to matter.
 */
public enum ListingKind {
    /** 주권: a company's shares. */
    STOCK("ST"),
    /** 상장지수펀드 (ETF); always on the KOSPI market. */
    ETF("EF"),
    /** 부동산투자회사 (REIT); always on the KOSPI market. */
    REIT("RT");

    private final String groupCode;

    ListingKind(String groupCode) {
        this.groupCode = groupCode;
    }

    /** Returns the two-letter KRX group code: ST, EF or RT. */
    public String groupCode() {
        return groupCode;
    }
}
