package io.stockobserver.batch.etl;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;

/** How many rows of one provider's day each table holds (the figures {@code GET /api/etl-jobs} shows). */
public final class DayCounts {
    private static final Map<String, String> WHERE = new LinkedHashMap<>();

    static {
        String window = "provider = ? AND %s >= ? AND %s < ?";
        WHERE.put("swing_snapshots", window.formatted("event_time", "event_time"));
        WHERE.put("scalp_ticks", window.formatted("sample_time", "sample_time"));
        WHERE.put("system_events", null);
        WHERE.put("scalp_gaps", null);
        WHERE.put("overflow_ledger", null);
        WHERE.put("universe", null);
        WHERE.put("scalp_1m_bars", window.formatted("bar_time", "bar_time"));
        WHERE.put(
                "swing_bars_10m",
                "provider = ? AND bar_time >= ? - interval '10 minutes' AND bar_time < ? - interval '10 minutes'");
        WHERE.put("eod_prices", null);
    }

    private DayCounts() {}

    public static Map<String, Long> of(Connection c, DayWindow w) throws SQLException {
        Map<String, Long> out = new LinkedHashMap<>();
        for (var e : WHERE.entrySet()) {
            boolean byDay = e.getValue() == null;
            String where = byDay ? "provider = ? AND trade_date = ?" : e.getValue();
            try (PreparedStatement s = c.prepareStatement("SELECT count(*) FROM " + e.getKey() + " WHERE " + where)) {
                if (byDay) {
                    s.setString(1, w.provider());
                    s.setObject(2, w.day());
                } else {
                    DayDerivation.bindWindow(s, 1, w);
                }
                try (ResultSet r = s.executeQuery()) {
                    r.next();
                    out.put(e.getKey(), r.getLong(1));
                }
            }
        }
        return out;
    }
}
