package io.stockobserver.batch.etl;

import java.util.List;

/** The tables {@code etl-day} and the live database sink load rows into (db/migration, db/README.md). */
public final class Tables {
    private Tables() {}

    private static final List<String> META =
            List.of("session_id", "schema_version", "mitigation_level", "quality_flag", "raw_ref", "archive_ref");

    public static final TableSpec SCALP_TICKS = new TableSpec(
            "scalp_ticks",
            concat(
                    List.of(
                            "provider",
                            "market",
                            "symbol",
                            "sample_time",
                            "event_time",
                            "receive_time",
                            "last_price",
                            "last_size",
                            "volume",
                            "turnover",
                            "bid_price",
                            "ask_price",
                            "bid_size",
                            "ask_size",
                            "open",
                            "high",
                            "low",
                            "prev_close",
                            "change",
                            "change_rate",
                            "trades_since_last_sample",
                            "provider_specific"),
                    META),
            List.of("provider", "market", "symbol", "sample_time"),
            true);

    public static final TableSpec SWING_SNAPSHOTS = new TableSpec(
            "swing_snapshots",
            concat(
                    List.of(
                            "provider",
                            "market",
                            "symbol",
                            "cycle_id",
                            "event_time",
                            "receive_time",
                            "last_price",
                            "open",
                            "high",
                            "low",
                            "volume",
                            "turnover",
                            "prev_close",
                            "upper_limit",
                            "lower_limit",
                            "change",
                            "change_rate",
                            "bid_price",
                            "ask_price",
                            "provider_specific"),
                    META),
            List.of("provider", "market", "symbol", "cycle_id"),
            true);

    public static final TableSpec SYSTEM_EVENTS = new TableSpec(
            "system_events",
            List.of(
                    "provider",
                    "trade_date",
                    "event_type",
                    "event_time",
                    "session_id",
                    "mitigation_level",
                    "quality_flag",
                    "schema_version",
                    "fields",
                    "archive_ref"),
            List.of("provider", "archive_ref"),
            false);

    public static final TableSpec SCALP_GAPS = new TableSpec(
            "scalp_gaps",
            List.of(
                    "provider",
                    "trade_date",
                    "gap_start_ts",
                    "gap_end_ts",
                    "gap_seconds",
                    "scope",
                    "reason",
                    "symbol",
                    "detail",
                    "session_id",
                    "archive_ref"),
            List.of("provider", "archive_ref"),
            false);

    public static final TableSpec OVERFLOW_LEDGER = new TableSpec(
            "overflow_ledger",
            List.of(
                    "provider",
                    "trade_date",
                    "decided_at",
                    "symbol",
                    "candidate_score",
                    "cutoff_rank",
                    "mitigation_level",
                    "decision_reason",
                    "session_id",
                    "archive_ref"),
            List.of("provider", "archive_ref"),
            false);

    /** Every table a day's load fills, for counts (db/README.md). */
    public static final List<String> DAY_TABLES = List.of(
            "swing_snapshots",
            "scalp_ticks",
            "system_events",
            "scalp_gaps",
            "overflow_ledger",
            "universe",
            "scalp_1m_bars",
            "swing_bars_10m",
            "eod_prices");

    private static List<String> concat(List<String> a, List<String> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }
}
