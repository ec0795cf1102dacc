package io.stockobserver.sandbox.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.stockobserver.sandbox.KisRestClient;
import io.stockobserver.sandbox.KisSandbox;
import io.stockobserver.sandbox.SandboxOptions;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ChkHolidayEndpointTest {

    private static final String APPKEY = "PSholidayTest";

    private static KisSandbox sandbox;
    private static KisRestClient client;
    private static String token;

    @BeforeAll
    static void start() throws IOException {
        sandbox = KisSandbox.start(SandboxOptions.builder()
                .symbolCount(10)
                .restCallsPerSecond(1_000)
                .build());
        client = new KisRestClient(sandbox.restBaseUrl());
        token = client.accessToken(APPKEY);
    }

    @AfterAll
    static void stop() {
        sandbox.close();
    }

    @Test
    void shouldAnswerThirtyDaysFromTheBaseDateAsTheLastPage() {
        HttpResponse<String> response = client.chkHoliday(token, APPKEY, "20260630");
        JsonNode body = KisRestClient.json(response);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("tr_id")).contains("CTCA0903R");
        assertThat(response.headers().firstValue("tr_cont")).contains("D");
        assertThat(names(body)).containsExactly("ctx_area_nk", "ctx_area_fk", "output", "rt_cd", "msg_cd", "msg1");
        assertThat(body.get("ctx_area_nk").asText()).isEmpty();
        assertThat(body.get("ctx_area_fk").asText()).isEmpty();
        assertThat(body.get("rt_cd").asText()).isEqualTo("0");
        JsonNode output = body.get("output");
        assertThat(output).hasSize(30);
        assertThat(output.get(0).get("bass_dt").asText()).isEqualTo("20260630");
        assertThat(output.get(29).get("bass_dt").asText()).isEqualTo("20260729");
        assertThat(names(output.get(0)))
                .containsExactly("bass_dt", "wday_dvsn_cd", "bzdy_yn", "tr_day_yn", "opnd_yn", "sttl_day_yn");
    }

    @Test
    void shouldCodeWeekdaysFromSundayAndCloseWeekends() {
        Map<String, JsonNode> days = days("20260630");

        assertThat(days.get("20260630").get("wday_dvsn_cd").asText()).isEqualTo("03");
        assertThat(days.get("20260701").get("wday_dvsn_cd").asText()).isEqualTo("04");
        assertThat(days.get("20260704").get("wday_dvsn_cd").asText()).isEqualTo("07");
        assertThat(days.get("20260705").get("wday_dvsn_cd").asText()).isEqualTo("01");
        assertThat(days.get("20260706").get("wday_dvsn_cd").asText()).isEqualTo("02");
        assertThat(flags(days.get("20260701"))).isEqualTo("YYYY");
        assertThat(flags(days.get("20260704"))).isEqualTo("NNNN");
        assertThat(flags(days.get("20260705"))).isEqualTo("NNNN");
    }

    @Test
    void shouldCloseTheMarketOnTheDefaultHolidays() {
        Map<String, JsonNode> chuseok = days("20260920");
        Map<String, JsonNode> yearEnd = days("20261220");

        assertThat(flags(chuseok.get("20260923"))).isEqualTo("YYYY");
        assertThat(flags(chuseok.get("20260924"))).isEqualTo("NNNN");
        assertThat(flags(chuseok.get("20260925"))).isEqualTo("NNNN");
        assertThat(flags(chuseok.get("20261005"))).isEqualTo("NNNN");
        assertThat(flags(chuseok.get("20261009"))).isEqualTo("NNNN");
        assertThat(flags(yearEnd.get("20261225"))).isEqualTo("NNNN");
        assertThat(flags(yearEnd.get("20261231")))
                .as("연말휴장: banks work, market closed")
                .isEqualTo("YYNN");
        assertThat(flags(yearEnd.get("20270104"))).isEqualTo("YYYY");
    }

    @Test
    void shouldFollowConfiguredHolidays() throws IOException {
        try (KisSandbox custom = KisSandbox.start(SandboxOptions.builder()
                .symbolCount(10)
                .holidays(Set.of(LocalDate.of(2026, 7, 1)))
                .build())) {
            KisRestClient customClient = new KisRestClient(custom.restBaseUrl());
            String customToken = customClient.accessToken(APPKEY);
            JsonNode output = KisRestClient.json(customClient.chkHoliday(customToken, APPKEY, "20260701"))
                    .get("output");

            assertThat(flags(output.get(0))).isEqualTo("NNNN");
            assertThat(output.get(0).get("opnd_yn").asText()).isEqualTo("N");
            assertThat(flags(output.get(1))).isEqualTo("YYYY");
        }
    }

    @Test
    void shouldRefuseAMissingOrInvalidBaseDate() {
        for (String date : List.of("", "20260230", "2026-07-01")) {
            HttpResponse<String> response = client.chkHoliday(token, APPKEY, date);

            assertThat(response.statusCode()).as(date).isEqualTo(400);
            assertThat(KisRestClient.json(response).get("msg_cd").asText()).isEqualTo("SBXR0003");
        }
    }

    private static Map<String, JsonNode> days(String baseDate) {
        HttpResponse<String> response = client.chkHoliday(token, APPKEY, baseDate);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        Map<String, JsonNode> days = new HashMap<>();
        KisRestClient.json(response)
                .get("output")
                .forEach(day -> days.put(day.get("bass_dt").asText(), day));
        return days;
    }

    /** bzdy_yn, tr_day_yn, opnd_yn, sttl_day_yn as four letters. */
    private static String flags(JsonNode day) {
        return day.get("bzdy_yn").asText()
                + day.get("tr_day_yn").asText()
                + day.get("opnd_yn").asText()
                + day.get("sttl_day_yn").asText();
    }

    private static List<String> names(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
