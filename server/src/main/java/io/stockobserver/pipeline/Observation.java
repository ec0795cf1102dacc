package io.stockobserver.pipeline;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One observation from a provider, already normalized, before it is checked and archived.
 *
 * @param provider e.g. {@code kis}
 * @param market e.g. {@code kr_stocks}
 * @param symbol venue symbol, e.g. {@code 005930}
 * @param track swing or scalp
 * @param eventTime when the market event happened at the venue (UTC)
 * @param partitionTime the instant that picks the archive file: the cycle time for swing, the sample time for scalp
 * @param receiveTime when this process received the input
 * @param receivedAtNanos {@code System.nanoTime()} at receipt, for receive→durable latency
 * @param rawRef where the raw input was journaled ({@code raw/kis/…:N}), may be null
 * @param quality quality as judged by the collector (stale inputs → degraded)
 * @param fields normalized fields in archive order ({@code last_price}, {@code volume}, …; numbers as Long or
 *     BigDecimal, never binary floats)
 * @param providerSpecific venue fields without a normalized name, keyed by the venue's own names
 */
public record Observation(
        String provider,
        String market,
        String symbol,
        Track track,
        Instant eventTime,
        Instant partitionTime,
        Instant receiveTime,
        long receivedAtNanos,
        String rawRef,
        QualityFlag quality,
        Map<String, Object> fields,
        Map<String, String> providerSpecific) {

    public Observation {
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(market, "market");
        Objects.requireNonNull(track, "track");
        Objects.requireNonNull(partitionTime, "partitionTime");
        Objects.requireNonNull(receiveTime, "receiveTime");
        Objects.requireNonNull(quality, "quality");
        fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
        providerSpecific = Collections.unmodifiableMap(new LinkedHashMap<>(providerSpecific));
    }

    /** A normalized field as a number, or null when absent or not numeric. */
    public Number number(String field) {
        return fields.get(field) instanceof Number n ? n : null;
    }
}
