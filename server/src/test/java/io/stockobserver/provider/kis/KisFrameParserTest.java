package io.stockobserver.provider.kis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class KisFrameParserTest {
    private final KisFrameParser parser = new KisFrameParser();

    /** The constructed two-record vector of ../shared/kis/vectors (records joined with '^' per the official rule). */
    static String countTwoVector() throws IOException {
        Path p = Path.of("../../shared/kis/vectors/constructed/h0stcnt0_count002.txt");
        if (!Files.exists(p)) {
            p = Path.of("../shared/kis/vectors/constructed/h0stcnt0_count002.txt");
        }
        return Files.readAllLines(p).stream()
                .filter(l -> l.startsWith("0|"))
                .findFirst()
                .orElseThrow();
    }

    static String record(String symbol, int fields) {
        List<String> f = new java.util.ArrayList<>(Collections.nCopies(fields, "1"));
        f.set(0, symbol);
        return String.join("^", f);
    }

    @Test
    void shouldSplitACountTwoFrameIntoTwoRecordsOfFortySixFields() throws Exception {
        KisDataFrame frame = (KisDataFrame) parser.parse(countTwoVector());

        assertThat(frame.trId()).isEqualTo("H0STCNT0");
        assertThat(frame.count()).isEqualTo(2);
        assertThat(frame.records()).allSatisfy(r -> assertThat(r).hasSize(46));
        assertThat(frame.records().get(0)[1]).isEqualTo("115214");
        assertThat(frame.records().get(1)[1]).isEqualTo("115215");
        assertThat(frame.records().get(1)[2]).isEqualTo("250000");
        assertThat(frame.records().get(0)[44]).isEmpty(); // MRKT_TRTM_CLS_CODE is empty in captures
    }

    @Test
    void shouldParseASingleRecordFrame() throws Exception {
        KisDataFrame frame = (KisDataFrame) parser.parse("0|H0STCNT0|001|" + record("005930", 46));
        assertThat(frame.count()).isEqualTo(1);
        assertThat(frame.records().get(0)[0]).isEqualTo("005930");
        assertThat(frame.encrypted()).isFalse();
    }

    @Test
    void shouldAcceptBothOrderbookLayouts() throws Exception {
        KisDataFrame documented =
                (KisDataFrame) parser.parse("0|H0STASP0|002|" + record("005930", 59) + "^" + record("000660", 59));
        KisDataFrame observed = (KisDataFrame) parser.parse("0|H0STASP0|001|" + record("005930", 62));

        assertThat(documented.records()).extracting(r -> r.length).containsExactly(59, 59);
        assertThat(documented.records().get(1)[0]).isEqualTo("000660");
        assertThat(observed.records().get(0)).hasSize(62);
    }

    @Test
    void shouldRejectATradeRecordOfUnknownWidthCarryingTheRawFrame() {
        String frame = "0|H0STCNT0|001|" + record("005930", 45);
        assertThatThrownBy(() -> parser.parse(frame))
                .isInstanceOf(KisFrameParseException.class)
                .hasMessageContaining("45 fields")
                .satisfies(
                        e -> assertThat(((KisFrameParseException) e).rawFrame()).isEqualTo(frame));
    }

    @Test
    void shouldRejectFieldsThatDoNotDivideIntoTheCount() {
        String frame = "0|H0STCNT0|002|" + record("005930", 46) + "^extra";
        assertThatThrownBy(() -> parser.parse(frame)).isInstanceOf(KisFrameParseException.class);
    }

    @Test
    void shouldRejectTruncatedAndGarbledFrames() {
        for (String bad : List.of(
                "0|H0STCNT0",
                "0|H0STCNT0|01|x",
                "0|H0STCNT0|0a1|x",
                "0|H0STCNT0|000|x",
                "",
                "x|y",
                "{not json",
                "0||001|x")) {
            assertThatThrownBy(() -> parser.parse(bad)).as(bad).isInstanceOf(KisFrameParseException.class);
        }
    }

    @Test
    void shouldParseASubscribeAckAndAPingPong() throws Exception {
        var ack = (KisControlMessage) parser.parse("{\"header\":{\"tr_id\":\"H0STCNT0\",\"tr_key\":\"005930\","
                + "\"encrypt\":\"N\"},\"body\":{\"rt_cd\":\"0\",\"msg_cd\":\"OPSP0000\",\"msg1\":\"SUBSCRIBE SUCCESS\","
                + "\"output\":{\"iv\":\"0123456789abcdef\",\"key\":\"abcdefghijklmnopqrstuvwxyzabcdef\"}}}");
        var ping = (KisControlMessage)
                parser.parse("{\"header\":{\"tr_id\":\"PINGPONG\",\"datetime\":\"20260724115214\"}}");

        assertThat(ack.msgCd()).isEqualTo(KisControlMessage.SUBSCRIBED);
        assertThat(ack.trKey()).isEqualTo("005930");
        assertThat(ack.isSuccess()).isTrue();
        assertThat(ping.isPingPong()).isTrue();
        assertThat(ping.msgCd()).isNull();
    }

    @Test
    void shouldKeepAnEncryptedPayloadWhole() throws Exception {
        var frame = (KisDataFrame) parser.parse("1|H0STCNI0|001|f7/N8W4MLhEUEd/Xq+l5=");
        assertThat(frame.encrypted()).isTrue();
        assertThat(frame.records().get(0)[0]).isEqualTo("f7/N8W4MLhEUEd/Xq+l5=");
    }
}
