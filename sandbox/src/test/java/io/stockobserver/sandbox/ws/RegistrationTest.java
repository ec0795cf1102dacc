package io.stockobserver.sandbox.ws;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.stockobserver.sandbox.KisRestClient;
import io.stockobserver.sandbox.KisSandbox;
import io.stockobserver.sandbox.KisWsClient;
import io.stockobserver.sandbox.SandboxOptions;
import io.stockobserver.sandbox.market.SymbolInfo;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class RegistrationTest {

    private static final AtomicInteger APPKEYS = new AtomicInteger();

    private static KisSandbox sandbox;
    private static KisRestClient rest;

    @BeforeAll
    static void start() throws IOException {
        sandbox = KisSandbox.start(SandboxOptions.builder()
                .symbolCount(100)
                .approvalMinInterval(Duration.ZERO)
                .build());
        rest = new KisRestClient(sandbox.restBaseUrl());
    }

    @AfterAll
    static void stop() {
        sandbox.close();
    }

    private static String newApprovalKey() {
        return rest.approvalKey("PSregistration" + APPKEYS.incrementAndGet());
    }

    @Test
    void shouldAcknowledgeASubscriptionInTheKisShape() {
        try (KisWsClient client = KisWsClient.connect(sandbox.wsUrl().resolve("/tryitout/H0STCNT0"))) {
            client.subscribe(newApprovalKey(), "H0STCNT0", "005930");
            JsonNode ack = client.awaitControl("OPSP0000");

            assertThat(ack.get("header").toString())
                    .isEqualTo("{\"tr_id\":\"H0STCNT0\",\"tr_key\":\"005930\",\"encrypt\":\"N\"}");
            JsonNode body = ack.get("body");
            assertThat(names(body)).containsExactly("rt_cd", "msg_cd", "msg1", "output");
            assertThat(body.get("rt_cd").asText()).isEqualTo("0");
            assertThat(body.get("msg1").asText()).isEqualTo("SUBSCRIBE SUCCESS");
            assertThat(body.get("output").get("iv").asText()).matches("[0-9a-f]{16}");
            assertThat(body.get("output").get("key").asText()).matches("[a-z]{32}");
        }
    }

    @Test
    void shouldRefuseTheFortySecondRegistration() {
        List<String> codes = sandbox.market().symbols().stream()
                .map(SymbolInfo::code)
                .limit(21)
                .toList();
        String key = newApprovalKey();
        try (KisWsClient client = KisWsClient.connect(sandbox.wsUrl())) {
            List<String[]> registrations = new ArrayList<>();
            for (String code : codes) {
                registrations.add(new String[] {"H0STCNT0", code});
                registrations.add(new String[] {"H0STASP0", code});
            }
            for (String[] registration : registrations.subList(0, 41)) {
                client.subscribe(key, registration[0], registration[1]);
            }
            client.awaitControls("OPSP0000", 41);
            String[] last = registrations.get(41);
            client.subscribe(key, last[0], last[1]);
            JsonNode refusal = client.awaitControl("OPSP0008");

            assertThat(refusal.get("header").get("tr_key").asText()).isEqualTo(last[1]);
            assertThat(refusal.get("body").get("rt_cd").asText()).isEqualTo("1");
            assertThat(refusal.get("body").get("msg1").asText()).isEqualTo("MAX SUBSCRIBE OVER");
            client.unsubscribe(key, "H0STCNT0", codes.get(0));
            client.awaitControl("OPSP0001");
            client.subscribe(key, last[0], last[1]);
            client.awaitControls("OPSP0000", 42);
            assertThat(client.controls().stream()
                            .filter(node ->
                                    node.path("body").path("msg_cd").asText().equals("OPSP0008")))
                    .as("a freed slot takes the refused registration")
                    .hasSize(1);
        }
    }

    @Test
    void shouldAnswerADuplicateRegistrationWithOpsp0002() {
        String key = newApprovalKey();
        try (KisWsClient client = KisWsClient.connect(sandbox.wsUrl())) {
            client.subscribe(key, "H0STCNT0", "000660");
            client.awaitControl("OPSP0000");
            client.subscribe(key, "H0STCNT0", "000660");
            JsonNode duplicate = client.awaitControl("OPSP0002");

            assertThat(duplicate.get("body").get("rt_cd").asText()).isEqualTo("1");
            assertThat(duplicate.get("body").get("msg1").asText()).isEqualTo("ALREADY IN SUBSCRIBE");
            assertThat(duplicate.get("header").get("tr_id").asText()).isEqualTo("H0STCNT0");
        }
    }

    @Test
    void shouldUnsubscribeAndAnswerAnUnknownUnsubscribeWithOpsp0003() {
        String key = newApprovalKey();
        try (KisWsClient client = KisWsClient.connect(sandbox.wsUrl())) {
            client.subscribe(key, "H0STASP0", "035720");
            client.awaitControl("OPSP0000");
            client.unsubscribe(key, "H0STASP0", "035720");
            JsonNode unsubscribed = client.awaitControl("OPSP0001");
            client.unsubscribe(key, "H0STASP0", "035720");
            JsonNode unknown = client.awaitControl("OPSP0003");

            assertThat(unsubscribed.get("body").get("rt_cd").asText()).isEqualTo("0");
            assertThat(unsubscribed.get("body").get("msg1").asText()).isEqualTo("UNSUBSCRIBE SUCCESS");
            assertThat(unknown.get("body").get("rt_cd").asText()).isEqualTo("1");
            assertThat(unknown.get("body").get("msg1").asText()).isEqualTo("UNSUBSCRIBE ERROR(not found!)");
        }
    }

    @Test
    void shouldRefuseAnUnknownApprovalKeyWithOpsp0011() {
        try (KisWsClient client = KisWsClient.connect(sandbox.wsUrl())) {
            client.subscribe("00000000-0000-0000-0000-000000000000", "H0STCNT0", "005930");
            JsonNode refusal = client.awaitControl("OPSP0011");

            assertThat(refusal.get("body").get("rt_cd").asText()).isEqualTo("1");
            assertThat(refusal.get("body").get("msg1").asText())
                    .isEqualTo("invalid approval : 00000000-0000-0000-0000-000000000000");
        }
    }

    @Test
    void shouldRefuseASecondSessionOfTheSameAppkeyWithOpsp8996AndCloseIt() {
        String appkey = "PSsecondSession";
        String firstKey = rest.approvalKey(appkey);
        String secondKey = rest.approvalKey(appkey);
        try (KisWsClient first = KisWsClient.connect(sandbox.wsUrl());
                KisWsClient second = KisWsClient.connect(sandbox.wsUrl())) {
            first.subscribe(firstKey, "H0STCNT0", "005930");
            first.awaitControl("OPSP0000");
            second.subscribe(secondKey, "H0STCNT0", "000660");
            JsonNode refusal = second.awaitControl("OPSP8996");

            assertThat(refusal.toString())
                    .isEqualTo("{\"header\":{\"tr_id\":\"(null)\",\"tr_key\":\"\",\"encrypt\":\"N\"},"
                            + "\"body\":{\"rt_cd\":\"9\",\"msg_cd\":\"OPSP8996\",\"msg1\":\"ALREADY IN USE appkey\"}}");
            second.awaitClose();
            first.close();
        }
        Awaitility.await()
                .atMost(Duration.ofSeconds(5))
                .until(() -> sandbox.stats().wsSessionsOpen() == 0);
        try (KisWsClient third = KisWsClient.connect(sandbox.wsUrl())) {
            third.subscribe(firstKey, "H0STCNT0", "005930");
            third.awaitControl("OPSP0000");
        }
    }

    @Test
    void shouldAnswerMalformedRequestsWithAJsonParsingError() {
        try (KisWsClient client = KisWsClient.connect(sandbox.wsUrl())) {
            client.send("this is not json");
            client.send(KisWsClient.request(newApprovalKey(), "1", "H0STCNT0", "5930"));
            List<JsonNode> errors = client.awaitControls("SBXW0001", 2);

            assertThat(errors.get(0).get("body").get("rt_cd").asText()).isEqualTo("9");
            assertThat(errors.get(0).get("body").get("msg1").asText())
                    .isEqualTo("JSON PARSING ERROR : header not found");
            assertThat(errors.get(1).get("body").get("msg1").asText()).isEqualTo("JSON PARSING ERROR : invalid tr_key");
        }
    }

    @Test
    void shouldRefuseATrTheSandboxDoesNotSimulate() {
        try (KisWsClient client = KisWsClient.connect(sandbox.wsUrl())) {
            client.subscribe(newApprovalKey(), "H0STCNI0", "hts-id");
            JsonNode refusal = client.awaitControl("SBXW0002");

            assertThat(refusal.get("body").get("rt_cd").asText()).isEqualTo("1");
            assertThat(refusal.get("body").get("msg1").asText()).contains("H0STCNI0");
        }
    }

    private static List<String> names(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
