package io.stockobserver.provider.upbit;

import com.fasterxml.jackson.databind.JsonNode;
import io.stockobserver.pipeline.Observation;
import io.stockobserver.pipeline.QualityFlag;
import io.stockobserver.pipeline.Track;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Maps one element of a {@code /v1/ticker} answer to a swing observation. The symbol is the pair code
 * ({@code market}, e.g. {@code KRW-BTC}); the event time is {@code trade_timestamp} (epoch ms, UTC), the time of the
 * last trade the ticker reflects.
 *
 * <p>Fields: {@code cycle_id}; {@code last_price} ← trade_price, {@code open} ← opening_price, {@code high} ←
 * high_price, {@code low} ← low_price, {@code prev_close} ← prev_closing_price, {@code change} ← signed_change_price,
 * {@code change_rate} ← signed_change_rate × 100 (Upbit gives a fraction, the archive a percent as KIS's
 * {@code prdy_ctrt}; moving the point is exact), {@code volume} ← acc_trade_volume and {@code turnover} ←
 * acc_trade_price. All numbers are {@code BigDecimal} made from the JSON text: Upbit prices are fractional below
 * 100 KRW, so they cannot be integers as KIS's are.
 *
 * <p>Design note: {@code volume} and {@code turnover} are the figures of the UTC day (reset at 00:00 UTC = 09:00
 * KST), the crypto equivalent of KIS's cumulative day figures; the rolling 24-hour {@code acc_trade_volume_24h} and
 * {@code acc_trade_price_24h} move at every trade that leaves the window, so comparing them between snapshots says
 * little. They stay in {@code provider_specific} with every other venue field, keyed by the venue's names.
 */
public final class UpbitTickerMapper {
    private final String provider;
    private final String market;

    /** e.g. {@code new UpbitTickerMapper("upbit", "krw_crypto")}. */
    public UpbitTickerMapper(String provider, String market) {
        this.provider = provider;
        this.market = market;
    }

    /**
     * One ticker element of {@code response}. Throws {@link io.stockobserver.pipeline.FieldValueException} when a
     * normalized field is not a number within its bounds (nothing is mapped then; the raw body is in the journal).
     */
    public Observation map(JsonNode ticker, String cycleId, Instant cycleTime, UpbitRestResponse response) {
        UpbitTickerFields.Normalized n = UpbitTickerFields.normalize(ticker, false);
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("cycle_id", cycleId);
        fields.putAll(n.fields());
        return new Observation(
                provider,
                market,
                UpbitJson.text(ticker, "market"),
                Track.SWING,
                UpbitJson.epochMillis(ticker, "trade_timestamp", "event_time"),
                cycleTime,
                response.receiveTime(),
                response.receivedAtNanos(),
                response.rawRef(),
                QualityFlag.NORMAL,
                fields,
                n.providerSpecific());
    }
}
