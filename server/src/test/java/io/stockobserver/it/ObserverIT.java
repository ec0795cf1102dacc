package io.stockobserver.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The WAR on a real Open Liberty (started by liberty-maven-plugin before this runs) collecting from its embedded
 * KIS sandbox over real sockets. Settings come from the "it" profile of server/pom.xml: the whole sandbox universe
 * for Track A every 10 s, 42 scalp symbols (one more than KIS allows), a canary appkey/appsecret.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ObserverIT {
    static final String[] COMMON_META = {
        "schema_version",
        "event_time",
        "receive_time",
        "session_id",
        "mitigation_level",
        "quality_flag",
        "raw_ref",
        "provider",
        "market",
        "symbol",
        "track"
    };
    /** base64url of {"typ":"JWT","alg":"HS512"}: the start of every KIS (and sandbox) access token. */
    static final String TOKEN_PREFIX = "eyJ0eXAiOiJKV1QiLCJhbGciOiJIUzUxMiJ9";

    static final ObjectMapper JSON = new ObjectMapper();
    static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    static final String BASE = "http://localhost:" + System.getProperty("it.http.port", "9080");
    static final Path DATA = Path.of(System.getProperty("it.data.dir", "target/it-data"));
    static final Path WLP = Path.of(System.getProperty("it.wlp.dir", "target/liberty/wlp"));
    static final String SERVER = System.getProperty("it.server.name", "observer");
    static final List<String> SYMBOLS =
            Arrays.asList(System.getProperty("it.symbols", "").split(","));

    static HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return HTTP.send(
                HttpRequest.newBuilder(URI.create(BASE + path))
                        .timeout(Duration.ofSeconds(10))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    static void awaitReady(Duration timeout) {
        await().atMost(timeout)
                .pollInterval(Duration.ofMillis(500))
                .ignoreExceptions()
                .until(() -> get("/health/ready").statusCode() == 200);
    }

    static List<Path> files(String area, String suffix) throws IOException {
        Path dir = DATA.resolve(area);
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(p -> p.toString().endsWith(suffix)).sorted().toList();
        }
    }

    static List<JsonNode> lines(List<Path> files) throws IOException {
        List<JsonNode> out = new ArrayList<>();
        for (Path f : files) {
            for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
                out.add(JSON.readTree(line));
            }
        }
        return out;
    }

    static List<JsonNode> events() throws IOException {
        return lines(files("system/events", ".jsonl"));
    }

    @Test
    @Order(1)
    void shouldBecomeReadyAgainstTheEmbeddedSandbox() throws Exception {
        awaitReady(Duration.ofSeconds(120));
        JsonNode health = JSON.readTree(get("/health").body());
        assertThat(health.get("status").asText()).isEqualTo("UP");
        assertThat(health.toString()).contains("archive", "kis-session", "archive-writer", "observer-startup");
    }

    @Test
    @Order(2)
    void shouldFillSwingAndScalpFilesWithRecordsCarryingEveryCommonMetaField() throws Exception {
        await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofSeconds(1))
                .until(() -> lines(files("swing/kis/kr_stocks", ".jsonl")).size() >= 42
                        && lines(files("scalp/kis/kr_stocks", ".jsonl")).size() >= 200);

        for (String area : List.of("swing/kis/kr_stocks", "scalp/kis/kr_stocks")) {
            List<JsonNode> records = lines(files(area, ".jsonl"));
            for (JsonNode r : records) {
                for (String field : COMMON_META) {
                    assertThat(r.has(field))
                            .as("%s record lacks %s: %s", area, field, r)
                            .isTrue();
                }
                assertThat(r.get("last_price").asLong()).isPositive();
                assertThat(r.get("receive_time").asText())
                        .matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{6}Z");
            }
        }
        List<JsonNode> scalp = lines(files("scalp/kis/kr_stocks", ".jsonl"));
        assertThat(scalp).allSatisfy(r -> {
            assertThat(r.get("track").asText()).isEqualTo("scalp");
            assertThat(r.has("sample_time")).isTrue();
            assertThat(r.get("raw_ref").asText()).matches("raw/kis/\\d{8}/\\d\\d_\\d\\d_\\d\\d\\.raw:\\d+");
        });
        // the raw reference points at the very line that carried the input
        JsonNode last = scalp.get(scalp.size() - 1);
        String[] ref = last.get("raw_ref").asText().split(":");
        List<String> raw = Files.readAllLines(DATA.resolve(ref[0]));
        JsonNode rawLine = JSON.readTree(raw.get(Integer.parseInt(ref[1]) - 1));
        assertThat(rawLine.get("channel").asText()).isEqualTo("ws");
        assertThat(rawLine.get("payload").asText()).contains(last.get("symbol").asText());
        assertThat(lines(files("swing/kis/kr_stocks", ".jsonl")))
                .allSatisfy(r -> assertThat(r.get("raw_ref").asText()).startsWith("raw/kis/"));
        // a whole swing cycle over the day's universe (the sandbox's master files): every member archived once
        JsonNode universe = JSON.readTree(get("/api/universe").body());
        assertThat(universe.get("source").asText()).isEqualTo("kis_master");
        assertThat(universe.get("degraded").asBoolean()).isFalse();
        List<String> members = new ArrayList<>();
        universe.get("members").forEach(m -> members.add(m.get("symbol").asText()));
        assertThat(members).hasSizeGreaterThan(1_000);
        assertThat(universe.at("/counts/considered").asInt()).isGreaterThanOrEqualTo(2_500);
        await().atMost(Duration.ofSeconds(60)).until(() -> events().stream()
                .anyMatch(e -> e.get("event_type").asText().equals("swing_cycle_completed")));
        JsonNode cycle = events().stream()
                .filter(e -> e.get("event_type").asText().equals("swing_cycle_completed"))
                .findFirst()
                .orElseThrow();
        assertThat(cycle.get("attempted").asInt()).isEqualTo(members.size());
        assertThat(cycle.get("failed").asInt()).isZero();
        assertThat(cycle.get("endpoint").asText()).isEqualTo("intstock-multprice");
        assertThat(cycle.get("rest_calls").asInt()).isEqualTo((members.size() + 29) / 30);
        List<String> ofCycle = lines(files("swing/kis/kr_stocks", ".jsonl")).stream()
                .filter(r ->
                        r.get("cycle_id").asText().equals(cycle.get("cycle_id").asText()))
                .map(r -> r.get("symbol").asText())
                .toList();
        assertThat(ofCycle).hasSize(members.size()).containsExactlyInAnyOrderElementsOf(members);
        JsonNode swingApi = JSON.readTree(get("/api/tracks/swing").body());
        assertThat(swingApi.get("cycles").get(0).get("completeness").asDouble()).isEqualTo(1.0);
        assertThat(get("/openapi").body()).contains("/api/universe", "/api/tracks/swing");
    }

    @Test
    @Order(3)
    void shouldReportTheFortySecondRegistrationAsRefused() throws Exception {
        String fortySecond = SYMBOLS.get(41);
        await().atMost(Duration.ofSeconds(30)).until(() -> events().stream()
                .anyMatch(e -> e.get("event_type").asText().equals("subscription_refused")
                        && e.get("msg_cd").asText().equals("OPSP0008")));
        JsonNode status = JSON.readTree(get("/api/status").body());
        assertThat(status.at("/scalp/subscribed")).hasSize(41);
        assertThat(status.at("/scalp/refused").toString()).contains(fortySecond);
        assertThat(get("/metrics").body()).contains("observer_ws_refused");
        JsonNode slots = JSON.readTree(get("/api/slots").body());
        assertThat(slots.get("capacity").asInt()).isEqualTo(41);
        assertThat(slots.get("registrations_used").asInt()).isEqualTo(41);
        assertThat(slots.get("hz").asDouble()).isEqualTo(2.0);
        assertThat(slots.get("slots")).hasSize(42);
        assertThat(slots.get("slots").get(41).get("refused").asBoolean()).isTrue();
    }

    @Test
    @Order(5)
    void shouldExposePrometheusMetricsForRecordsQueueAndLatency() throws Exception {
        await().atMost(Duration.ofSeconds(30))
                .until(() -> get("/metrics").body().contains("observer_records_durable{"));
        String metrics = get("/metrics").body();
        assertThat(metrics)
                .contains(
                        "observer_records_durable{",
                        "observer_writer_queue_depth",
                        "observer_durable_latency_p99_seconds",
                        "observer_rest_calls");
    }

    @Test
    @Order(4)
    void shouldCompleteTheCycleOrLeaveGapMarkersForExactlyTheMissedSymbolsUnderVenueFaults() throws Exception {
        String sandbox =
                JSON.readTree(get("/api/status").body()).get("sandbox_rest_url").asText();
        int before = (int) events().stream()
                .filter(e -> e.get("event_type").asText().equals("swing_cycle_completed"))
                .count();
        HttpResponse<String> injected = HTTP.send(
                HttpRequest.newBuilder(URI.create(sandbox + "/sandbox/faults"))
                        .POST(HttpRequest.BodyPublishers.ofString(
                                "{\"rateLimitBurst\":3,\"serverErrors\":6,\"slowResponses\":5,\"slowMillis\":300}"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(injected.statusCode()).isEqualTo(200);

        await().atMost(Duration.ofSeconds(60))
                .until(() -> events().stream()
                                .filter(e -> e.get("event_type").asText().equals("swing_cycle_completed"))
                                .count()
                        > before);
        JsonNode cycle = events().stream()
                .filter(e -> e.get("event_type").asText().equals("swing_cycle_completed"))
                .skip(before)
                .findFirst()
                .orElseThrow();
        String id = cycle.get("cycle_id").asText();
        List<String> archived = lines(files("swing/kis/kr_stocks", ".jsonl")).stream()
                .filter(r -> r.get("cycle_id").asText().equals(id))
                .map(r -> r.get("symbol").asText())
                .toList();
        List<String> gapped = events().stream()
                .filter(e -> e.get("event_type").asText().equals("gap_marker")
                        && e.has("cycle_id")
                        && e.get("cycle_id").asText().equals(id))
                .map(e -> e.get("symbol").asText())
                .toList();
        assertThat(archived.size() + gapped.size())
                .isEqualTo(cycle.get("attempted").asInt());
        assertThat(archived).doesNotContainAnyElementsOf(gapped);
        assertThat(gapped).hasSize(cycle.get("failed").asInt());
        JsonNode status = JSON.readTree(get("/api/status").body());
        assertThat(status.at("/rest/rate_limit_hits").asInt()).isGreaterThanOrEqualTo(3);
        assertThat(status.at("/rest/retries").asInt()).isGreaterThanOrEqualTo(6); // how faults spread over calls varies
    }

    @Test
    @Order(6)
    void shouldKeepAppKeySecretAndTokenOutOfLogsAndArchive() throws Exception {
        String key = System.getProperty("it.app.key");
        String secret = System.getProperty("it.app.secret");
        assertThat(key).isNotBlank();
        List<Path> scanned = new ArrayList<>();
        try (Stream<Path> s = Stream.concat(
                Files.walk(DATA),
                Files.walk(WLP.resolve("usr/servers").resolve(SERVER).resolve("logs")))) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                String text = new String(Files.readAllBytes(p), StandardCharsets.UTF_8);
                assertThat(text).as(p.toString()).doesNotContain(key, secret, TOKEN_PREFIX);
                scanned.add(p);
            }
        }
        assertThat(scanned).anyMatch(p -> p.toString().endsWith("messages.log"));
        assertThat(scanned).anyMatch(p -> p.toString().contains("/raw/"));
    }

    @Test
    @Order(7)
    void shouldRepairATornLineAndRecordTheDowntimeAfterKillDashNine() throws Exception {
        Path pidFile = WLP.resolve("usr/servers/.pid/" + SERVER + ".pid");
        assertThat(pidFile).exists();
        long pid = Long.parseLong(Files.readString(pidFile).trim());
        Instant killedAt = Instant.now();
        Process kill =
                new ProcessBuilder("kill", "-9", Long.toString(pid)).inheritIO().start();
        assertThat(kill.waitFor()).isZero();
        await().atMost(Duration.ofSeconds(30)).until(() -> ProcessHandle.of(pid).isEmpty());

        // a kill can land between write() calls; make the torn tail certain rather than lucky
        Path scalpFile = files("scalp/kis/kr_stocks", ".jsonl")
                .get(files("scalp/kis/kr_stocks", ".jsonl").size() - 1);
        String torn = "{\"schema_version\":\"1.0\",\"event_time\":\"2026-";
        Files.writeString(scalpFile, torn, StandardOpenOption.APPEND);

        Process start = new ProcessBuilder(WLP.resolve("bin/server").toString(), "start", SERVER)
                .inheritIO()
                .start();
        assertThat(start.waitFor()).isZero();
        awaitReady(Duration.ofSeconds(150));

        for (Path f : files("", ".jsonl")) {
            if (f.startsWith(DATA.resolve("quarantine"))) {
                continue;
            }
            byte[] bytes = Files.readAllBytes(f);
            assertThat(bytes.length == 0 || bytes[bytes.length - 1] == '\n')
                    .as("torn tail left in " + f)
                    .isTrue();
        }
        List<Path> quarantined = files("quarantine", ".torn");
        assertThat(quarantined).isNotEmpty();
        assertThat(quarantined.stream().map(ObserverIT::read)).anyMatch(t -> t.endsWith(torn));

        await().atMost(Duration.ofSeconds(30)).until(() -> events().stream()
                .anyMatch(e -> e.get("event_type").asText().equals("gap_marker")
                        && e.get("reason").asText().equals("process_restart")));
        JsonNode gap = events().stream()
                .filter(e -> e.get("event_type").asText().equals("gap_marker")
                        && e.get("reason").asText().equals("process_restart"))
                .findFirst()
                .orElseThrow();
        assertThat(gap.get("scope").asText()).isEqualTo("all");
        assertThat(Instant.parse(gap.get("gap_start_ts").asText())).isBefore(killedAt.plusSeconds(1));
        assertThat(Instant.parse(gap.get("gap_end_ts").asText())).isAfter(killedAt);
        assertThat(gap.get("gap_seconds").asLong()).isPositive();
        for (String f : new String[] {"gap_start_ts", "gap_end_ts", "gap_seconds", "scope", "reason", "session_id"}) {
            assertThat(gap.has(f)).as(f).isTrue();
        }
        JsonNode gapsApi = JSON.readTree(get("/api/gaps").body());
        assertThat(gapsApi.get("gaps").toString()).contains("process_restart");
        assertThat(get("/api/gaps?date=2026-07-24").statusCode()).isEqualTo(400);
        // the day's universe is fixed: the restarted server loaded the same file instead of building anew
        await().atMost(Duration.ofSeconds(30)).until(() -> events().stream()
                .anyMatch(e -> e.get("event_type").asText().equals("universe_ready")
                        && e.get("how").asText().equals("loaded")));
        // and collection resumed after the restart
        long before = lines(files("scalp/kis/kr_stocks", ".jsonl")).size();
        await().atMost(Duration.ofSeconds(30))
                .until(() -> lines(files("scalp/kis/kr_stocks", ".jsonl")).size() > before);
    }

    @Test
    @Order(8)
    void shouldRunTrackAAtThePaperVenuesOwnLimitAndSayWhenItCannotKeepUp() throws Exception {
        Path env = WLP.resolve("usr/servers").resolve(SERVER).resolve("server.env");
        String twenty = String.join(",", SYMBOLS.subList(0, 20));
        Files.writeString(
                env, "SANDBOX_VENUE_PROFILE=paper\nOBSERVER_SYMBOLS=" + twenty + "\n", StandardOpenOption.APPEND);
        run(WLP.resolve("bin/server").toString(), "stop", SERVER);
        run(WLP.resolve("bin/server").toString(), "start", SERVER);
        awaitReady(Duration.ofSeconds(150));
        JsonNode status = JSON.readTree(get("/api/status").body());
        assertThat(status.get("kis_env").asText()).isEqualTo("paper");
        String session = status.get("session_id").asText();
        List<String> members = new ArrayList<>();
        JSON.readTree(get("/api/universe").body())
                .get("members")
                .forEach(m -> members.add(m.get("symbol").asText()));
        int n = (int) SYMBOLS.subList(0, 20).stream().filter(members::contains).count();
        assertThat(n).isGreaterThan(10);

        // the watch list's universe members, one inquire-price each at 1 call/s, cannot fit the 10 s interval:
        // reported, and still done
        await().atMost(Duration.ofSeconds(90))
                .pollInterval(Duration.ofSeconds(1))
                .until(() -> events().stream()
                        .anyMatch(e -> e.get("session_id").asText().equals(session)
                                && e.get("event_type").asText().equals("swing_cycle_completed")));
        List<JsonNode> mine = events().stream()
                .filter(e -> e.get("session_id").asText().equals(session))
                .toList();
        JsonNode infeasible = mine.stream()
                .filter(e -> e.get("event_type").asText().equals("swing_cycle_infeasible"))
                .findFirst()
                .orElseThrow();
        assertThat(infeasible.get("rest_calls_per_second").asInt()).isEqualTo(1);
        assertThat(infeasible.get("rest_calls").asInt()).isEqualTo(n);
        JsonNode cycle = mine.stream()
                .filter(e -> e.get("event_type").asText().equals("swing_cycle_completed"))
                .findFirst()
                .orElseThrow();
        assertThat(cycle.get("endpoint").asText()).isEqualTo("inquire-price");
        assertThat(cycle.get("attempted").asInt()).isEqualTo(n);
        assertThat(cycle.get("failed").asInt()).isZero();
        assertThat(cycle.get("rest_calls").asInt()).isEqualTo(n);
        assertThat(cycle.get("duration_ms").asLong()).isGreaterThanOrEqualTo((n - 2) * 1_000L); // the venue's pace
        JsonNode swing = JSON.readTree(get("/api/tracks/swing").body());
        assertThat(swing.get("endpoint").asText()).isEqualTo("inquire-price");
        // cycles never overlap (the container holds the next timeout); the overrun is reported
        await().atMost(Duration.ofSeconds(10)).until(() -> events().stream()
                .anyMatch(e -> e.get("session_id").asText().equals(session)
                        && e.get("event_type").asText().equals("swing_cycle_slow")));
        assertThat(JSON.readTree(get("/api/status").body())
                        .at("/rest/rate_limit_hits")
                        .asInt())
                .isZero();
    }

    static void run(String... command) throws Exception {
        Process p = new ProcessBuilder(command).inheritIO().start();
        assertThat(p.waitFor()).as(String.join(" ", command)).isZero();
    }

    static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
