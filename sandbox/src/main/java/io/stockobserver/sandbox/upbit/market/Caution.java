package io.stockobserver.sandbox.upbit.market;

/**
 * The caution flags of {@code market_event.caution} in {@code /v1/market/all?is_details=true} (PROVIDERS_FACTS §1.6),
 * named exactly as on the wire.
 */
public enum Caution {
    /** 가격 급등락. */
    PRICE_FLUCTUATIONS,
    /** 거래량 급등. */
    TRADING_VOLUME_SOARING,
    /** 입금량 급등. */
    DEPOSIT_AMOUNT_SOARING,
    /** 가격 차이 (global price differences). */
    GLOBAL_PRICE_DIFFERENCES,
    /** 소수 계정 집중. */
    CONCENTRATION_OF_SMALL_ACCOUNTS
}
