package io.stockobserver.bench;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.OffsetDateTime;

/** A {@code scalp_ticks} row as a JPA entity: the comparison EtlBench measures the COPY load against. */
@Entity
@Table(name = "scalp_ticks_jpa")
public class ScalpTickEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "jpa_seq")
    @SequenceGenerator(name = "jpa_seq", sequenceName = "scalp_ticks_jpa_seq", allocationSize = 1000)
    Long id;

    String provider;
    String market;
    String symbol;

    @Column(name = "sample_time")
    OffsetDateTime sampleTime;

    @Column(name = "event_time")
    OffsetDateTime eventTime;

    @Column(name = "receive_time")
    OffsetDateTime receiveTime;

    @Column(name = "last_price")
    BigDecimal lastPrice;

    @Column(name = "last_size")
    BigDecimal lastSize;

    BigDecimal volume;
    BigDecimal turnover;

    @Column(name = "bid_price")
    BigDecimal bidPrice;

    @Column(name = "ask_price")
    BigDecimal askPrice;

    @Column(name = "bid_size")
    BigDecimal bidSize;

    @Column(name = "ask_size")
    BigDecimal askSize;

    BigDecimal open;
    BigDecimal high;
    BigDecimal low;

    @Column(name = "prev_close")
    BigDecimal prevClose;

    BigDecimal change;

    @Column(name = "change_rate")
    BigDecimal changeRate;

    @Column(name = "trades_since_last_sample")
    Integer tradesSinceLastSample;

    @Column(name = "provider_specific")
    String providerSpecific;

    @Column(name = "session_id")
    String sessionId;

    @Column(name = "schema_version")
    String schemaVersion;

    @Column(name = "mitigation_level")
    Integer mitigationLevel;

    @Column(name = "quality_flag")
    String qualityFlag;

    @Column(name = "raw_ref")
    String rawRef;

    @Column(name = "archive_ref")
    String archiveRef;
}
