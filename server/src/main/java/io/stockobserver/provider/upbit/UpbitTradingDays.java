package io.stockobserver.provider.upbit;

import io.stockobserver.provider.TradingDaySource;
import java.time.LocalDate;
import java.util.SortedMap;
import java.util.TreeMap;

/** Upbit trades around the clock: it publishes no trading days, and the calendar needs none. */
final class UpbitTradingDays implements TradingDaySource {
    @Override
    public String name() {
        return "round_the_clock";
    }

    @Override
    public boolean available() {
        return false;
    }

    @Override
    public SortedMap<LocalDate, Boolean> openDays(LocalDate day) {
        return new TreeMap<>();
    }
}
