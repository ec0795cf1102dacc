package io.stockobserver.provider;

import java.time.Instant;
import java.util.Map;

/**
 * The latest trade of a symbol as a venue reported it, already normalized.
 *
 * @param fields normalized fields ({@code last_price}, {@code last_size}, {@code volume}, best quote if the venue sends
 *     it with the trade, …), numbers as Long or BigDecimal
 * @param providerSpecific the venue's other fields, by the venue's names
 */
public record TradeTick(
        String symbol,
        Instant eventTime,
        Map<String, Object> fields,
        Map<String, String> providerSpecific,
        String rawRef,
        Instant receiveTime) {}
