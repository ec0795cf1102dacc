package io.stockobserver.provider.kis;

import static org.assertj.core.api.Assertions.assertThat;

import io.stockobserver.provider.kis.MasterLayout.Field;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class MasterLayoutTest {

    @Test
    void shouldUseThePublishedKospiWidthListOf70FieldsAnd227Characters() {
        assertThat(MasterLayout.KOSPI.widths()).containsExactly(MasterLines.KOSPI_WIDTHS);
        assertThat(MasterLayout.KOSPI.widths()).hasSize(70);
        assertThat(Arrays.stream(MasterLayout.KOSPI.widths()).sum()).isEqualTo(227);
        assertThat(MasterLayout.KOSPI.tailLength()).isEqualTo(227);
    }

    @Test
    void shouldUseThePublishedKosdaqWidthListOf64FieldsAnd221Characters() {
        assertThat(MasterLayout.KOSDAQ.widths()).containsExactly(MasterLines.KOSDAQ_WIDTHS);
        assertThat(MasterLayout.KOSDAQ.widths()).hasSize(64);
        assertThat(MasterLayout.KOSDAQ.tailLength()).isEqualTo(221);
    }

    @Test
    void shouldPlaceTheKospiFieldsAtTheOffsetsListedInTheFacts() {
        MasterLayout l = MasterLayout.KOSPI;
        assertThat(span(l, Field.GROUP_CODE)).isEqualTo("0+2");
        assertThat(span(l, Field.SPAC)).isEqualTo("29+1");
        assertThat(span(l, Field.BASE_PRICE)).isEqualTo("41+9");
        assertThat(span(l, Field.HALTED)).isEqualTo("60+1");
        assertThat(span(l, Field.ADMINISTRATIVE)).isEqualTo("62+1");
        assertThat(span(l, Field.MARKET_WARNING)).isEqualTo("63+2");
        assertThat(span(l, Field.PREVIOUS_VOLUME)).isEqualTo("81+12");
        assertThat(span(l, Field.PAR_VALUE)).isEqualTo("93+12");
        assertThat(span(l, Field.LISTING_DATE)).isEqualTo("105+8");
        assertThat(span(l, Field.LISTED_SHARES)).isEqualTo("113+15");
        assertThat(span(l, Field.PREFERRED)).isEqualTo("158+1");
        assertThat(span(l, Field.MARKET_CAP)).isEqualTo("212+9");
    }

    @Test
    void shouldPlaceTheKosdaqFieldsAtTheOffsetsListedInTheFacts() {
        MasterLayout l = MasterLayout.KOSDAQ;
        assertThat(span(l, Field.GROUP_CODE)).isEqualTo("0+2");
        assertThat(span(l, Field.SPAC)).isEqualTo("24+1");
        assertThat(span(l, Field.BASE_PRICE)).isEqualTo("36+9");
        assertThat(span(l, Field.HALTED)).isEqualTo("55+1");
        assertThat(span(l, Field.ADMINISTRATIVE)).isEqualTo("57+1");
        assertThat(span(l, Field.MARKET_WARNING)).isEqualTo("58+2");
        assertThat(span(l, Field.PREVIOUS_VOLUME)).isEqualTo("76+12");
        assertThat(span(l, Field.PAR_VALUE)).isEqualTo("88+12");
        assertThat(span(l, Field.LISTING_DATE)).isEqualTo("100+8");
        assertThat(span(l, Field.LISTED_SHARES)).isEqualTo("108+15");
        assertThat(span(l, Field.PREFERRED)).isEqualTo("153+1");
        assertThat(span(l, Field.MARKET_CAP)).isEqualTo("206+9");
    }

    private static String span(MasterLayout layout, Field field) {
        return layout.offset(field) + "+" + layout.width(field);
    }
}
