package io.stockobserver.console.dashboard;

/**
 * One archive day's database load on the server ({@code GET /api/etl-jobs}).
 *
 * @param day {@code YYYYMMDD}
 * @param status {@code not_loaded}, {@code running}, {@code completed} or {@code failed}
 * @param progress 0..1 while running, 1 when completed, -1 when unknown
 * @param step the step under way ({@code scalp 2/6}), or empty
 * @param scalpTicks rows of {@code scalp_ticks} for the day
 * @param minuteBars rows of {@code scalp_1m_bars}
 * @param tenMinuteBars rows of {@code swing_bars_10m}
 * @param eod rows of {@code eod_prices}
 * @param gaps rows of {@code scalp_gaps}
 * @param skipped malformed lines skipped (listed in the failed-lines file)
 * @param error why the last load failed, or empty
 */
public record LoadRow(
        String day,
        String status,
        double progress,
        String step,
        long scalpTicks,
        long minuteBars,
        long tenMinuteBars,
        long eod,
        long gaps,
        long skipped,
        String error) {}
