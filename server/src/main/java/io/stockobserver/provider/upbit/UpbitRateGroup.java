package io.stockobserver.provider.upbit;

import java.util.Locale;
import java.util.Optional;

/**
 * The Quotation REST rate-limit groups (PROVIDERS_FACTS §1.2): each allows 10 requests per second per IP, shared by
 * every endpoint of the group.
 */
public enum UpbitRateGroup {
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

    /** The group's name as the venue writes it in {@code Remaining-Req}. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The group a {@code Remaining-Req} name stands for; empty for groups this client does not call. */
    public static Optional<UpbitRateGroup> fromWire(String name) {
        for (UpbitRateGroup g : values()) {
            if (g.wireName().equals(name)) {
                return Optional.of(g);
            }
        }
        return Optional.empty();
    }
}
