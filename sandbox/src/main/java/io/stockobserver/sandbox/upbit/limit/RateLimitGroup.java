package io.stockobserver.sandbox.upbit.limit;

import java.util.Locale;

/**
 * The Quotation REST rate-limit groups (PROVIDERS_FACTS §1.2): every endpoint of a group shares one per-IP budget.
 * {@link #wireName()} is the name in the {@code Remaining-Req} header.
 */
public enum RateLimitGroup {
    /** {@code /v1/market/all}. */
    MARKET,
    /** {@code /v1/ticker}, {@code /v1/ticker/all}. */
    TICKER,
    /** {@code /v1/orderbook}, {@code /v1/orderbook/instruments}. */
    ORDERBOOK,
    /** {@code /v1/trades/ticks}. */
    TRADE,
    /** {@code /v1/candles/…}. */
    CANDLE;

    /** Returns the group's name on the wire, e.g. "ticker". */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Returns the {@code Remaining-Req} header value, e.g. {@code group=ticker; min=600; sec=9}. Upbit calls
     * {@code min} deprecated and fixed; the sandbox writes 60 times the per-second limit, as the documented example
     * ({@code group=default; min=1800; sec=29} for 30 per second) does.
     */
    public static String remainingReq(String group, int perSecond, int remaining) {
        return "group=" + group + "; min=" + perSecond * 60 + "; sec=" + Math.max(0, remaining);
    }
}
