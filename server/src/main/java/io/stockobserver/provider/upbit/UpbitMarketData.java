package io.stockobserver.provider.upbit;

import java.time.Instant;
import java.util.Map;

/**
 * A ticker, trade or orderbook frame, already normalized: {@link #fields()} uses the names of the KIS scalp path
 * ({@code last_price}, {@code ask_price}, …; numbers as {@code BigDecimal}) and {@link #providerSpecific()} keeps every
 * other venue field under its DEFAULT name, whichever key format the frame used.
 */
public sealed interface UpbitMarketData extends UpbitMessage permits UpbitTicker, UpbitTrade, UpbitOrderbook {
    /** Pair code, e.g. {@code KRW-BTC}. */
    String code();

    UpbitStreamType streamType();

    /** When the event happened at the venue (trade time for tickers and trades, book time for orderbooks). */
    Instant eventTime();

    /** Normalized fields in archive order; absent venue values are left out. */
    Map<String, Object> fields();

    /** Venue fields without a normalized name, as text keyed by the DEFAULT name. */
    Map<String, String> providerSpecific();
}
