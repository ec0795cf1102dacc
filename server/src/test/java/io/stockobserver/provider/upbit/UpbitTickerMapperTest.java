package io.stockobserver.provider.upbit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.stockobserver.pipeline.FieldValueException;
import io.stockobserver.pipeline.Observation;
import io.stockobserver.pipeline.ObservationValidator;
import io.stockobserver.pipeline.Track;
import java.math.BigDecimal;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The REST ticker mapper against the 2018 ticker sample, whose field set is that of a {@code /v1/ticker} element. */
class UpbitTickerMapperTest {
    private static final Instant CYCLE = Instant.parse("2018-04-18T10:10:00Z");
    private static final Instant RECEIVED = Instant.parse("2018-04-18T10:10:00.120Z");
    private final UpbitTickerMapper mapper = new UpbitTickerMapper("upbit", "krw_crypto");

    private static String element() {
        return UpbitVectors.jsonLines(UpbitVectors.TICKER_2018).get(0);
    }

    private static UpbitRestResponse response(JsonNode body) {
        return new UpbitRestResponse(
                RECEIVED, 42L, "raw/upbit/20180418/19_10_00.raw:7", body, 200, UpbitRateGroup.TICKER);
    }

    private Observation map(String elementJson) throws Exception {
        JsonNode e = UpbitJson.parse(elementJson);
        return mapper.map(e, "cyc_1910", CYCLE, response(UpbitJson.parse("[" + elementJson + "]")));
    }

    @Test
    void shouldMapTheNormalizedFieldsExactlyAsBigDecimals() throws Exception {
        Observation o = map(element());

        assertThat(o.provider()).isEqualTo("upbit");
        assertThat(o.market()).isEqualTo("krw_crypto");
        assertThat(o.symbol()).isEqualTo("KRW-BTC");
        assertThat(o.track()).isEqualTo(Track.SWING);
        assertThat(o.eventTime()).isEqualTo(Instant.parse("2018-04-18T10:07:29Z"));
        assertThat(o.partitionTime()).isEqualTo(CYCLE);
        assertThat(o.receiveTime()).isEqualTo(RECEIVED);
        assertThat(o.receivedAtNanos()).isEqualTo(42L);
        assertThat(o.rawRef()).isEqualTo("raw/upbit/20180418/19_10_00.raw:7");
        assertThat(o.fields())
                .containsExactly(
                        entry("cycle_id", "cyc_1910"),
                        entry("last_price", new BigDecimal("8629000.0")),
                        entry("volume", new BigDecimal("12312.36058857")),
                        entry("turnover", new BigDecimal("105514711074.18726000")),
                        entry("open", new BigDecimal("8450000.00000000")),
                        entry("high", new BigDecimal("8679000.00000000")),
                        entry("low", new BigDecimal("8445000.00000000")),
                        entry("prev_close", new BigDecimal("8450000.00000000")),
                        entry("change", new BigDecimal("179000.00000000")),
                        entry("change_rate", new BigDecimal("2.11834320")));
        assertThat(new ObservationValidator(UpbitVenueProfile.SYMBOL_PATTERN).validate(o))
                .isEmpty();
    }

    @Test
    void shouldKeepEveryOtherVenueFieldUnderItsOwnName() throws Exception {
        Observation o = map(element());

        assertThat(o.providerSpecific())
                .containsEntry("acc_trade_volume_24h", "6448.96200341")
                .containsEntry("acc_trade_price_24h", "55330325803.78210000")
                .containsEntry("trade_volume", "0.0105675")
                .containsEntry("change", "RISE")
                .containsEntry("change_price", "179000.00000000")
                .containsEntry("change_rate", "0.0211834320")
                .containsEntry("trade_date", "20180418")
                .containsEntry("trade_time", "100729")
                .containsEntry("trade_timestamp", "1524046049000")
                .containsEntry("timestamp", "1524046049766")
                .containsEntry("highest_52_week_date", "2018-01-06")
                .containsEntry("is_trading_suspended", "false")
                .doesNotContainKeys(
                        "market",
                        "trade_price",
                        "opening_price",
                        "acc_trade_volume",
                        "acc_trade_price",
                        "signed_change_price",
                        "signed_change_rate",
                        "delisting_date");
    }

    @Test
    void shouldKeepTheSignOfAFall() throws Exception {
        String falling = element()
                .replace("\"change\":\"RISE\"", "\"change\":\"FALL\"")
                .replace("\"signed_change_price\":179000.00000000", "\"signed_change_price\":-179000.00000000")
                .replace("\"signed_change_rate\":0.0211834320", "\"signed_change_rate\":-0.0211834320");

        Observation o = map(falling);

        assertThat(o.fields())
                .containsEntry("change", new BigDecimal("-179000.00000000"))
                .containsEntry("change_rate", new BigDecimal("-2.11834320"));
    }

    @Test
    void shouldLeaveAbsentValuesOut() throws Exception {
        Observation o = map("{\"market\":\"KRW-NEW\",\"trade_price\":12.5,\"trade_timestamp\":1524046049000,"
                + "\"opening_price\":null}");

        assertThat(o.fields()).containsOnlyKeys("cycle_id", "last_price");
        assertThat(o.providerSpecific()).containsOnlyKeys("trade_timestamp");
    }

    @Test
    void shouldRefuseAHostileNumberWithoutExpandingIt() {
        String hostile = element().replace("\"trade_price\":8629000.0", "\"trade_price\":1E+999999999");

        assertThatThrownBy(() -> map(hostile)).isInstanceOfSatisfying(FieldValueException.class, e -> {
            assertThat(e.field()).isEqualTo("last_price");
            assertThat(e.problem()).isEqualTo("too_large");
        });
    }

    @Test
    void shouldRefuseAHostileRate() {
        String hostile = element().replace("\"signed_change_rate\":0.0211834320", "\"signed_change_rate\":1E+9999");
        String long10 = element().replace("\"signed_change_rate\":0.0211834320", "\"signed_change_rate\":1E+999999999");

        assertThatThrownBy(() -> map(hostile))
                .isInstanceOfSatisfying(
                        FieldValueException.class, e -> assertThat(e.problem()).isEqualTo("too_large"));
        assertThatThrownBy(() -> map(long10))
                .isInstanceOfSatisfying(
                        FieldValueException.class, e -> assertThat(e.field()).isEqualTo("change_rate"));
    }

    @Test
    void shouldRefuseNonAsciiDigitsAndNonNumbers() {
        String arabic = element().replace("\"trade_price\":8629000.0", "\"trade_price\":\"٨٦٢٩٠٠٠\"");
        String object = element().replace("\"high_price\":8679000.00000000", "\"high_price\":{\"v\":1}");

        assertThatThrownBy(() -> map(arabic))
                .isInstanceOfSatisfying(
                        FieldValueException.class, e -> assertThat(e.problem()).isEqualTo("not_a_number"));
        assertThatThrownBy(() -> map(object))
                .isInstanceOfSatisfying(
                        FieldValueException.class, e -> assertThat(e.field()).isEqualTo("high"));
    }

    @Test
    void shouldRefuseANodeThatWentThroughADouble() throws Exception {
        JsonNode viaDouble =
                new ObjectMapper().readTree(element()); // the default mapper reads 8450000.00000000 as 8450000.0

        assertThatThrownBy(() -> mapper.map(viaDouble, "c", CYCLE, response(viaDouble)))
                .isInstanceOfSatisfying(
                        FieldValueException.class, e -> assertThat(e.problem()).isEqualTo("binary_float"));
    }
}
