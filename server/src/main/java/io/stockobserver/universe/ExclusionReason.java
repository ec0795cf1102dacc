package io.stockobserver.universe;

/**
 * Why a listing is not in the universe. Rules are checked in declaration order and the first that
 * applies is the one counted, so every listing considered is counted once: included or under one reason.
 */
public enum ExclusionReason {
    /** The same short code already appeared (in this or an earlier master file); the first one is kept. */
    DUPLICATE_SYMBOL("duplicate_symbol"),
    /** A watch list is configured and does not name it. */
    NOT_IN_WATCH_LIST("not_in_watch_list"),
    /** Its 그룹코드 is not one of the included groups (ETF {@code EF}, REIT {@code RT}, …). */
    GROUP_NOT_INCLUDED("group_not_included"),
    /** 거래정지 = Y and halted listings are excluded. */
    HALTED("halted"),
    /** 관리종목 = Y and administrative issues are excluded. */
    ADMINISTRATIVE("administrative"),
    /** Preferred stock and preferred stock is excluded. */
    PREFERRED("preferred"),
    /** A SPAC and SPACs are excluded. */
    SPAC("spac"),
    /** The venue warns about it (KIS 시장경고, Upbit 유의 종목) and warned listings are excluded. */
    WARNING("warning"),
    /** 기준가 (KIS) or last trade (Upbit) below the minimum base price. */
    BELOW_MIN_PRICE("below_min_price"),
    /** A minimum turnover is set and the venue published no turnover for it. */
    TURNOVER_UNKNOWN("turnover_unknown"),
    /** Recent traded value below the minimum turnover. */
    BELOW_MIN_TURNOVER("below_min_turnover");

    private final String wireName;

    ExclusionReason(String wireName) {
        this.wireName = wireName;
    }

    /** The key under {@code counts.excluded} in the universe file, e.g. {@code below_min_price}. */
    public String wireName() {
        return wireName;
    }
}
