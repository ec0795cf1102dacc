package io.stockobserver.batch.etl;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The day's derived rows, recomputed from the loaded snapshots in SQL (db/README.md "Derived data"): the day's old
 * derived rows are deleted and new ones inserted in one transaction, so a rerun gives the same rows.
 *
 * <ul>
 *   <li>{@code scalp_1m_bars}: per symbol and UTC minute of {@code sample_time}; open/close the first/last sample's
 *       {@code last_price}, high/low their extremes; volume the rise of the cumulative volume since the previous
 *       minute's last sample (the first minute, or one after a minute without samples: since the minute's first
 *       sample); {@code coverage_ratio} = Σ sampling period in force at each sample (0.5 s at level 0, 1 s at
 *       level 1, 2 s at level 2) ÷ 60 s, at most 1 — with one level in the minute exactly samples ÷ slots expected
 *       at that level (120, 60, 30).
 *   <li>{@code swing_bars_10m}: a Track A snapshot taken in [T, T+10 min) closes the bar starting T−10 min; open
 *       the previous bar's close (the first bar: the session open); high/low the session high/low when it moved
 *       in between, else the extremes of open and close; volume the rise of the cumulative volume.
 *   <li>{@code eod_prices}: the day's last Track A snapshot of each symbol.
 * </ul>
 */
public final class DayDerivation {
    static final String MINUTE_BARS =
            """
            INSERT INTO scalp_1m_bars (provider, market, symbol, bar_time, open, high, low, close, volume, samples,
                                       coverage_ratio, session_id, mitigation_level, quality_flag)
            WITH m AS (
              SELECT provider, market, symbol,
                     to_timestamp(floor(extract(epoch FROM sample_time) / 60) * 60) AS bar_time,
                     (array_agg(last_price ORDER BY sample_time))[1] AS open,
                     max(last_price) AS high, min(last_price) AS low,
                     (array_agg(last_price ORDER BY sample_time DESC))[1] AS close,
                     max(volume) AS vmax, min(volume) AS vmin, count(*) AS samples,
                     least(1.0, sum(CASE mitigation_level WHEN 0 THEN 0.5 WHEN 1 THEN 1.0 ELSE 2.0 END) / 60.0)
                       AS coverage_ratio,
                     (array_agg(session_id ORDER BY sample_time DESC))[1] AS session_id,
                     max(mitigation_level) AS mitigation_level,
                     CASE WHEN bool_or(quality_flag = 'gap') THEN 'gap'
                          WHEN bool_or(quality_flag <> 'normal') THEN 'degraded' ELSE 'normal' END AS quality_flag
                FROM scalp_ticks
               WHERE provider = ? AND sample_time >= ? AND sample_time < ? AND last_price IS NOT NULL
               GROUP BY 1, 2, 3, 4),
            w AS (
              SELECT m.*, lag(vmax) OVER p AS prev_vmax, lag(bar_time) OVER p AS prev_bar
                FROM m WINDOW p AS (PARTITION BY provider, market, symbol ORDER BY bar_time))
            SELECT provider, market, symbol, bar_time, open, high, low, close,
                   CASE WHEN prev_bar = bar_time - interval '1 minute' AND vmax >= prev_vmax THEN vmax - prev_vmax
                        ELSE vmax - vmin END,
                   samples, coverage_ratio, session_id, mitigation_level, quality_flag
              FROM w
            """;

    static final String TEN_MINUTE_BARS =
            """
            INSERT INTO swing_bars_10m (provider, market, symbol, bar_time, open, high, low, close, volume, cycle_id,
                                        session_id, mitigation_level, quality_flag)
            WITH s AS (
              SELECT DISTINCT ON (provider, market, symbol, bucket) *
                FROM (SELECT *, to_timestamp(floor(extract(epoch FROM event_time) / 600) * 600) AS bucket
                        FROM swing_snapshots
                       WHERE provider = ? AND event_time >= ? AND event_time < ? AND last_price IS NOT NULL) x
               ORDER BY provider, market, symbol, bucket, event_time DESC),
            w AS (
              SELECT s.*, lag(last_price) OVER p AS p_close, lag(high) OVER p AS p_high, lag(low) OVER p AS p_low,
                     lag(volume) OVER p AS p_volume
                FROM s WINDOW p AS (PARTITION BY provider, market, symbol ORDER BY bucket))
            SELECT provider, market, symbol, bucket - interval '10 minutes',
                   COALESCE(p_close, open, last_price),
                   CASE WHEN p_close IS NULL THEN COALESCE(high, last_price)
                        WHEN high > p_high THEN high ELSE greatest(p_close, last_price) END,
                   CASE WHEN p_close IS NULL THEN COALESCE(low, last_price)
                        WHEN low < p_low THEN low ELSE least(p_close, last_price) END,
                   last_price,
                   CASE WHEN p_volume IS NULL OR volume < p_volume THEN volume ELSE volume - p_volume END,
                   cycle_id, session_id, mitigation_level, quality_flag
              FROM w
            """;

    static final String EOD =
            """
            INSERT INTO eod_prices (provider, market, symbol, trade_date, open, high, low, close, volume, prev_close,
                                    cycle_id, session_id, schema_version)
            SELECT DISTINCT ON (provider, market, symbol)
                   provider, market, symbol, ?, open, high, low, last_price, volume, prev_close, cycle_id, session_id,
                   schema_version
              FROM swing_snapshots
             WHERE provider = ? AND event_time >= ? AND event_time < ? AND last_price IS NOT NULL
             ORDER BY provider, market, symbol, event_time DESC
            """;

    /** Recomputes the day's bars and EOD rows in one local transaction; returns the rows written per table. */
    public Map<String, Long> derive(Connection c, DayWindow w) throws SQLException, java.io.IOException {
        return LocalTransaction.run(c, () -> {
            Map<String, Long> out = new LinkedHashMap<>();
            delete(c, "DELETE FROM scalp_1m_bars WHERE provider = ? AND bar_time >= ? AND bar_time < ?", w);
            out.put("scalp_1m_bars", insert(c, MINUTE_BARS, w, false));
            // a snapshot early in the day's first bucket closes a bar that starts 10 minutes before the day
            delete(
                    c,
                    "DELETE FROM swing_bars_10m WHERE provider = ? AND bar_time >= ? - interval '10 minutes'"
                            + " AND bar_time < ? - interval '10 minutes'",
                    w);
            out.put("swing_bars_10m", insert(c, TEN_MINUTE_BARS, w, false));
            try (PreparedStatement d =
                    c.prepareStatement("DELETE FROM eod_prices WHERE provider = ? AND trade_date = ?")) {
                d.setString(1, w.provider());
                d.setObject(2, w.day());
                d.executeUpdate();
            }
            out.put("eod_prices", insert(c, EOD, w, true));
            return out;
        });
    }

    private static void delete(Connection c, String sql, DayWindow w) throws SQLException {
        try (PreparedStatement d = c.prepareStatement(sql)) {
            bindWindow(d, 1, w);
            d.executeUpdate();
        }
    }

    private static long insert(Connection c, String sql, DayWindow w, boolean dayFirst) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            int i = 1;
            if (dayFirst) {
                s.setObject(i++, w.day());
            }
            bindWindow(s, i, w);
            return s.executeUpdate();
        }
    }

    static void bindWindow(PreparedStatement s, int i, DayWindow w) throws SQLException {
        s.setString(i, w.provider());
        s.setObject(i + 1, OffsetDateTime.ofInstant(w.from(), ZoneOffset.UTC));
        s.setObject(i + 2, OffsetDateTime.ofInstant(w.to(), ZoneOffset.UTC));
    }
}
