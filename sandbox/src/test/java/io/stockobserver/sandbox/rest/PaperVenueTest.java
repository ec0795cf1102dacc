package io.stockobserver.sandbox.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.stockobserver.sandbox.KisRestClient;
import io.stockobserver.sandbox.KisSandbox;
import io.stockobserver.sandbox.SandboxOptions;
import io.stockobserver.sandbox.SandboxVenueProfile;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PaperVenueTest {

    @Test
    void shouldRefuseTheTrsKisDoesNotOfferOnThePaperVenue() throws IOException {
        try (KisSandbox paper = KisSandbox.start(SandboxOptions.builder()
                .symbolCount(50)
                .venueProfile(SandboxVenueProfile.PAPER)
                .restCallsPerSecond(1_000)
                .build())) {
            KisRestClient client = new KisRestClient(paper.restBaseUrl());
            String token = client.accessToken(KisRestClient.APPKEY);

            HttpResponse<String> multi = client.multiPrice(token, KisRestClient.APPKEY, List.of("005930"));
            HttpResponse<String> holiday = client.chkHoliday(token, KisRestClient.APPKEY, "20260701");
            HttpResponse<String> volumeRank = client.volumeRank(token, KisRestClient.APPKEY, Map.of());
            HttpResponse<String> fluctuation = client.fluctuation(token, KisRestClient.APPKEY, Map.of());
            HttpResponse<String> price = client.inquirePrice(token, "005930");
            HttpResponse<byte[]> master = client.download("/common/master/kospi_code.mst.zip");

            for (HttpResponse<String> refused : List.of(multi, holiday, volumeRank, fluctuation)) {
                JsonNode body = KisRestClient.json(refused);
                assertThat(refused.statusCode()).isEqualTo(200);
                assertThat(body.get("rt_cd").asText()).isEqualTo("1");
                assertThat(body.get("msg_cd").asText()).isEqualTo("SBXR0004");
                assertThat(body.get("msg1").asText()).isEqualTo("모의투자에서는 해당업무가 제공되지 않습니다.");
                assertThat(body.has("output")).isFalse();
            }
            assertThat(KisRestClient.json(price).get("rt_cd").asText()).isEqualTo("0");
            assertThat(master.statusCode()).isEqualTo(200);
            assertThat(paper.stats().paperUnsupportedRefusals()).isEqualTo(4);
            assertThat(paper.stats().quotationsServed()).isEqualTo(1);
        }
    }

    @Test
    void shouldAdmitOneCallPerSecondByDefault() throws IOException {
        try (KisSandbox paper = KisSandbox.start(SandboxOptions.builder()
                .symbolCount(50)
                .venueProfile(SandboxVenueProfile.PAPER)
                .build())) {
            assertThat(paper.options().restCallsPerSecond()).isEqualTo(1);
            KisRestClient client = new KisRestClient(paper.restBaseUrl());
            String token = client.accessToken(KisRestClient.APPKEY);
            long start = System.nanoTime();
            int admitted = 0;
            HttpResponse<String> refused = null;
            for (int call = 0; call < 50 && refused == null; call++) {
                HttpResponse<String> response = client.inquirePrice(token, "005930");
                if (response.statusCode() == 200) {
                    admitted++;
                } else {
                    refused = response;
                }
            }
            long wholeSeconds = (System.nanoTime() - start) / 1_000_000_000L;

            assertThat(refused).isNotNull();
            assertThat(KisRestClient.json(refused).get("msg_cd").asText()).isEqualTo("EGW00201");
            assertThat(admitted).isBetween(1, (int) wholeSeconds + 1);
        }
    }
}
