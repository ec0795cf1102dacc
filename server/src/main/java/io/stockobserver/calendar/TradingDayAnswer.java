package io.stockobserver.calendar;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Whether {@code day} is a trading day, and which calendar said so.
 *
 * @param day the market-local date asked about
 * @param tradingDay true when the market opens that day
 * @param source the calendar that answered, e.g. {@code kis_chk_holiday} or {@code configured}
 */
public record TradingDayAnswer(LocalDate day, boolean tradingDay, String source) {
    public TradingDayAnswer {
        Objects.requireNonNull(day, "day");
        if (source == null || source.isBlank()) {
            throw new IllegalArgumentException("source must not be blank");
        }
    }
}
