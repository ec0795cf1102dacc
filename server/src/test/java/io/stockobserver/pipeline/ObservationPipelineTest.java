package io.stockobserver.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ObservationPipelineTest {
    private static final Instant T = Instant.parse("2026-07-24T02:52:14.123456Z");
    private final List<byte[]> written = new ArrayList<>();
    private final List<Rejection> rejections = new ArrayList<>();
    private RecordSink.Result sinkAnswer = RecordSink.Result.ACCEPTED;
    private final ObserverSession session = new ObserverSession(T, ZoneId.of("Asia/Seoul"));
    private final ObservationPipeline pipeline = new ObservationPipeline(
            new ObservationValidator(),
            new ObservationGuard(Duration.ofMinutes(5), Duration.ofDays(1)),
            new RecordEnricher(session),
            (record, line) -> {
                written.add(line);
                return sinkAnswer;
            },
            (o, r) -> rejections.add(r));

    static Observation scalp(String symbol, Instant sampleTime, Map<String, Object> overrides) {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("sample_time", sampleTime);
        f.put("last_price", 250500L);
        f.put("volume", 11701513L);
        f.put("bid_price", 250000L);
        f.put("ask_price", 250500L);
        f.put("change_rate", new BigDecimal("-7.22"));
        f.putAll(overrides);
        return new Observation(
                "kis",
                "kr_stocks",
                symbol,
                Track.SCALP,
                T.minusMillis(300),
                sampleTime,
                T,
                1L,
                "raw/kis/20260724/11_50_00.raw:1523",
                QualityFlag.NORMAL,
                f,
                Map.of("CCLD_DVSN", "1"));
    }

    @Test
    void shouldWriteEveryCommonMetaFieldFirstAndExactNumbers() throws Exception {
        session.mitigationLevel(1);
        assertThat(pipeline.observe(scalp("005930", T, Map.of()))).isEqualTo(ObservationPipeline.Outcome.ARCHIVED);

        JsonNode json = new ObjectMapper().readTree(written.get(0));
        List<String> names = new ArrayList<>();
        json.fieldNames().forEachRemaining(names::add);
        assertThat(names.subList(0, 11))
                .containsExactly(
                        "schema_version",
                        "event_time",
                        "receive_time",
                        "session_id",
                        "mitigation_level",
                        "quality_flag",
                        "raw_ref",
                        "provider",
                        "market",
                        "symbol",
                        "track");
        assertThat(json.get("schema_version").asText()).isEqualTo("1.0");
        assertThat(json.get("receive_time").asText()).isEqualTo("2026-07-24T02:52:14.123456Z");
        assertThat(json.get("session_id").asText()).isEqualTo("sess_20260724_115214");
        assertThat(json.get("mitigation_level").asInt()).isEqualTo(1);
        assertThat(json.get("change_rate").decimalValue()).isEqualByComparingTo("-7.22");
        assertThat(new String(written.get(0))).contains("\"change_rate\":-7.22").doesNotContain("\n");
        assertThat(json.get("provider_specific").get("CCLD_DVSN").asText()).isEqualTo("1");
    }

    @Test
    void shouldRejectAMissingPriceAndReportIt() {
        Map<String, Object> noPrice = new LinkedHashMap<>();
        noPrice.put("last_price", null);
        assertThat(pipeline.observe(scalp("005930", T, noPrice))).isEqualTo(ObservationPipeline.Outcome.REJECTED);
        assertThat(rejections).extracting(Rejection::reason).containsExactly("missing_last_price");
        assertThat(pipeline.stats().rejectedByReason()).containsEntry("validation:missing_last_price", 1L);
        assertThat(written).isEmpty();
    }

    @Test
    void shouldRejectACrossedBookAndABadSymbol() {
        pipeline.observe(scalp("005930", T, Map.of("bid_price", 251000L)));
        pipeline.observe(scalp("5930", T, Map.of()));
        assertThat(rejections).extracting(Rejection::reason).containsExactly("crossed_book", "bad_symbol");
    }

    @Test
    void shouldRejectADuplicateSampleOfTheSameSymbol() {
        pipeline.observe(scalp("005930", T, Map.of()));
        pipeline.observe(scalp("005930", T, Map.of()));
        pipeline.observe(scalp("005930", T.plusMillis(500), Map.of()));
        assertThat(rejections).extracting(Rejection::reason).containsExactly("duplicate");
        assertThat(written).hasSize(2);
    }

    @Test
    void shouldRejectAPriceAboveTheVenuesUpperLimit() {
        pipeline.observe(scalp("005930", T, Map.of("upper_limit", 250000L, "bid_price", 249000L)));
        assertThat(rejections)
                .extracting(Rejection::stage, Rejection::reason)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("guard", "above_upper_limit"));
    }

    @Test
    void shouldCountADropWhenTheSinkIsFull() {
        sinkAnswer = RecordSink.Result.DROPPED_FULL;
        assertThat(pipeline.observe(scalp("005930", T, Map.of()))).isEqualTo(ObservationPipeline.Outcome.DROPPED);
        assertThat(pipeline.stats().droppedByTrack()).containsEntry("scalp", 1L);
    }

    @Test
    void shouldOmitNullFieldsInsteadOfWritingZero() throws Exception {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("bid_size", null);
        pipeline.observe(scalp("005930", T, f));
        assertThat(new ObjectMapper().readTree(written.get(0)).has("bid_size")).isFalse();
    }

    @Test
    @org.junit.jupiter.api.Timeout(10) // before the bounds, encoding this ran out of memory inside the sampler
    void shouldRejectANumberThatWouldPrintAsAGigabyteWithoutPrintingIt() {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("change_rate", new BigDecimal("1E+999999999"));
        assertThat(pipeline.observe(scalp("005930", T, f))).isEqualTo(ObservationPipeline.Outcome.REJECTED);
        assertThat(rejections)
                .extracting(Rejection::stage, Rejection::reason)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("validation", "number_out_of_bounds"));
        assertThat(rejections.get(0).detail()).isEqualTo("change_rate too_large");
        assertThat(written).isEmpty();
    }

    @Test
    void shouldTurnAnEncoderFailureIntoARejectionInsteadOfThrowing() {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("odd", new Object()); // no archive type: a defect upstream, reported and counted
        assertThat(pipeline.observe(scalp("005930", T, f))).isEqualTo(ObservationPipeline.Outcome.REJECTED);
        assertThat(pipeline.stats().rejectedByReason()).containsEntry("validation:unencodable", 1L);
    }
}
