package io.stockobserver.provider.kis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

class KisHolidayParserTest {

    private static final HolidayInfo OPEN = new HolidayInfo(true, true, true, true);
    private static final HolidayInfo CLOSED = new HolidayInfo(false, false, false, false);

    /** The constructed chk-holiday vector of ../shared/kis/vectors (array output, KIS_API_FACTS §4.8). */
    static String constructedVector() throws IOException {
        Path p = Path.of("../../shared/kis/vectors/constructed/chk_holiday_response.json");
        if (!Files.exists(p)) {
            p = Path.of("../shared/kis/vectors/constructed/chk_holiday_response.json");
        }
        return Files.readString(p, StandardCharsets.UTF_8);
    }

    @Test
    void shouldReadTheConstructedVectorWithAnArrayOutput() throws Exception {
        Map<LocalDate, HolidayInfo> days = KisHolidayParser.parse(constructedVector());

        assertThat(days)
                .containsExactly(
                        Map.entry(LocalDate.of(2026, 6, 30), OPEN),
                        Map.entry(LocalDate.of(2026, 7, 1), OPEN),
                        Map.entry(LocalDate.of(2026, 7, 4), CLOSED));
    }

    @Test
    void shouldReadASingleObjectOutputAsTheDocumentationDescribesIt() throws Exception {
        String body = "{\"rt_cd\":\"0\",\"msg_cd\":\"KIOK0000\",\"msg1\":\"조회가 완료되었습니다\",\"output\":"
                + "{\"bass_dt\":\"20260817\",\"wday_dvsn_cd\":\"02\",\"bzdy_yn\":\"N\",\"tr_day_yn\":\"N\","
                + "\"opnd_yn\":\"N\",\"sttl_day_yn\":\"N\"}}";

        assertThat(KisHolidayParser.parse(body)).containsExactly(Map.entry(LocalDate.of(2026, 8, 17), CLOSED));
    }

    @Test
    void shouldKeepEachFlagApartBecauseOnlyOpndDecidesTrading() throws Exception {
        String body = "{\"rt_cd\":\"0\",\"output\":[{\"bass_dt\":\"20261231\",\"bzdy_yn\":\"Y\",\"tr_day_yn\":\"Y\","
                + "\"opnd_yn\":\"N\",\"sttl_day_yn\":\"Y\"}]}";

        HolidayInfo yearEnd = KisHolidayParser.parse(body).get(LocalDate.of(2026, 12, 31));

        assertThat(yearEnd).isEqualTo(new HolidayInfo(true, true, false, true));
    }

    @Test
    void shouldAcceptAnAlreadyParsedBody() throws Exception {
        var json = new ObjectMapper().readTree(constructedVector());

        assertThat(KisHolidayParser.parse(json)).hasSize(3);
    }

    @Test
    void shouldFailWithTheKisMessageWhenRtCdIsNotZero() {
        String body = "{\"rt_cd\":\"1\",\"msg_cd\":\"EGW00201\",\"msg1\":\"초당 거래건수를 초과하였습니다.\"}";

        assertThatThrownBy(() -> KisHolidayParser.parse(body))
                .isInstanceOf(CalendarSourceException.class)
                .hasMessageContaining("rt_cd=1")
                .hasMessageContaining("EGW00201")
                .satisfies(e -> assertThat(((CalendarSourceException) e).body()).isEqualTo(body));
    }

    @Test
    void shouldFailOnAMissingOrMalformedField() {
        assertFails(
                "{\"rt_cd\":\"0\",\"output\":[{\"bass_dt\":\"20260630\",\"bzdy_yn\":\"Y\",\"tr_day_yn\":\"Y\","
                        + "\"sttl_day_yn\":\"Y\"}]}",
                "output[0] has no opnd_yn");
        assertFails(
                "{\"rt_cd\":\"0\",\"output\":[{\"bass_dt\":\"2026-06-30\",\"bzdy_yn\":\"Y\",\"tr_day_yn\":\"Y\","
                        + "\"opnd_yn\":\"Y\",\"sttl_day_yn\":\"Y\"}]}",
                "output[0].bass_dt must be a date YYYYMMDD");
        assertFails(
                "{\"rt_cd\":\"0\",\"output\":[{\"bass_dt\":\"20260630\",\"bzdy_yn\":\"Y\",\"tr_day_yn\":\"Y\","
                        + "\"opnd_yn\":\"1\",\"sttl_day_yn\":\"Y\"}]}",
                "output[0].opnd_yn must be Y or N but was '1'");
        assertFails("{\"rt_cd\":\"0\",\"output\":[]}", "output is empty");
        assertFails("{\"rt_cd\":\"0\"}", "output must be an object or an array but was missing");
        assertFails("{\"output\":[]}", "no rt_cd");
        assertFails("<html>502 Bad Gateway</html>", "not JSON");
        assertFails("", "empty");
        assertFails("[1,2]", "not a JSON object");
    }

    @Test
    void shouldFailWhenTheSameDayIsAnsweredTwiceDifferently() {
        String row = "{\"bass_dt\":\"20260630\",\"bzdy_yn\":\"Y\",\"tr_day_yn\":\"Y\",\"opnd_yn\":\"%s\","
                + "\"sttl_day_yn\":\"Y\"}";
        String body = "{\"rt_cd\":\"0\",\"output\":[" + row.formatted("Y") + "," + row.formatted("N") + "]}";

        assertFails(body, "answers 2026-06-30 twice");
    }

    private static void assertFails(String body, String message) {
        assertThatThrownBy(() -> KisHolidayParser.parse(body))
                .isInstanceOf(CalendarSourceException.class)
                .hasMessageContaining(message);
    }
}
