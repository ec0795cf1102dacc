package io.stockobserver.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class FieldBoundsTest {
    @Test
    void shouldTakeTheValuesRealVenuesSend() {
        assertThat(FieldBounds.parseInteger("last_price", "250500")).isEqualTo(250_500L);
        assertThat(FieldBounds.parseInteger("change", "-19500")).isEqualTo(-19_500L);
        assertThat(FieldBounds.parseInteger("turnover", "3013709268750")).isEqualTo(3_013_709_268_750L);
        assertThat(FieldBounds.parseDecimal("change_rate", "-7.22")).isEqualByComparingTo("-7.22");
        assertThat(FieldBounds.parseDecimal("change_rate", "0.00")).isEqualByComparingTo("0");
        assertThat(FieldBounds.parseInteger("volume", "")).isNull();
        assertThat(FieldBounds.parseDecimal("change_rate", null)).isNull();
    }

    @Test
    @Timeout(5) // refusing must never expand the number: 1E+999999999 printed plainly needs a gigabyte
    void shouldRefuseHugeExponentsWithoutExpandingThem() {
        for (String text : new String[] {"1E+999999999", "1E+2147483647", "-9.9E+100000", "1e19"}) {
            assertThatThrownBy(() -> FieldBounds.parseDecimal("change_rate", text))
                    .isInstanceOf(FieldValueException.class)
                    .satisfies(
                            e -> assertThat(((FieldValueException) e).problem()).isEqualTo("too_large"))
                    .satisfies(
                            e -> assertThat(((FieldValueException) e).field()).isEqualTo("change_rate"));
        }
        for (String text : new String[] {"1E-999999999", "1E-2147483647", "0E-100000", "0.000000001"}) {
            assertThatThrownBy(() -> FieldBounds.parseDecimal("change_rate", text))
                    .isInstanceOf(FieldValueException.class)
                    .satisfies(
                            e -> assertThat(((FieldValueException) e).problem()).isEqualTo("too_precise"));
        }
        assertThat(FieldBounds.violation("change_rate", new BigDecimal("1E+999999999")))
                .isEqualTo("too_large");
        assertThat(FieldBounds.violation("last_price", new BigDecimal("0E+999999999")))
                .isEqualTo("too_large");
    }

    @Test
    void shouldReadOnlyAsciiDigitsAsNumbers() {
        // Character.digit reads Arabic-Indic and full-width digits; KIS sends ASCII, anything else is corruption
        for (String text : new String[] {"\u0661\u0662\u0663", "\uFF11\uFF12\uFF13", "1\u0662", "\u0967"}) {
            assertThatThrownBy(() -> FieldBounds.parseInteger("volume", text))
                    .isInstanceOf(FieldValueException.class)
                    .hasMessageContaining("not_an_integer");
            assertThatThrownBy(() -> FieldBounds.parseDecimal("change_rate", text))
                    .isInstanceOf(FieldValueException.class)
                    .hasMessageContaining("not_a_number");
        }
    }

    @Test
    void shouldRefuseIntegersBeyondTheFieldsMagnitudeAndGarbage() {
        assertThat(FieldBounds.parseInteger("last_price", "999999999999")).isEqualTo(999_999_999_999L);
        assertThatThrownBy(() -> FieldBounds.parseInteger("last_price", "1000000000000"))
                .isInstanceOf(FieldValueException.class)
                .hasMessageContaining("too_large");
        assertThatThrownBy(() -> FieldBounds.parseInteger("volume", "9223372036854775808"))
                .isInstanceOf(FieldValueException.class)
                .hasMessageContaining("not_an_integer");
        assertThat(FieldBounds.violation("volume", Long.MIN_VALUE)).isEqualTo("too_large");
        assertThatThrownBy(() -> FieldBounds.parseInteger("volume", "12a"))
                .isInstanceOf(FieldValueException.class)
                .hasMessageContaining("not_an_integer");
        assertThatThrownBy(() -> FieldBounds.parseDecimal("change_rate", "NaN"))
                .isInstanceOf(FieldValueException.class)
                .hasMessageContaining("not_a_number");
    }

    @Test
    void shouldRefuseOverlongTextUnreadAndQuoteOnlyAnExcerpt() {
        String text = "1".repeat(100_001);
        assertThatThrownBy(() -> FieldBounds.parseInteger("volume", text))
                .isInstanceOf(FieldValueException.class)
                .satisfies(e -> {
                    FieldValueException f = (FieldValueException) e;
                    assertThat(f.problem()).isEqualTo("too_long");
                    assertThat(f.excerpt()).hasSizeLessThan(80).endsWith("(100001 chars)");
                    assertThat(f.getMessage()).hasSizeLessThan(200);
                });
    }

    @Test
    void shouldBoundEveryPrintedNumberFarBelowWhatJsonReadersRefuse() {
        // the widest value any bound admits, printed plainly, is a few dozen characters
        BigDecimal widest = new BigDecimal("-999999999999999999.99999999");
        assertThat(FieldBounds.violation("turnover", widest)).isNull();
        assertThat(widest.toPlainString()).hasSizeLessThan(40);
    }
}
