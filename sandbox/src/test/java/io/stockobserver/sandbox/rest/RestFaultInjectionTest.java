package io.stockobserver.sandbox.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.stockobserver.sandbox.KisRestClient;
import io.stockobserver.sandbox.KisSandbox;
import io.stockobserver.sandbox.SandboxOptions;
import io.stockobserver.sandbox.fault.FaultSettings;
import java.io.IOException;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class RestFaultInjectionTest {

    private static final String KOSPI_MASTER = "/common/master/kospi_code.mst.zip";

    private static KisSandbox sandbox;
    private static KisRestClient client;
    private static String token;

    @BeforeAll
    static void start() throws IOException {
        sandbox = KisSandbox.start(SandboxOptions.builder()
                .symbolCount(30)
                .restCallsPerSecond(1_000)
                .build());
        client = new KisRestClient(sandbox.restBaseUrl());
        token = client.accessToken(KisRestClient.APPKEY);
    }

    @AfterEach
    void clearFaults() {
        sandbox.faults().clear();
    }

    @AfterAll
    static void stop() {
        sandbox.close();
    }

    @Test
    void shouldRefuseABurstWithEgw00201AndThenAnswerNormally() {
        long refusalsBefore = sandbox.stats().rateLimitRefusals();
        long injectedBefore = sandbox.stats().injectedRateLimitRefusals();
        sandbox.faults().rateLimitBurst(3);

        for (int call = 0; call < 3; call++) {
            HttpResponse<String> refused = client.inquirePrice(token, "005930");
            assertThat(refused.statusCode()).isEqualTo(500);
            assertThat(refused.body())
                    .isEqualTo("{\"rt_cd\":\"1\",\"msg_cd\":\"EGW00201\",\"msg1\":\"초당 거래건수를 초과하였습니다.\"}");
        }
        assertThat(client.inquirePrice(token, "005930").statusCode()).isEqualTo(200);
        assertThat(sandbox.stats().rateLimitRefusals()).isEqualTo(refusalsBefore + 3);
        assertThat(sandbox.stats().injectedRateLimitRefusals()).isEqualTo(injectedBefore + 3);
        assertThat(sandbox.faults().state().rateLimitBurst()).isZero();
    }

    @Test
    void shouldRefuseABurstSetThroughTheAdminEndpoint() {
        HttpResponse<String> set = client.exchange("POST", KisRestClient.FAULTS, "{\"rateLimitBurst\":2}");

        assertThat(set.statusCode()).isEqualTo(200);
        assertThat(KisRestClient.json(set).get("rateLimitBurst").asInt()).isEqualTo(2);
        assertThat(client.multiPrice(token, KisRestClient.APPKEY, List.of("005930"))
                        .body())
                .contains("EGW00201");
        assertThat(client.inquirePrice(token, "005930").body()).contains("EGW00201");
        assertThat(client.inquirePrice(token, "005930").statusCode()).isEqualTo(200);
    }

    @Test
    void shouldFailCallsWithAnHtmlServerErrorAndThenAnswerNormally() {
        long before = sandbox.stats().injectedServerErrors();
        sandbox.faults().serverErrors(2);

        for (int call = 0; call < 2; call++) {
            HttpResponse<String> failed = client.inquirePrice(token, "005930");
            assertThat(failed.statusCode()).isEqualTo(500);
            assertThat(failed.headers().firstValue("content-type"))
                    .hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
            assertThat(failed.body()).startsWith("<html>").doesNotContain("msg_cd", "rt_cd");
        }
        assertThat(client.inquirePrice(token, "005930").statusCode()).isEqualTo(200);
        assertThat(sandbox.stats().injectedServerErrors()).isEqualTo(before + 2);
    }

    @Test
    void shouldFailCallsSetThroughTheAdminEndpoint() {
        client.exchange("POST", KisRestClient.FAULTS, "{\"serverErrors\":1}");

        assertThat(client.inquirePrice(token, "005930").body()).startsWith("<html>");
        assertThat(client.inquirePrice(token, "005930").statusCode()).isEqualTo(200);
    }

    @Test
    void shouldDelayCallsByAtLeastTheInjectedTime() {
        long before = sandbox.stats().injectedSlowResponses();
        sandbox.faults().slowResponses(1, Duration.ofMillis(400));

        long start = System.nanoTime();
        HttpResponse<String> slow = client.inquirePrice(token, "005930");
        long elapsedMillis = (System.nanoTime() - start) / 1_000_000;

        assertThat(slow.statusCode()).isEqualTo(200);
        assertThat(elapsedMillis).isGreaterThanOrEqualTo(400);
        assertThat(sandbox.stats().injectedSlowResponses()).isEqualTo(before + 1);
        assertThat(sandbox.faults().state().slowResponses()).isZero();
    }

    @Test
    void shouldDelayCallsSetThroughTheAdminEndpoint() {
        HttpResponse<String> set =
                client.exchange("POST", KisRestClient.FAULTS, "{\"slowResponses\":1,\"slowMillis\":300}");
        assertThat(KisRestClient.json(set).get("slowMillis").asLong()).isEqualTo(300);

        long start = System.nanoTime();
        HttpResponse<String> slow = client.chkHoliday(token, KisRestClient.APPKEY, "20260701");
        long elapsedMillis = (System.nanoTime() - start) / 1_000_000;

        assertThat(slow.statusCode()).isEqualTo(200);
        assertThat(elapsedMillis).isGreaterThanOrEqualTo(300);
    }

    @Test
    void shouldAnswerMasterDownloadsWith503WhileUnavailable() {
        long before = sandbox.stats().injectedMasterFileFailures();
        sandbox.faults().unavailableMasterFiles(true);
        HttpResponse<byte[]> viaApi = client.download(KOSPI_MASTER);
        sandbox.faults().unavailableMasterFiles(false);
        client.exchange("POST", KisRestClient.FAULTS, "{\"unavailableMasterFiles\":true}");
        HttpResponse<byte[]> viaAdmin = client.download("/common/master/kosdaq_code.mst.zip");
        client.exchange("DELETE", KisRestClient.FAULTS, null);

        assertThat(viaApi.statusCode()).isEqualTo(503);
        assertThat(viaAdmin.statusCode()).isEqualTo(503);
        assertThat(client.download(KOSPI_MASTER).statusCode()).isEqualTo(200);
        assertThat(sandbox.stats().injectedMasterFileFailures()).isEqualTo(before + 2);
    }

    @Test
    void shouldAnswerChkHolidayWith500WhileUnavailable() {
        long before = sandbox.stats().injectedHolidayFailures();
        sandbox.faults().unavailableHoliday(true);
        HttpResponse<String> viaApi = client.chkHoliday(token, KisRestClient.APPKEY, "20260701");
        HttpResponse<String> priceMeanwhile = client.inquirePrice(token, "005930");
        sandbox.faults().clear();
        client.exchange("POST", KisRestClient.FAULTS, "{\"unavailableHoliday\":true}");
        HttpResponse<String> viaAdmin = client.chkHoliday(token, KisRestClient.APPKEY, "20260701");
        client.exchange("POST", KisRestClient.FAULTS, "{\"unavailableHoliday\":false}");

        assertThat(viaApi.statusCode()).isEqualTo(500);
        assertThat(viaAdmin.statusCode()).isEqualTo(500);
        assertThat(viaAdmin.body()).doesNotContain("msg_cd");
        assertThat(priceMeanwhile.statusCode()).isEqualTo(200);
        assertThat(client.chkHoliday(token, KisRestClient.APPKEY, "20260701").statusCode())
                .isEqualTo(200);
        assertThat(sandbox.stats().injectedHolidayFailures()).isEqualTo(before + 2);
    }

    @Test
    void shouldReportClearAndValidateFaultsAtTheAdminEndpoint() {
        sandbox.faults().rateLimitBurst(5).unavailableHoliday(true);

        JsonNode state = KisRestClient.json(client.exchange("GET", KisRestClient.FAULTS, null));
        assertThat(state.get("rateLimitBurst").asInt()).isEqualTo(5);
        assertThat(state.get("unavailableHoliday").asBoolean()).isTrue();
        assertThat(state.get("serverErrors").asInt()).isZero();

        JsonNode cleared = KisRestClient.json(client.exchange("DELETE", KisRestClient.FAULTS, null));
        assertThat(cleared.get("rateLimitBurst").asInt()).isZero();
        assertThat(sandbox.faults().state()).isEqualTo(FaultSettings.NONE);

        for (String bad : new String[] {"[1]", "{\"bogus\":1}", "{\"serverErrors\":-1}", "{\"slowResponses\":1}"}) {
            HttpResponse<String> refused = client.exchange("POST", KisRestClient.FAULTS, bad);
            assertThat(refused.statusCode()).as(bad).isEqualTo(400);
            assertThat(KisRestClient.json(refused).get("msg_cd").asText()).isEqualTo("SBXF0001");
        }
        assertThat(sandbox.faults().state()).isEqualTo(FaultSettings.NONE);
    }

    @Test
    void shouldNotOfferTheAdminEndpointOffLoopback() throws IOException {
        Optional<InetAddress> external = nonLoopbackAddress();
        Assumptions.assumeTrue(external.isPresent(), "this machine has no non-loopback address to bind");
        try (KisSandbox exposed = KisSandbox.start(SandboxOptions.builder()
                .symbolCount(10)
                .bindAddress(external.get().getHostAddress())
                .build())) {
            HttpResponse<String> response =
                    new KisRestClient(exposed.restBaseUrl()).exchange("GET", KisRestClient.FAULTS, null);

            assertThat(response.statusCode()).isEqualTo(404);
            assertThat(exposed.faults().rateLimitBurst(1).state().rateLimitBurst())
                    .isEqualTo(1);
        }
    }

    private static Optional<InetAddress> nonLoopbackAddress() throws SocketException {
        return NetworkInterface.networkInterfaces()
                .flatMap(NetworkInterface::inetAddresses)
                .filter(address -> !address.isLoopbackAddress() && !address.isLinkLocalAddress())
                .filter(address -> address.getAddress().length == 4)
                .findFirst();
    }
}
