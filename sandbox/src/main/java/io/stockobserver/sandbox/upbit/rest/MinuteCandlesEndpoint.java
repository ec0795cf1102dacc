package io.stockobserver.sandbox.upbit.rest;

import com.fasterxml.jackson.databind.node.ArrayNode;
import io.stockobserver.sandbox.rest.RestReply;
import io.stockobserver.sandbox.rest.RestRequest;
import io.stockobserver.sandbox.upbit.limit.RateLimitGroup;
import io.stockobserver.sandbox.upbit.market.UpbitMarketModel;
import io.stockobserver.sandbox.wire.KisJson;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * {@code GET /v1/candles/minutes/{unit}?market=…&to=…&count=…} for unit 1, 3, 5, 10, 15, 30, 60 or 240 — candles
 * newest first, only for windows with a trade (Upbit fact). {@code count} 1..200 (default 1); {@code to} an
 * ISO-8601 time, exclusive ({@code 2026-07-22T10:00:00Z}, {@code …+09:00}, or without offset as UTC, with a space
 * or a T). The sandbox keeps 24 hours of one-minute history, so older candles are absent (sandbox limitation).
 */
final class MinuteCandlesEndpoint extends QuotationEndpoint {

    /** The units Upbit serves. */
    static final List<Integer> UNITS = List.of(1, 3, 5, 10, 15, 30, 60, 240);

    private static final int MAX_COUNT = 200;

    private final UpbitMarketModel market;
    private final int unit;

    MinuteCandlesEndpoint(UpbitMarketModel market, int unit) {
        super("/v1/candles/minutes/" + unit, RateLimitGroup.CANDLE);
        this.market = market;
        this.unit = unit;
    }

    @Override
    RestReply answer(RestRequest request) {
        String code = QueryValues.market(request, market);
        int count = QueryValues.wholeNumber(request, "count", 1, 1, MAX_COUNT);
        Instant to = QueryValues.text(request, "to")
                .map(MinuteCandlesEndpoint::instant)
                .orElseGet(market::now);
        ArrayNode candles = KisJson.array();
        market.minuteCandles(code, unit, to, count).forEach(candle -> candles.add(QuotationJson.candle(candle)));
        return UpbitReplies.ok(candles);
    }

    private static Instant instant(String text) {
        String iso = text.replace(' ', 'T');
        try {
            return OffsetDateTime.parse(iso).toInstant();
        } catch (DateTimeException withoutOffset) {
            try {
                return LocalDateTime.parse(iso).toInstant(ZoneOffset.UTC);
            } catch (DateTimeException e) {
                throw new ParameterException("to must be an ISO-8601 time");
            }
        }
    }
}
