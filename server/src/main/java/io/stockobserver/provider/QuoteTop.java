package io.stockobserver.provider;

import java.time.Instant;

/** The best bid and ask of a symbol as a venue reported them (numbers as Long or BigDecimal, null when absent). */
public record QuoteTop(
        String symbol,
        Instant quoteTime,
        Number ask,
        Number bid,
        Number askSize,
        Number bidSize,
        String rawRef,
        Instant receiveTime) {}
