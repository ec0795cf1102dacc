package io.stockobserver.provider.upbit;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A {@code ticker} frame. Fields: {@code last_price} ← trade_price, {@code last_size} ← trade_volume, {@code volume}
 * ← acc_trade_volume, {@code turnover} ← acc_trade_price (both of the UTC day), {@code open}, {@code high}, {@code
 * low}, {@code prev_close}, {@code change} ← signed_change_price, {@code change_rate} ← signed_change_rate × 100.
 *
 * @param eventTime {@code trade_timestamp}
 */
public record UpbitTicker(
        String code,
        UpbitStreamType streamType,
        Instant eventTime,
        Map<String, Object> fields,
        Map<String, String> providerSpecific,
        String raw)
        implements UpbitMarketData {
    public UpbitTicker {
        fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
        providerSpecific = Collections.unmodifiableMap(new LinkedHashMap<>(providerSpecific));
    }
}
