package io.stockobserver.collect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.stockobserver.pipeline.Observation;
import io.stockobserver.pipeline.QualityFlag;
import io.stockobserver.provider.kis.KisTradeRecords;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScalpSamplerTest {
    private final LatestQuoteBook book = new LatestQuoteBook();
    private final ScalpSampler sampler = new ScalpSampler(book, "kis", "kr_stocks", Duration.ofSeconds(5));

    static String[] vectorRecord(int index) throws Exception {
        String frame =
                Files.readAllLines(Path.of("../../shared/kis/vectors/constructed/h0stcnt0_count002.txt")).stream()
                        .filter(l -> l.startsWith("0|"))
                        .findFirst()
                        .orElseThrow();
        String[] all = frame.substring(frame.indexOf('|', frame.indexOf('|', 2) + 1) + 1)
                .split("\\^", -1);
        String[] r = new String[46];
        System.arraycopy(all, index * 46, r, 0, 46);
        return r;
    }

    @Test
    void shouldSnapshotTheLastTradeWithBestQuoteAndFoldedTradeCount() throws Exception {
        Instant rcv = Instant.parse("2026-07-24T02:52:15.100Z");
        book.onTrade(KisTradeRecords.trade(vectorRecord(0), "raw/kis/20260724/11_50_00.raw:1", rcv));
        book.onTrade(KisTradeRecords.trade(vectorRecord(1), "raw/kis/20260724/11_50_00.raw:2", rcv));

        List<Observation> out = sampler.sample(List.of("005930"), Instant.parse("2026-07-24T02:52:15.500Z"), 0);

        assertThat(out).hasSize(1);
        Observation o = out.get(0);
        assertThat(o.eventTime()).isEqualTo(Instant.parse("2026-07-24T02:52:15Z")); // 115215 KST
        assertThat(o.fields())
                .containsEntry("last_price", 250000L)
                .containsEntry("last_size", 7L)
                .containsEntry("volume", 11701520L)
                .containsEntry("ask_price", 250500L)
                .containsEntry("bid_price", 250000L)
                .containsEntry("ask_size", 8930L)
                .containsEntry("bid_size", 67892L)
                .containsEntry("change", -20000L)
                .containsEntry("trades_since_last_sample", 2L);
        assertThat(o.providerSpecific()).containsEntry("BSOP_DATE", "20260724").containsEntry("CCLD_DVSN", "5");
        assertThat(o.rawRef()).isEqualTo("raw/kis/20260724/11_50_00.raw:2");
        assertThat(o.quality()).isEqualTo(QualityFlag.NORMAL);
    }

    @Test
    void shouldFlagAStaleSymbolDegradedAndResetItsTradeCount() throws Exception {
        book.onTrade(KisTradeRecords.trade(vectorRecord(0), null, Instant.parse("2026-07-24T02:52:14Z")));
        sampler.sample(List.of("005930"), Instant.parse("2026-07-24T02:52:14.500Z"), 0);

        Observation later = sampler.sample(List.of("005930"), Instant.parse("2026-07-24T02:52:30Z"), 0)
                .get(0);

        assertThat(later.quality()).isEqualTo(QualityFlag.DEGRADED);
        assertThat(later.fields()).containsEntry("trades_since_last_sample", 0L);
    }

    @Test
    void shouldFlagSnapshotsTakenWhileTheStreamIsDownAsGap() throws Exception {
        book.onTrade(KisTradeRecords.trade(vectorRecord(0), null, Instant.parse("2026-07-24T02:52:14Z")));
        Observation o = sampler.sample(List.of("005930"), Instant.parse("2026-07-24T02:52:14.500Z"), 0, true)
                .get(0);
        assertThat(o.quality()).isEqualTo(QualityFlag.GAP);
    }

    @Test
    void shouldCountASymbolWithoutAnyInputAsMissing() {
        assertThat(sampler.sample(List.of("000660"), Instant.now(), 0)).isEmpty();
        assertThat(sampler.missingCount()).isEqualTo(1);
    }

    @Test
    void shouldAlignSampleInstantsToTheHalfSecondGrid() {
        assertThat(ScalpSampler.alignDown(Instant.parse("2026-07-24T02:52:14.999Z"), Duration.ofMillis(500)))
                .isEqualTo(Instant.parse("2026-07-24T02:52:14.500Z"));
        assertThat(ScalpSampler.alignDown(Instant.parse("2026-07-24T02:52:14.250Z"), Duration.ofMillis(500)))
                .isEqualTo(Instant.parse("2026-07-24T02:52:14Z"));
    }

    @Test
    void shouldRefuseANonNumericPrice() throws Exception {
        String[] r = vectorRecord(0);
        r[2] = "25O500";
        assertThatThrownBy(() -> book.onTrade(KisTradeRecords.trade(r, null, Instant.now())))
                .isInstanceOf(io.stockobserver.pipeline.FieldValueException.class)
                .hasMessageContaining("last_price: not_an_integer");
    }
}
