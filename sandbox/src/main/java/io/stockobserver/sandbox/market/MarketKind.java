package io.stockobserver.sandbox.market;

/** The KRX market a listing trades on. */
public enum MarketKind {
    /** 유가증권시장. */
    KOSPI,
    /** 코스닥. */
    KOSDAQ
}
