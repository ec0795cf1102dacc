package io.stockobserver.provider.upbit;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A {@code trade} frame. Fields: {@code last_price} ← trade_price, {@code last_size} ← trade_volume, {@code
 * prev_close} ← prev_closing_price, {@code change} ← change_price signed by {@code change} (negative when FALL; left
 * out when the direction is unknown), and since 2024-11-27 {@code ask_price}, {@code ask_size}, {@code bid_price},
 * {@code bid_size} ← best_ask_price, best_ask_size, best_bid_price, best_bid_size. A trade carries no day figures
 * (volume, turnover, open, high, low): those come with the ticker of the same trade.
 *
 * @param eventTime {@code trade_timestamp}
 * @param sequentialId {@code sequential_id}, unique per trade but not ordered; it exceeds 2^53, so it is read from the
 *     JSON text as a long (also kept as text in {@code providerSpecific})
 */
public record UpbitTrade(
        String code,
        UpbitStreamType streamType,
        Instant eventTime,
        long sequentialId,
        Map<String, Object> fields,
        Map<String, String> providerSpecific,
        String raw)
        implements UpbitMarketData {
    public UpbitTrade {
        fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
        providerSpecific = Collections.unmodifiableMap(new LinkedHashMap<>(providerSpecific));
    }

    /** {@code trade_price}. */
    public BigDecimal price() {
        return (BigDecimal) fields.get("last_price");
    }

    /** {@code trade_volume}. */
    public BigDecimal size() {
        return (BigDecimal) fields.get("last_size");
    }
}
