package io.stockobserver.provider.upbit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.stockobserver.pipeline.FieldValueException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The decoder against the verbatim wire examples in vectors/upbit (DEFAULT and SIMPLE, binary and text). */
class UpbitFrameDecoderTest {
    private final UpbitFrameDecoder decoder = new UpbitFrameDecoder();

    /** Vector 02 in today's shape: {@code type}/{@code code} instead of {@code market}, plus {@code stream_type}. */
    static String ticker2018InTodaysShape() {
        String frame = UpbitVectors.jsonLines(UpbitVectors.TICKER_2018).get(0);
        return frame.replace("{\"market\":\"KRW-BTC\",", "{\"type\":\"ticker\",\"code\":\"KRW-BTC\",")
                .replaceFirst("}$", ",\"stream_type\":\"SNAPSHOT\"}");
    }

    static String tradeVector() {
        return UpbitVectors.block(UpbitVectors.CAPTURES, "trade (DEFAULT");
    }

    static String orderbookSnapshotVector() {
        return UpbitVectors.block(UpbitVectors.CAPTURES, "orderbook SNAPSHOT (DEFAULT)");
    }

    private static ByteBuffer binary(String text) {
        return ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void shouldDecodeADefaultTickerWithEveryNumberExactAsTheVenueWroteIt() throws Exception {
        UpbitTicker t = (UpbitTicker) decoder.decode(binary(ticker2018InTodaysShape()));

        assertThat(t.code()).isEqualTo("KRW-BTC");
        assertThat(t.streamType()).isEqualTo(UpbitStreamType.SNAPSHOT);
        assertThat(t.eventTime()).isEqualTo(Instant.parse("2018-04-18T10:07:29Z"));
        assertThat(t.fields())
                .containsExactly(
                        org.assertj.core.api.Assertions.entry("last_price", new BigDecimal("8629000.0")),
                        org.assertj.core.api.Assertions.entry("last_size", new BigDecimal("0.0105675")),
                        org.assertj.core.api.Assertions.entry("volume", new BigDecimal("12312.36058857")),
                        org.assertj.core.api.Assertions.entry("turnover", new BigDecimal("105514711074.18726000")),
                        org.assertj.core.api.Assertions.entry("open", new BigDecimal("8450000.00000000")),
                        org.assertj.core.api.Assertions.entry("high", new BigDecimal("8679000.00000000")),
                        org.assertj.core.api.Assertions.entry("low", new BigDecimal("8445000.00000000")),
                        org.assertj.core.api.Assertions.entry("prev_close", new BigDecimal("8450000.00000000")),
                        org.assertj.core.api.Assertions.entry("change", new BigDecimal("179000.00000000")),
                        org.assertj.core.api.Assertions.entry("change_rate", new BigDecimal("2.11834320")));
        assertThat(t.providerSpecific())
                .containsEntry("acc_trade_volume_24h", "6448.96200341")
                .containsEntry("acc_trade_price_24h", "55330325803.78210000")
                .containsEntry("change", "RISE")
                .containsEntry("market_warning", "NONE")
                .containsEntry("is_trading_suspended", "false")
                .containsEntry("trade_timestamp", "1524046049000")
                .containsEntry("stream_type", "SNAPSHOT")
                .doesNotContainKeys("trade_price", "signed_change_rate", "type", "code", "delisting_date");
    }

    @Test
    void shouldRefuseThe2018SampleAsMalformedBecauseItHasNoTypeAndKeepItsText() {
        String frame = UpbitVectors.jsonLines(UpbitVectors.TICKER_2018).get(0);

        assertThatThrownBy(() -> decoder.decode(frame))
                .isInstanceOf(UpbitFrameDecodeException.class)
                .hasMessageStartingWith("no type")
                .satisfies(e ->
                        assertThat(((UpbitFrameDecodeException) e).rawFrame()).isEqualTo(frame));
    }

    @Test
    void shouldDecodeTheSimpleTickerOfTheNpmPrintUnderDefaultNames() throws Exception {
        // the excerpt is cut after atp24h; stream_type (st) comes later in a real frame, so it is appended
        String simple = UpbitVectors.jsObjectPrintAsJson(UpbitVectors.TICKER_SIMPLE)
                .replaceFirst("}$", ",\"st\":\"REALTIME\"}");

        UpbitTicker t = (UpbitTicker) decoder.decode(simple);

        assertThat(t.code()).isEqualTo("KRW-BTC");
        assertThat(t.streamType()).isEqualTo(UpbitStreamType.REALTIME);
        assertThat(t.eventTime()).isEqualTo(Instant.ofEpochMilli(1611063306000L));
        assertThat(t.fields())
                .containsEntry("last_price", new BigDecimal("40441000"))
                .containsEntry("last_size", new BigDecimal("0.00416811"))
                .containsEntry("volume", new BigDecimal("6379.30820304"))
                .containsEntry("turnover", new BigDecimal("256707458304.6534"))
                .containsEntry("open", new BigDecimal("40008000"))
                .containsEntry("change", new BigDecimal("433000"))
                .containsEntry("change_rate", new BigDecimal("1.08228354"));
        assertThat(t.providerSpecific())
                .containsEntry("trade_date", "20210119")
                .containsEntry("trade_time", "133506")
                .containsEntry("market_state", "ACTIVE")
                .containsEntry("acc_trade_price_24h", "3430")
                .containsEntry("highest_52_week_date", "2021-01-08")
                .doesNotContainKeys("ty", "cd", "tp", "ts", "msfi", "dd", "trade_status");
    }

    @Test
    void shouldRefuseAFrameWithoutStreamType() {
        String simple = UpbitVectors.jsObjectPrintAsJson(UpbitVectors.TICKER_SIMPLE);

        assertThatThrownBy(() -> decoder.decode(simple))
                .isInstanceOf(UpbitFrameDecodeException.class)
                .hasMessageStartingWith("no stream_type");
    }

    @Test
    void shouldDecodeTheCapturedTradeWithASignedChangeAndItsSequentialId() throws Exception {
        UpbitTrade t = (UpbitTrade) decoder.decode(binary(tradeVector()));

        assertThat(t.code()).isEqualTo("KRW-BTC");
        assertThat(t.streamType()).isEqualTo(UpbitStreamType.REALTIME);
        assertThat(t.sequentialId()).isEqualTo(1621697844000001L);
        assertThat(t.eventTime()).isEqualTo(Instant.ofEpochMilli(1621697844000L));
        assertThat(t.price()).isEqualTo(new BigDecimal("46769000.0"));
        assertThat(t.size()).isEqualTo(new BigDecimal("0.00185096"));
        assertThat(t.fields())
                .containsEntry("prev_close", new BigDecimal("49112000.00000000"))
                .containsEntry("change", new BigDecimal("-2343000.00000000"))
                .doesNotContainKeys("ask_price", "bid_price", "volume"); // predates the best_* fields
        assertThat(t.providerSpecific())
                .containsEntry("ask_bid", "BID")
                .containsEntry("change", "FALL")
                .containsEntry("change_price", "2343000.00000000")
                .containsEntry("trade_date", "2021-05-22")
                .containsEntry("trade_time", "15:37:24")
                .containsEntry("sequential_id", "1621697844000001");
    }

    @Test
    void shouldReadASequentialIdBeyondTwoToThe53rdExactly() throws Exception {
        long id = 17510687993360001L; // odd and above 2^53: no double holds it
        assertThat((long) (double) id).isNotEqualTo(id);
        String frame = tradeVector().replace("\"sequential_id\":1621697844000001", "\"sequential_id\":" + id);

        UpbitTrade t = (UpbitTrade) decoder.decode(frame);

        assertThat(t.sequentialId()).isEqualTo(id);
        assertThat(t.providerSpecific()).containsEntry("sequential_id", "17510687993360001");
    }

    @Test
    void shouldTakeTheBestQuoteFromATradeSince2024() throws Exception {
        String frame = tradeVector()
                .replace(
                        "\"stream_type\"",
                        "\"best_ask_price\":46770000.0,\"best_ask_size\":0.5,\"best_bid_price\":46769000.0,"
                                + "\"best_bid_size\":0.25,\"stream_type\"");

        UpbitTrade t = (UpbitTrade) decoder.decode(frame);

        assertThat(t.fields())
                .containsEntry("ask_price", new BigDecimal("46770000.0"))
                .containsEntry("ask_size", new BigDecimal("0.5"))
                .containsEntry("bid_price", new BigDecimal("46769000.0"))
                .containsEntry("bid_size", new BigDecimal("0.25"));
        assertThat(t.providerSpecific()).doesNotContainKeys("best_ask_price", "best_bid_size");
    }

    @Test
    void shouldDecodeTheCapturedDefaultOrderbooksWithExponentPrices() throws Exception {
        UpbitOrderbook snapshot = (UpbitOrderbook) decoder.decode(binary(orderbookSnapshotVector()));
        UpbitOrderbook realtime =
                (UpbitOrderbook) decoder.decode(UpbitVectors.block(UpbitVectors.CAPTURES, "orderbook REALTIME"));

        assertThat(snapshot.streamType()).isEqualTo(UpbitStreamType.SNAPSHOT);
        assertThat(snapshot.eventTime()).isEqualTo(Instant.ofEpochMilli(1790134742106L));
        assertThat(snapshot.asks())
                .extracting(l -> l.price().toPlainString(), l -> l.size().toPlainString())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("116539000", "0.02054761"),
                        org.assertj.core.groups.Tuple.tuple("116542000", "0.00077720"));
        assertThat(snapshot.bids())
                .extracting(l -> l.price().toPlainString())
                .containsExactly("116538000", "116537000");
        assertThat(snapshot.fields().get("ask_price")).isEqualTo(new BigDecimal("1.16539E8"));
        assertThat(snapshot.fields().get("bid_size")).isEqualTo(new BigDecimal("0.08120946"));
        assertThat(snapshot.providerSpecific())
                .containsEntry("total_ask_size", "2.51469375")
                .containsEntry("level", "0")
                .doesNotContainKey("orderbook_units");
        assertThat(realtime.streamType()).isEqualTo(UpbitStreamType.REALTIME);
        assertThat(realtime.fields().get("bid_size")).isEqualTo(new BigDecimal("0.06612366"));
    }

    @Test
    void shouldDecodeTheCapturedSimpleOrderbookUnderDefaultNames() throws Exception {
        UpbitOrderbook book = (UpbitOrderbook)
                decoder.decode(UpbitVectors.block(UpbitVectors.CAPTURES, "orderbook SNAPSHOT (SIMPLE)"));

        assertThat(book.code()).isEqualTo("KRW-BTC");
        assertThat(book.eventTime()).isEqualTo(Instant.ofEpochMilli(1790134773006L));
        assertThat(book.bestAsk())
                .get()
                .isEqualTo(new UpbitBookLevel(new BigDecimal("116606000"), new BigDecimal("0.06288509")));
        assertThat(book.bids()).extracting(l -> l.size().toPlainString()).containsExactly("0.00079276", "0.01624318");
        assertThat(book.providerSpecific())
                .containsEntry("total_ask_size", "0.48514983")
                .containsEntry("total_bid_size", "2.2403413")
                .containsEntry("level", "0")
                .doesNotContainKeys("tas", "obu", "lv");
    }

    @Test
    void shouldDropTheZeroPaddingOfAThinSideOnly() throws Exception {
        String padded = orderbookSnapshotVector()
                .replace(
                        "\"bid_size\":0.01129382}]",
                        "\"bid_size\":0.01129382},"
                                + "{\"ask_price\":0,\"bid_price\":1.16536E8,\"ask_size\":0,\"bid_size\":0.5},"
                                + "{\"ask_price\":0.0,\"bid_price\":0,\"ask_size\":0,\"bid_size\":0}]");
        assertThat(padded).isNotEqualTo(orderbookSnapshotVector());

        UpbitOrderbook book = (UpbitOrderbook) decoder.decode(padded);

        assertThat(book.asks()).hasSize(2);
        assertThat(book.bids())
                .extracting(l -> l.price().toPlainString())
                .containsExactly("116538000", "116537000", "116536000");
    }

    @Test
    void shouldLeaveOutTheBestQuoteOfAnEmptySide() throws Exception {
        String frame = "{\"type\":\"orderbook\",\"code\":\"BTC-XYZ\",\"timestamp\":1,\"orderbook_units\":"
                + "[{\"ask_price\":0,\"bid_price\":0.0001,\"ask_size\":0,\"bid_size\":3}],"
                + "\"stream_type\":\"SNAPSHOT\"}";

        UpbitOrderbook book = (UpbitOrderbook) decoder.decode(frame);

        assertThat(book.bestAsk()).isEmpty();
        assertThat(book.fields()).containsOnlyKeys("bid_price", "bid_size");
    }

    @Test
    void shouldRefuseABookWithANegativeSize() {
        String frame = orderbookSnapshotVector().replace("\"ask_size\":0.02054761", "\"ask_size\":-0.02054761");

        assertThatThrownBy(() -> decoder.decode(frame))
                .isInstanceOf(UpbitFrameDecodeException.class)
                .hasMessageContaining("orderbook_units[0]");
    }

    @Test
    void shouldDecodeTheKeepAliveStatus() throws Exception {
        String status = UpbitVectors.line(UpbitVectors.KEEPALIVE_ERRORS, "{\"status\"");

        UpbitMessage m = decoder.decode(binary(status));

        assertThat(m).isInstanceOfSatisfying(UpbitStatus.class, s -> assertThat(s.isUp())
                .isTrue());
    }

    @Test
    void shouldDecodeEveryErrorFrameOfTheVectors() throws Exception {
        String documented =
                UpbitVectors.between(UpbitVectors.KEEPALIVE_ERRORS, "SOURCE (error envelope", "Documented names");
        List<String> wire = UpbitVectors.jsonLines(UpbitVectors.KEEPALIVE_ERRORS).stream()
                .filter(l -> l.startsWith("{\"error\""))
                .toList();
        assertThat(wire).hasSize(3);

        UpbitError auth = (UpbitError) decoder.decode(documented);
        List<String> names = new java.util.ArrayList<>();
        for (String w : wire) {
            names.add(((UpbitError) decoder.decode(binary(w))).name());
        }

        assertThat(auth.name()).isEqualTo("INVALID_AUTH");
        assertThat(auth.message()).isEqualTo("인증 정보가 올바르지 않습니다.");
        assertThat(names).containsExactly("NO_TICKET", "INVALID_PARAM", "WRONG_FORMAT");
    }

    @Test
    void shouldRefuseAHostileNumberWithTheBoundsProblemAsCause() {
        String frame = tradeVector().replace("\"trade_price\":46769000.0", "\"trade_price\":1E+999999999");

        assertThatThrownBy(() -> decoder.decode(frame))
                .isInstanceOf(UpbitFrameDecodeException.class)
                .hasCauseInstanceOf(FieldValueException.class)
                .satisfies(e -> assertThat(((FieldValueException) e.getCause()).problem())
                        .isEqualTo("too_large"));
    }

    @Test
    void shouldRefuseNonAsciiDigitsInAStringNumber() {
        String frame = tradeVector().replace("\"trade_price\":46769000.0", "\"trade_price\":\"٤٦٧٦٩٠٠٠\"");

        assertThatThrownBy(() -> decoder.decode(frame))
                .isInstanceOf(UpbitFrameDecodeException.class)
                .satisfies(e -> assertThat(((FieldValueException) e.getCause()).problem())
                        .isEqualTo("not_a_number"));
    }

    @Test
    void shouldRefuseEveryKindOfGarbageWithItsText() {
        for (String garbage : new String[] {
            "",
            "PING",
            "{\"type\":\"trade\"",
            "[{\"ty\":\"ticker\"}]",
            "{\"type\":\"candle.1s\",\"code\":\"KRW-BTC\"}",
            "{\"error\":\"WRONG_FORMAT\"}",
            "{} trailing",
            "{\"type\":\"trade\",\"code\":\"KRW-BTC\",\"stream_type\":\"X\"}"
        }) {
            assertThatThrownBy(() -> decoder.decode(garbage))
                    .as(garbage)
                    .isInstanceOf(UpbitFrameDecodeException.class)
                    .satisfies(e -> assertThat(((UpbitFrameDecodeException) e).rawFrame())
                            .isEqualTo(garbage));
        }
    }

    @Test
    void shouldRefuseABinaryFrameThatIsNotUtf8AndKeepItsBytes() {
        byte[] bytes = {'{', (byte) 0xC3, (byte) 0x28, '}'};

        assertThatThrownBy(() -> decoder.decode(ByteBuffer.wrap(bytes)))
                .isInstanceOf(UpbitFrameDecodeException.class)
                .satisfies(e -> assertThat(((UpbitFrameDecodeException) e).rawFrame())
                        .isEqualTo("base64:" + java.util.Base64.getEncoder().encodeToString(bytes)));
    }

    @Test
    void shouldNotConsumeTheCallersBuffer() throws Exception {
        ByteBuffer buffer = binary(tradeVector());
        int before = buffer.remaining();

        decoder.decode(buffer);

        assertThat(buffer.remaining()).isEqualTo(before);
    }

    @Test
    void shouldCoverEveryVectorFile() throws Exception {
        // a new vector file makes this fail until a test reads it
        try (var files = java.nio.file.Files.list(UpbitVectors.ROOT)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder(
                            UpbitVectors.SUBSCRIBE,
                            UpbitVectors.TICKER_2018,
                            UpbitVectors.TICKER_SIMPLE,
                            UpbitVectors.CAPTURES,
                            UpbitVectors.KEEPALIVE_ERRORS,
                            UpbitVectors.REST);
        }
    }
}
