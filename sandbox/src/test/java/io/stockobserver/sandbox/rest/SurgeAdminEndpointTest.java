package io.stockobserver.sandbox.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.stockobserver.sandbox.KisRestClient;
import io.stockobserver.sandbox.KisSandbox;
import io.stockobserver.sandbox.MutableClock;
import io.stockobserver.sandbox.SandboxOptions;
import io.stockobserver.sandbox.SandboxSurge;
import io.stockobserver.sandbox.market.SurgeKind;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class SurgeAdminEndpointTest {

    private static final Instant START = Instant.parse("2026-07-22T01:00:00Z");

    private static KisSandbox start(MutableClock clock) throws IOException {
        return KisSandbox.start(SandboxOptions.builder()
                .symbolCount(20)
                .clock(clock)
                .surges(List.of(SandboxSurge.startingIn(
                        Duration.ofMinutes(10), "005930", SurgeKind.VOLUME, 5, Duration.ofMinutes(1))))
                .build());
    }

    @Test
    void shouldScheduleListAndClearSurgesOverHttp() throws IOException {
        MutableClock clock = new MutableClock(START);
        try (KisSandbox sandbox = start(clock)) {
            KisRestClient client = new KisRestClient(sandbox.restBaseUrl());

            HttpResponse<String> posted = client.post(
                    KisRestClient.SURGES,
                    "{\"symbol\":\"000660\",\"kind\":\"VELOCITY\",\"multiplier\":10,"
                            + "\"startInSeconds\":30,\"durationSeconds\":60}");
            JsonNode surge = KisRestClient.json(posted);

            assertThat(posted.statusCode()).isEqualTo(200);
            assertThat(surge.get("id").asLong()).isEqualTo(2);
            assertThat(surge.get("symbol").asText()).isEqualTo("000660");
            assertThat(surge.get("kind").asText()).isEqualTo("VELOCITY");
            assertThat(surge.get("multiplier").asDouble()).isEqualTo(10.0);
            assertThat(surge.get("start").asText()).isEqualTo("2026-07-22T01:00:30Z");
            assertThat(surge.get("end").asText()).isEqualTo("2026-07-22T01:01:30Z");
            assertThat(surge.get("state").asText()).isEqualTo("SCHEDULED");

            clock.advance(Duration.ofSeconds(45));
            JsonNode listed = KisRestClient.json(client.exchange("GET", KisRestClient.SURGES, null));
            assertThat(listed.get("now").asText()).isEqualTo("2026-07-22T01:00:45Z");
            assertThat(listed.get("surges")).hasSize(2);
            assertThat(listed.get("surges").get(0).get("symbol").asText()).isEqualTo("005930");
            assertThat(listed.get("surges").get(0).get("start").asText()).isEqualTo("2026-07-22T01:10:00Z");
            assertThat(listed.get("surges").get(0).get("state").asText()).isEqualTo("SCHEDULED");
            assertThat(listed.get("surges").get(1).get("state").asText()).isEqualTo("ACTIVE");

            clock.advance(Duration.ofMinutes(1));
            assertThat(sandbox.surges().state(sandbox.surges().list().get(1)).name())
                    .isEqualTo("ENDED");
            JsonNode cleared = KisRestClient.json(client.exchange("DELETE", KisRestClient.SURGES, null));
            assertThat(cleared.get("surges")).isEmpty();
            assertThat(sandbox.surges().list()).isEmpty();
        }
    }

    @Test
    void shouldRefuseBodiesItCannotApplyAndScheduleNothing() throws IOException {
        try (KisSandbox sandbox = start(new MutableClock(START))) {
            KisRestClient client = new KisRestClient(sandbox.restBaseUrl());
            List<String> bad = List.of(
                    "{\"symbol\":\"999999\",\"kind\":\"VOLUME\",\"multiplier\":2,\"durationSeconds\":60}",
                    "{\"symbol\":\"005930\",\"kind\":\"SPIKE\",\"multiplier\":2,\"durationSeconds\":60}",
                    "{\"symbol\":\"005930\",\"kind\":\"VOLUME\",\"multiplier\":0,\"durationSeconds\":60}",
                    "{\"symbol\":\"005930\",\"kind\":\"VOLUME\",\"multiplier\":101,\"durationSeconds\":60}",
                    "{\"symbol\":\"005930\",\"kind\":\"VOLUME\",\"multiplier\":2}",
                    "{\"symbol\":\"005930\",\"kind\":\"VOLUME\",\"multiplier\":2,\"durationSeconds\":60,\"x\":1}",
                    "{\"symbol\":\"005930\",\"kind\":\"VOLUME\",\"multiplier\":2,\"durationSeconds\":60,"
                            + "\"startInSeconds\":-1}",
                    "[]");
            for (String body : bad) {
                HttpResponse<String> refused = client.post(KisRestClient.SURGES, body);
                assertThat(refused.statusCode()).as(body).isEqualTo(400);
                assertThat(KisRestClient.json(refused).get("msg_cd").asText()).isEqualTo("SBXF0001");
            }
            assertThat(sandbox.surges().list()).hasSize(1);
        }
    }
}
