package io.stockobserver.sandbox.upbit.market;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The last 24 hours of one market in one-minute buckets (open, high, low, close, quantity, value, last trade time):
 * the source of the {@code *_24h} figures and of minute candles. A ring of 1,440 slots, each remembering which
 * minute it holds, so a slot of a minute older than 24 h simply stops counting.
 */
final class MinuteTape {

    /** Minutes kept. */
    static final int MINUTES = 1_440;

    private static final long NANOS_PER_MINUTE = 60_000_000_000L;
    private static final long NANOS_PER_MILLI = 1_000_000L;

    private final long[] minute = new long[MINUTES];
    private final long[] open = new long[MINUTES];
    private final long[] high = new long[MINUTES];
    private final long[] low = new long[MINUTES];
    private final long[] close = new long[MINUTES];
    private final double[] volume = new double[MINUTES];
    private final double[] value = new double[MINUTES];
    private final long[] lastTradeNanos = new long[MINUTES];

    /**
     * The 24 h sums.
     *
     * @param volume quantity traded
     * @param value value traded
     */
    record Sums(double volume, double value) {}

    MinuteTape() {
        Arrays.fill(minute, Long.MIN_VALUE);
    }

    /** Returns the minute (since the epoch) of a time in epoch nanoseconds. */
    static long minuteOf(long nanos) {
        return Math.floorDiv(nanos, NANOS_PER_MINUTE);
    }

    /** Adds trades at {@code nanos}: their first and last price, their range, quantity and value. */
    void add(long nanos, long first, long lowPrice, long highPrice, long last, double quantity, double tradedValue) {
        long m = minuteOf(nanos);
        int slot = (int) Math.floorMod(m, (long) MINUTES);
        if (minute[slot] != m) {
            minute[slot] = m;
            open[slot] = first;
            high[slot] = highPrice;
            low[slot] = lowPrice;
            volume[slot] = 0;
            value[slot] = 0;
            lastTradeNanos[slot] = nanos;
        }
        high[slot] = Math.max(high[slot], highPrice);
        low[slot] = Math.min(low[slot], lowPrice);
        close[slot] = last;
        volume[slot] += quantity;
        value[slot] += tradedValue;
        lastTradeNanos[slot] = Math.max(lastTradeNanos[slot], nanos);
    }

    /** Returns the quantity and value of the minutes within 24 h of {@code nanos} (its own minute included). */
    Sums last24Hours(long nanos) {
        long now = minuteOf(nanos);
        double quantity = 0;
        double tradedValue = 0;
        for (int slot = 0; slot < MINUTES; slot++) {
            if (minute[slot] > now - MINUTES && minute[slot] <= now) {
                quantity += volume[slot];
                tradedValue += value[slot];
            }
        }
        return new Sums(quantity, tradedValue);
    }

    /**
     * Returns up to {@code count} candles of {@code unit} minutes, newest first, that start before {@code toNanos}
     * and within the 24 h before {@code nowNanos}; windows without a trade have no candle. Windows are aligned on the
     * epoch (so on 00:00 UTC for every unit that divides a day).
     */
    List<MinuteCandle> candles(String market, int unit, long toNanos, int count, long nowNanos) {
        long oldest = minuteOf(nowNanos) - MINUTES + 1;
        long end = minuteOf(toNanos - 1) + 1;
        long lastWindow = Math.floorDiv(end - 1, unit) * unit;
        List<MinuteCandle> candles = new ArrayList<>();
        for (long start = lastWindow; start + unit > oldest && candles.size() < count; start -= unit) {
            MinuteCandle candle = candle(market, unit, Math.max(start, oldest), Math.min(start + unit, end), start);
            if (candle != null) {
                candles.add(candle);
            }
        }
        return candles;
    }

    private MinuteCandle candle(String market, int unit, long from, long to, long start) {
        long first = 0;
        long hi = Long.MIN_VALUE;
        long lo = Long.MAX_VALUE;
        long last = 0;
        long lastNanos = 0;
        double quantity = 0;
        double tradedValue = 0;
        boolean any = false;
        for (long m = from; m < to; m++) {
            int slot = (int) Math.floorMod(m, (long) MINUTES);
            if (minute[slot] != m) {
                continue;
            }
            if (!any) {
                first = open[slot];
                any = true;
            }
            hi = Math.max(hi, high[slot]);
            lo = Math.min(lo, low[slot]);
            last = close[slot];
            lastNanos = lastTradeNanos[slot];
            quantity += volume[slot];
            tradedValue += value[slot];
        }
        if (!any) {
            return null;
        }
        return new MinuteCandle(
                market,
                Instant.ofEpochSecond(start * 60),
                unit,
                PriceUnits.toDouble(first),
                PriceUnits.toDouble(hi),
                PriceUnits.toDouble(lo),
                PriceUnits.toDouble(last),
                Math.floorDiv(lastNanos, NANOS_PER_MILLI),
                tradedValue,
                quantity);
    }
}
