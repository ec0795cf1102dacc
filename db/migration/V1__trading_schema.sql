-- Stock Observer trading database, schema 1 (seed 003 §2.14; db/README.md documents every table).
-- Deviations from the seed, on purpose:
--  * provider and market are columns of every market table, part of every natural key (KIS and Upbit side by side);
--  * prices NUMERIC(20,8), quantities NUMERIC(23,8), traded value NUMERIC(26,8): the archive's number bounds
--    (docs/archive-format.md §6.1.1), so a coin price of 0.01928 or a fractional volume is stored exactly;
--  * every row loaded from the archive keeps the common meta and archive_ref ({archive file}:{line}) beside
--    raw_ref (the raw journal line), and a natural key, so loading a day twice leaves the same rows.

-- Jakarta Batch job repository (Liberty creates its tables here on the first job operation).
CREATE SCHEMA IF NOT EXISTS jbatch;

-- ---------------------------------------------------------------------------------------------------------------
-- Track B: every 2 Hz snapshot of a slot symbol, as archived (scalp/{provider}/{market}/{day}/*.jsonl)
CREATE TABLE scalp_ticks (
    id                       BIGSERIAL PRIMARY KEY,
    provider                 VARCHAR(20)   NOT NULL,
    market                   VARCHAR(30)   NOT NULL,
    symbol                   VARCHAR(20)   NOT NULL,
    sample_time              TIMESTAMPTZ   NOT NULL,
    event_time               TIMESTAMPTZ   NOT NULL,
    receive_time             TIMESTAMPTZ   NOT NULL,
    last_price               NUMERIC(20,8),
    last_size                NUMERIC(23,8),
    volume                   NUMERIC(23,8),
    turnover                 NUMERIC(26,8),
    bid_price                NUMERIC(20,8),
    ask_price                NUMERIC(20,8),
    bid_size                 NUMERIC(23,8),
    ask_size                 NUMERIC(23,8),
    open                     NUMERIC(20,8),
    high                     NUMERIC(20,8),
    low                      NUMERIC(20,8),
    prev_close               NUMERIC(20,8),
    change                   NUMERIC(20,8),
    change_rate              NUMERIC(13,8),
    trades_since_last_sample INT,
    provider_specific        JSONB,
    session_id               VARCHAR(50)   NOT NULL,
    schema_version           VARCHAR(10)   NOT NULL DEFAULT '1.0',
    mitigation_level         INT           NOT NULL DEFAULT 0,
    quality_flag             VARCHAR(20)   NOT NULL DEFAULT 'normal',
    raw_ref                  VARCHAR(200),
    archive_ref              VARCHAR(200),
    CONSTRAINT uq_scalp_ticks UNIQUE (provider, market, symbol, sample_time)
);
CREATE INDEX idx_scalp_ticks_symbol_time ON scalp_ticks (symbol, event_time);
CREATE INDEX idx_scalp_ticks_session ON scalp_ticks (session_id);

-- Track A: every snapshot of a universe symbol per 10-minute cycle (swing/{provider}/{market}/{day}/{HH}_00.jsonl)
CREATE TABLE swing_snapshots (
    id                BIGSERIAL PRIMARY KEY,
    provider          VARCHAR(20)   NOT NULL,
    market            VARCHAR(30)   NOT NULL,
    symbol            VARCHAR(20)   NOT NULL,
    cycle_id          VARCHAR(40)   NOT NULL,
    event_time        TIMESTAMPTZ   NOT NULL,
    receive_time      TIMESTAMPTZ   NOT NULL,
    last_price        NUMERIC(20,8),
    open              NUMERIC(20,8),
    high              NUMERIC(20,8),
    low               NUMERIC(20,8),
    volume            NUMERIC(23,8),
    turnover          NUMERIC(26,8),
    prev_close        NUMERIC(20,8),
    upper_limit       NUMERIC(20,8),
    lower_limit       NUMERIC(20,8),
    change            NUMERIC(20,8),
    change_rate       NUMERIC(13,8),
    bid_price         NUMERIC(20,8),
    ask_price         NUMERIC(20,8),
    provider_specific JSONB,
    session_id        VARCHAR(50)   NOT NULL,
    schema_version    VARCHAR(10)   NOT NULL DEFAULT '1.0',
    mitigation_level  INT           NOT NULL DEFAULT 0,
    quality_flag      VARCHAR(20)   NOT NULL DEFAULT 'normal',
    raw_ref           VARCHAR(200),
    archive_ref       VARCHAR(200),
    CONSTRAINT uq_swing_snapshots UNIQUE (provider, market, symbol, cycle_id)
);
CREATE INDEX idx_swing_snapshots_symbol_time ON swing_snapshots (symbol, event_time);
CREATE INDEX idx_swing_snapshots_session ON swing_snapshots (session_id);

-- ---------------------------------------------------------------------------------------------------------------
-- Derived by etl-day (db/README.md "Derived data" defines every column)
CREATE TABLE scalp_1m_bars (
    provider         VARCHAR(20)   NOT NULL,
    market           VARCHAR(30)   NOT NULL,
    symbol           VARCHAR(20)   NOT NULL,
    bar_time         TIMESTAMPTZ   NOT NULL,
    open             NUMERIC(20,8),
    high             NUMERIC(20,8),
    low              NUMERIC(20,8),
    close            NUMERIC(20,8),
    volume           NUMERIC(23,8),
    samples          INT           NOT NULL,
    coverage_ratio   DOUBLE PRECISION NOT NULL,
    session_id       VARCHAR(50)   NOT NULL,
    schema_version   VARCHAR(10)   NOT NULL DEFAULT '1.0',
    mitigation_level INT           NOT NULL DEFAULT 0,
    quality_flag     VARCHAR(20)   NOT NULL DEFAULT 'normal',
    PRIMARY KEY (provider, market, symbol, bar_time)
);
CREATE INDEX idx_scalp_1m_bars_session ON scalp_1m_bars (session_id);
CREATE INDEX idx_scalp_1m_bars_time ON scalp_1m_bars (bar_time);

CREATE TABLE swing_bars_10m (
    provider         VARCHAR(20)   NOT NULL,
    market           VARCHAR(30)   NOT NULL,
    symbol           VARCHAR(20)   NOT NULL,
    bar_time         TIMESTAMPTZ   NOT NULL,
    open             NUMERIC(20,8),
    high             NUMERIC(20,8),
    low              NUMERIC(20,8),
    close            NUMERIC(20,8),
    volume           NUMERIC(23,8),
    cycle_id         VARCHAR(40)   NOT NULL,
    session_id       VARCHAR(50)   NOT NULL,
    schema_version   VARCHAR(10)   NOT NULL DEFAULT '1.0',
    mitigation_level INT           NOT NULL DEFAULT 0,
    quality_flag     VARCHAR(20)   NOT NULL DEFAULT 'normal',
    PRIMARY KEY (provider, market, symbol, bar_time)
);
CREATE INDEX idx_swing_10m_session ON swing_bars_10m (session_id);

CREATE TABLE eod_prices (
    provider         VARCHAR(20)   NOT NULL,
    market           VARCHAR(30)   NOT NULL,
    symbol           VARCHAR(20)   NOT NULL,
    trade_date       DATE          NOT NULL,
    open             NUMERIC(20,8),
    high             NUMERIC(20,8),
    low              NUMERIC(20,8),
    close            NUMERIC(20,8),
    volume           NUMERIC(23,8),
    prev_close       NUMERIC(20,8),
    cycle_id         VARCHAR(40)   NOT NULL,
    session_id       VARCHAR(50)   NOT NULL,
    schema_version   VARCHAR(10)   NOT NULL DEFAULT '1.0',
    PRIMARY KEY (provider, market, symbol, trade_date)
);
CREATE INDEX idx_eod_prices_date ON eod_prices (trade_date);

-- ---------------------------------------------------------------------------------------------------------------
-- Evidence (system/events/{provider}/{day}.jsonl, system/overflow/{provider}/{day}_overflow.jsonl)
CREATE TABLE system_events (
    id             BIGSERIAL PRIMARY KEY,
    provider       VARCHAR(20)   NOT NULL,
    trade_date     DATE          NOT NULL,
    event_type     VARCHAR(60)   NOT NULL,
    event_time     TIMESTAMPTZ,
    session_id     VARCHAR(50),
    mitigation_level INT,
    quality_flag   VARCHAR(20),
    schema_version VARCHAR(10),
    fields         JSONB         NOT NULL,
    archive_ref    VARCHAR(200)  NOT NULL,
    CONSTRAINT uq_system_events UNIQUE (provider, archive_ref)
);
CREATE INDEX idx_system_events_type_time ON system_events (provider, event_type, event_time);

-- every gap_marker, whatever its scope (scalp, swing, all, sink:{name}); seed name kept
CREATE TABLE scalp_gaps (
    id             BIGSERIAL PRIMARY KEY,
    provider       VARCHAR(20)   NOT NULL,
    trade_date     DATE          NOT NULL,
    gap_start_ts   TIMESTAMPTZ   NOT NULL,
    gap_end_ts     TIMESTAMPTZ   NOT NULL,
    gap_seconds    INT           NOT NULL,
    scope          VARCHAR(40)   NOT NULL,
    reason         VARCHAR(100)  NOT NULL,
    symbol         VARCHAR(20),
    detail         VARCHAR(400),
    session_id     VARCHAR(50)   NOT NULL,
    archive_ref    VARCHAR(200)  NOT NULL,
    CONSTRAINT uq_scalp_gaps UNIQUE (provider, archive_ref)
);
CREATE INDEX idx_scalp_gaps_session ON scalp_gaps (session_id);
CREATE INDEX idx_scalp_gaps_time ON scalp_gaps (gap_start_ts);

CREATE TABLE overflow_ledger (
    id               BIGSERIAL PRIMARY KEY,
    provider         VARCHAR(20)   NOT NULL,
    trade_date       DATE          NOT NULL,
    decided_at       TIMESTAMPTZ   NOT NULL,
    symbol           VARCHAR(20)   NOT NULL,
    candidate_score  DOUBLE PRECISION,
    cutoff_rank      INT,
    mitigation_level INT,
    decision_reason  VARCHAR(60)   NOT NULL,
    session_id       VARCHAR(50)   NOT NULL,
    archive_ref      VARCHAR(200)  NOT NULL,
    CONSTRAINT uq_overflow_ledger UNIQUE (provider, archive_ref)
);
CREATE INDEX idx_overflow_ledger_day ON overflow_ledger (provider, trade_date);

-- the day's fixed universe (universe/{provider}/{market}/{day}.json)
CREATE TABLE universe_days (
    provider        VARCHAR(20)   NOT NULL,
    market          VARCHAR(30)   NOT NULL,
    trade_date      DATE          NOT NULL,
    built_at        TIMESTAMPTZ,
    source          VARCHAR(40),
    degraded        BOOLEAN       NOT NULL,
    degraded_reason VARCHAR(400),
    schema_version  VARCHAR(10),
    rules           JSONB,
    counts          JSONB,
    archive_ref     VARCHAR(200)  NOT NULL,
    PRIMARY KEY (provider, market, trade_date)
);

CREATE TABLE universe (
    provider      VARCHAR(20)   NOT NULL,
    market        VARCHAR(30)   NOT NULL,
    trade_date    DATE          NOT NULL,
    symbol        VARCHAR(20)   NOT NULL,
    name          VARCHAR(100),
    listing       VARCHAR(30),
    base_price    NUMERIC(20,8),
    listed_shares BIGINT,
    reason        VARCHAR(400),
    PRIMARY KEY (provider, market, trade_date, symbol),
    FOREIGN KEY (provider, market, trade_date) REFERENCES universe_days ON DELETE CASCADE
);

-- ---------------------------------------------------------------------------------------------------------------
-- Load bookkeeping: one row per (provider, day), written by etl-day (JPA entity io.stockobserver.etl.EtlLoad)
CREATE TABLE etl_loads (
    provider          VARCHAR(20)   NOT NULL,
    trade_date        DATE          NOT NULL,
    status            VARCHAR(20)   NOT NULL,
    job_instance_id   BIGINT,
    job_execution_id  BIGINT,
    started_at        TIMESTAMPTZ,
    ended_at          TIMESTAMPTZ,
    rows_loaded       TEXT,
    lines_read        BIGINT        NOT NULL DEFAULT 0,
    lines_skipped     BIGINT        NOT NULL DEFAULT 0,
    failed_lines_file VARCHAR(400),
    error             VARCHAR(1000),
    version           BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (provider, trade_date)
);

-- ---------------------------------------------------------------------------------------------------------------
-- Portfolio tables of seed 003 §2.14.6, owned by QTS (the observer never writes them); provider beside symbol.
CREATE TABLE portfolio_policy (
    policy_id        VARCHAR(50)  PRIMARY KEY,
    name             VARCHAR(100) NOT NULL,
    rebalance_freq   VARCHAR(20),
    max_position_pct DOUBLE PRECISION,
    created_at       TIMESTAMPTZ  DEFAULT NOW()
);

CREATE TABLE target_weights (
    policy_id      VARCHAR(50)  REFERENCES portfolio_policy (policy_id),
    provider       VARCHAR(20)  NOT NULL,
    symbol         VARCHAR(20)  NOT NULL,
    target_weight  DOUBLE PRECISION NOT NULL,
    effective_date DATE         NOT NULL,
    PRIMARY KEY (policy_id, provider, symbol, effective_date)
);

CREATE TABLE portfolio_snapshot (
    snapshot_id   BIGSERIAL PRIMARY KEY,
    policy_id     VARCHAR(50) REFERENCES portfolio_policy (policy_id),
    snapshot_time TIMESTAMPTZ NOT NULL,
    total_value   NUMERIC(20,4),
    cash          NUMERIC(20,4),
    session_id    VARCHAR(50)
);
CREATE INDEX idx_portfolio_snapshot_policy ON portfolio_snapshot (policy_id);
CREATE INDEX idx_portfolio_snapshot_session ON portfolio_snapshot (session_id);

CREATE TABLE portfolio_positions (
    snapshot_id  BIGINT REFERENCES portfolio_snapshot (snapshot_id),
    provider     VARCHAR(20) NOT NULL,
    symbol       VARCHAR(20) NOT NULL,
    quantity     NUMERIC(23,8),
    avg_price    NUMERIC(20,8),
    market_value NUMERIC(20,4),
    weight_pct   DOUBLE PRECISION,
    PRIMARY KEY (snapshot_id, provider, symbol)
);

CREATE TABLE rebalance_plan (
    plan_id    BIGSERIAL PRIMARY KEY,
    policy_id  VARCHAR(50) REFERENCES portfolio_policy (policy_id),
    created_at TIMESTAMPTZ DEFAULT NOW(),
    status     VARCHAR(20) DEFAULT 'pending',
    session_id VARCHAR(50)
);
CREATE INDEX idx_rebalance_plan_session ON rebalance_plan (session_id);

CREATE TABLE rebalance_orders (
    order_id   BIGSERIAL PRIMARY KEY,
    plan_id    BIGINT REFERENCES rebalance_plan (plan_id),
    provider   VARCHAR(20) NOT NULL,
    symbol     VARCHAR(20) NOT NULL,
    side       VARCHAR(10) NOT NULL,
    target_qty NUMERIC(23,8),
    order_type VARCHAR(20)
);
CREATE INDEX idx_rebalance_orders_plan ON rebalance_orders (plan_id);
