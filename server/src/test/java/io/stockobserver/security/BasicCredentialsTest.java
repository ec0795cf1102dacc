package io.stockobserver.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A Basic header is a credential or nothing: no malformed header gets as far as an exception. */
class BasicCredentialsTest {
    private static String b64(String s) {
        return Base64.getEncoder().encodeToString(s.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void shouldReadUserAndPasswordWithColonsInThePassword() {
        assertThat(BasicCredentials.parse("Basic " + b64("operator:pa:ss wörd")))
                .hasValueSatisfying(c -> {
                    assertThat(c.getCaller()).isEqualTo("operator");
                    assertThat(c.getPasswordAsString()).isEqualTo("pa:ss wörd");
                });
        assertThat(BasicCredentials.parse("basic  " + b64("a:b") + " ")).isPresent();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Basic !!!",
                "Basic",
                "Basic ",
                "Bearer abc",
                "Basicx " + "YTpi",
                "Basic YTpi=====",
                "Basic bm9jb2xvbg==", // "nocolon"
                "Basic OnB3", // ":pw" — no user
                "Basic /w==", // 0xFF: not UTF-8
                "Digest username=\"a\""
            })
    void shouldAnswerNothingForAMalformedHeader(String header) {
        assertThat(BasicCredentials.parse(header)).isEmpty();
    }

    @Test
    void shouldRefuseAnOverlongHeaderBeforeDecodingIt() {
        assertThat(BasicCredentials.parse("Basic " + b64("u:" + "x".repeat(2000))))
                .isEmpty();
    }
}
