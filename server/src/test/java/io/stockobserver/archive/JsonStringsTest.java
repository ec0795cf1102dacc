package io.stockobserver.archive;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class JsonStringsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static String quoted(String value) {
        return JsonStrings.appendQuoted(new StringBuilder(), value).toString();
    }

    @Test
    void shouldEscapeQuotesBackslashesAndControlCharacters() {
        assertThat(quoted("a\"b\\c\nd\re\tf\bg\fh\u0001i")).isEqualTo("\"a\\\"b\\\\c\\nd\\re\\tf\\bg\\fh\\u0001i\"");
    }

    @Test
    void shouldKeepNonAsciiTextAsItIs() {
        assertThat(quoted("삼성전자 📈")).isEqualTo("\"삼성전자 📈\"");
    }

    @Test
    void shouldEscapeUnpairedSurrogatesSoUtf8CanCarryThem() {
        assertThat(quoted("\ud800x\udc00")).isEqualTo("\"\\ud800x\\udc00\"");
    }

    @Test
    void shouldReadBackAsTheSameStringForRandomText() throws Exception {
        SplittableRandom random = new SplittableRandom(20260724);
        for (int n = 0; n < 2_000; n++) {
            String original = randomText(random);
            byte[] utf8 = quoted(original).getBytes(StandardCharsets.UTF_8);

            String readBack = JSON.readValue(utf8, String.class);

            assertThat(readBack).as("case %d", n).isEqualTo(original);
        }
    }

    @Test
    void shouldWriteARawLineThatJacksonReadsBackField() throws Exception {
        String payload = "0|H0STCNT0|001|005930^\"quoted\"^\\";
        byte[] line = RawJournal.encode("ws", payload, Instant.parse("2026-07-24T02:52:14Z"));

        var node = JSON.readTree(line);

        assertThat(node.get("receive_time").textValue()).isEqualTo("2026-07-24T02:52:14.000000Z");
        assertThat(node.get("channel").textValue()).isEqualTo("ws");
        assertThat(node.get("payload").textValue()).isEqualTo(payload);
        assertThat(new String(line, StandardCharsets.UTF_8)).doesNotContain("\n");
    }

    /** Mostly ASCII with a good share of the characters that need care: controls, quotes, surrogates, Hangul. */
    private static String randomText(SplittableRandom random) {
        int length = random.nextInt(0, 40);
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            switch (random.nextInt(8)) {
                case 0 -> text.append((char) random.nextInt(0, 0x20));
                case 1 -> text.append("\"\\/".charAt(random.nextInt(3)));
                case 2 -> text.append((char) random.nextInt(0xD800, 0xE000)); // often unpaired
                case 3 -> text.append((char) random.nextInt(0xAC00, 0xD7A4));
                case 4 -> text.appendCodePoint(random.nextInt(0x10000, 0x10FFFF));
                case 5 -> text.append((char) random.nextInt(0x80, 0x800));
                default -> text.append((char) random.nextInt(0x20, 0x7F));
            }
        }
        return text.toString();
    }
}
