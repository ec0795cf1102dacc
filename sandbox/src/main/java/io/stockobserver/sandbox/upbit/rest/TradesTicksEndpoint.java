package io.stockobserver.sandbox.upbit.rest;

import com.fasterxml.jackson.databind.node.ArrayNode;
import io.stockobserver.sandbox.rest.RestReply;
import io.stockobserver.sandbox.rest.RestRequest;
import io.stockobserver.sandbox.upbit.limit.RateLimitGroup;
import io.stockobserver.sandbox.upbit.market.TradeTick;
import io.stockobserver.sandbox.upbit.market.UpbitMarketModel;
import io.stockobserver.sandbox.wire.KisJson;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * {@code GET /v1/trades/ticks?market=…&count=…&to=…&cursor=…&days_ago=…} — a market's last trades, newest first.
 * {@code count} 1..500 (default 1); {@code cursor} a sequential_id (only older trades); {@code to} a UTC time
 * {@code HHmmss} or {@code HH:mm:ss} (only trades before it, on the UTC day asked for); {@code days_ago} 1..7 (the
 * UTC day that many days back; without it, today). The sandbox keeps each market's last 500 trades, so older days
 * are usually empty.
 */
final class TradesTicksEndpoint extends QuotationEndpoint {

    private static final int MAX_COUNT = 500;
    private static final int MAX_DAYS_AGO = 7;

    private final UpbitMarketModel market;

    TradesTicksEndpoint(UpbitMarketModel market) {
        super("/v1/trades/ticks", RateLimitGroup.TRADE);
        this.market = market;
    }

    @Override
    RestReply answer(RestRequest request) {
        String code = QueryValues.market(request, market);
        int count = QueryValues.wholeNumber(request, "count", 1, 1, MAX_COUNT);
        int daysAgo = QueryValues.wholeNumber(request, "days_ago", 0, 1, MAX_DAYS_AGO);
        OptionalLong cursor = cursor(request);
        Optional<LocalTime> to = QueryValues.text(request, "to").map(TradesTicksEndpoint::time);
        LocalDate today = LocalDate.ofInstant(market.now(), ZoneOffset.UTC);
        LocalDate day = today.minusDays(daysAgo);
        long dayStart = day.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
        long dayEnd = to.map(time -> day.atTime(time).toInstant(ZoneOffset.UTC).toEpochMilli())
                .orElse(dayStart + 86_400_000L);
        boolean anyDay = daysAgo == 0 && to.isEmpty();
        ArrayNode trades = KisJson.array();
        for (TradeTick trade : market.recentTrades(code)) {
            if (trades.size() >= count) {
                break;
            }
            boolean inDay = anyDay || (trade.tradeTimestamp() >= dayStart && trade.tradeTimestamp() < dayEnd);
            boolean beforeCursor = cursor.isEmpty() || trade.sequentialId() < cursor.getAsLong();
            if (inDay && beforeCursor) {
                trades.add(QuotationJson.trade(trade));
            }
        }
        return UpbitReplies.ok(trades);
    }

    private static OptionalLong cursor(RestRequest request) {
        Optional<String> text = QueryValues.text(request, "cursor");
        if (text.isEmpty()) {
            return OptionalLong.empty();
        }
        try {
            return OptionalLong.of(Long.parseLong(text.get()));
        } catch (NumberFormatException e) {
            throw new ParameterException("cursor must be a sequential_id");
        }
    }

    private static LocalTime time(String text) {
        String compact = text.replace(":", "");
        if (!compact.matches("\\d{6}")) {
            throw new ParameterException("to must be HHmmss or HH:mm:ss");
        }
        try {
            return LocalTime.of(
                    Integer.parseInt(compact.substring(0, 2)),
                    Integer.parseInt(compact.substring(2, 4)),
                    Integer.parseInt(compact.substring(4, 6)));
        } catch (DateTimeException e) {
            throw new ParameterException("to is not a time of day");
        }
    }
}
