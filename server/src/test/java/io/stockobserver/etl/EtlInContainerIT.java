package io.stockobserver.etl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.stockobserver.batch.etl.ArchiveDayFixture;
import io.stockobserver.batch.etl.DayCounts;
import io.stockobserver.batch.etl.DayWindow;
import io.stockobserver.recorder.ArchiveService;
import jakarta.annotation.Resource;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.Metric;
import jakarta.batch.runtime.StepExecution;
import jakarta.inject.Inject;
import java.io.File;
import java.net.URISyntaxException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@code etl-day} and the load bookkeeping inside a real Liberty (Arquillian's managed container, server
 * {@code observer-arq}): the product WAR with this class added, so the job runs in Liberty's batch container with
 * its job repository in PostgreSQL, the run-as identity of the timers, and the EclipseLink persistence unit — the
 * way the observer runs them. The day is the batch job's own test day ({@link ArchiveDayFixture}), written into the
 * server's archive.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EtlInContainerIT {
    private static final LocalDate DAY = ArchiveDayFixture.DAY;
    private static final DayWindow WINDOW = DayWindow.of("kis", "20260724", ArchiveDayFixture.SEOUL);

    /** Each table's rows of the test day: what "the same rows" is compared on (all columns but the serial id). */
    private static final Map<String, String> DAY_ROWS = new LinkedHashMap<>();

    static {
        String kst = "(%s AT TIME ZONE 'Asia/Seoul')::date = DATE '2026-07-24'";
        DAY_ROWS.put("scalp_ticks", kst.formatted("sample_time"));
        DAY_ROWS.put("swing_snapshots", kst.formatted("event_time"));
        DAY_ROWS.put("scalp_1m_bars", kst.formatted("bar_time"));
        DAY_ROWS.put("swing_bars_10m", kst.formatted("bar_time"));
        for (String t : List.of("system_events", "scalp_gaps", "overflow_ledger", "universe", "eod_prices")) {
            DAY_ROWS.put(t, "trade_date = DATE '2026-07-24'");
        }
    }

    /** Written once, by the first test, in the container (static state lives in the deployment's class loader). */
    private static ArchiveDayFixture day;

    private static Map<String, String> firstLoad;

    @Inject
    EtlTimer timer;

    @Inject
    JpaEtlLedger ledger;

    @Inject
    ArchiveService archive;

    @jakarta.ejb.EJB
    JobRepositoryView repository;

    @Resource(lookup = "jdbc/observer")
    DataSource database;

    @Deployment
    static WebArchive deployment() throws URISyntaxException {
        return ShrinkWrap.create(WebArchive.class, "observer-under-test.war")
                .merge(ShrinkWrap.createFromZipFile(WebArchive.class, new File("target/stock-observer.war")))
                .addClasses(
                        EtlInContainerIT.class,
                        JobRepositoryView.class,
                        ArchiveDayFixture.class,
                        ArchiveDayFixture.Sample.class,
                        ArchiveDayFixture.Snapshot.class)
                .addAsLibraries(
                        jarOf(org.assertj.core.api.Assertions.class),
                        jarOf(org.awaitility.Awaitility.class),
                        jarOf(org.hamcrest.Matcher.class));
    }

    private static File jarOf(Class<?> c) throws URISyntaxException {
        return new File(c.getProtectionDomain().getCodeSource().getLocation().toURI());
    }

    @Test
    @Order(1)
    void shouldLoadADayStartedUnderTheTimersRunAsIdentityIntoEveryTableAndBookItThroughJpa() throws Exception {
        // written aside, then put into the archive unless an earlier run of this test did (a rerun on the same
        // server then loads the same files again, and must give the same counts)
        java.nio.file.Path aside = java.nio.file.Files.createTempDirectory("etl-fixture");
        day = new ArchiveDayFixture(aside).scalp().swing().events().overflow().universe();
        java.nio.file.Path root = archive.layout().root();
        if (!java.nio.file.Files.exists(root.resolve("scalp/kis/kr_stocks/20260724"))) {
            copyTree(aside, root);
        }
        Long before = ledger.find("kis", DAY).map(EtlLoad::jobExecutionId).orElse(null);

        // the path a downstream sink takes to fill a hole: a timer of the run-as role submits the job
        timer.loadSoon(List.of(DAY), "in-container-test");
        EtlLoad load = awaitLoadOtherThan(before);

        assertThat(load.status()).isEqualTo(EtlLoad.COMPLETED);
        assertThat(load.linesSkipped()).isZero();
        assertThat(load.linesRead())
                .isEqualTo((long) day.scalpLines + day.swingLines + day.eventLines + day.overflowLines);
        try (Connection c = database.getConnection()) {
            assertThat(DayCounts.of(c, WINDOW)).isEqualTo(day.expectedCounts());
            // the four kinds of minute of the fixture: full at 2 Hz, full at 1 Hz, half missing, full at 0.5 Hz
            assertThat(rows(
                            c,
                            "SELECT DISTINCT coverage_ratio::text || '@' || mitigation_level FROM scalp_1m_bars"
                                    + " WHERE " + DAY_ROWS.get("scalp_1m_bars") + " ORDER BY 1"))
                    .containsExactly("0.5@0", "1@0", "1@1", "1@2");
            // what EclipseLink wrote is the row the table holds
            assertThat(rows(
                            c,
                            "SELECT status || '|' || job_execution_id || '|' || lines_read FROM etl_loads"
                                    + " WHERE provider = 'kis' AND trade_date = DATE '2026-07-24'"))
                    .containsExactly(load.status() + "|" + load.jobExecutionId() + "|" + load.linesRead());
            firstLoad = digests(c);
        }

        // Liberty's batch container ran every step, and its job repository (in this database) remembers each
        Map<String, StepExecution> steps = repository.steps(load.jobExecutionId()).stream()
                .collect(Collectors.toMap(StepExecution::getStepName, Function.identity()));
        assertThat(steps).containsOnlyKeys(EtlService.STEPS);
        assertThat(steps.values()).allMatch(s -> s.getBatchStatus() == BatchStatus.COMPLETED);
        assertThat(readCount(steps.get("scalp"))).isEqualTo(day.scalpLines);
        assertThat(repository
                        .execution(load.jobExecutionId())
                        .getJobParameters()
                        .getProperty("started_by"))
                .isEqualTo("in-container-test");
    }

    @Test
    @Order(2)
    void shouldLeaveExactlyTheSameRowsWhenTheDayIsLoadedAgain() throws Exception {
        assertThat(firstLoad).as("the first load ran").isNotNull();
        long before = ledger.find("kis", DAY).orElseThrow().jobExecutionId();

        timer.loadSoon(List.of(DAY), "in-container-test");
        EtlLoad again = awaitLoadOtherThan(before);

        assertThat(again.status()).isEqualTo(EtlLoad.COMPLETED);
        try (Connection c = database.getConnection()) {
            assertThat(digests(c)).isEqualTo(firstLoad);
        }
    }

    /**
     * With OBSERVER_BATCH_REST_API=on (this server's server.env), Liberty's batch REST API lists the loads and starts
     * one for the operator login — and for no other credential. Runs in the test JVM, over HTTPS like any client.
     */
    @Test
    @Order(3)
    @RunAsClient
    void shouldListAndStartLoadsThroughLibertysBatchRestApiForTheOperatorLoginOnly() throws Exception {
        String operator = basic("operator", System.getProperty("it.operator.password"));
        assertThat(batchApi("GET", "jobinstances", null, basic("operator", "not-the-password-1"))
                        .statusCode())
                .isEqualTo(401);
        assertThat(batchApi("GET", "jobinstances", null, basic("backup", System.getProperty("it.backup.password")))
                        .statusCode())
                .as("the backup login is not one of the batch API's")
                .isEqualTo(401);
        assertThat(batchApi("GET", "jobinstances", null, null).statusCode()).isEqualTo(401);

        // the application's own logins are untouched by the registry beside them
        assertThat(appApi("/api/status", operator)).isEqualTo(200);
        assertThat(appApi("/api/status", basic("operator", "not-the-password-1")))
                .isEqualTo(401);

        BatchAnswer list = batchApi("GET", "jobinstances", null, operator);
        assertThat(list.statusCode()).as(list.body()).isEqualTo(200);
        long etlInstances = 0;
        for (var i : JSON.readTree(list.body())) {
            if ("etl-day".equals(i.path("jobName").asText())) {
                etlInstances++;
            }
        }
        assertThat(etlInstances).as("the two loads of the tests before").isGreaterThanOrEqualTo(2);

        String start = "{\"applicationName\":\"observer-under-test\",\"moduleName\":\"observer-under-test.war\","
                + "\"jobXMLName\":\"etl-day\",\"jobParameters\":{\"day\":\"20260724\",\"provider\":\"kis\","
                + "\"started_by\":\"batch-rest-api\"}}";
        BatchAnswer started = batchApi("POST", "jobinstances", start, operator);
        assertThat(started.statusCode()).as(started.body()).isEqualTo(201);
        long instance = JSON.readTree(started.body()).path("instanceId").asLong();
        await().atMost(Duration.ofMinutes(3))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> {
                    BatchAnswer a = batchApi("GET", "jobinstances/" + instance, null, operator);
                    return a.statusCode() == 200
                            && "COMPLETED"
                                    .equals(JSON.readTree(a.body())
                                            .path("batchStatus")
                                            .asText());
                });
    }

    private static final com.fasterxml.jackson.databind.ObjectMapper JSON =
            new com.fasterxml.jackson.databind.ObjectMapper();

    private record BatchAnswer(int statusCode, String body) {}

    private static String basic(String user, String password) {
        return "Basic "
                + java.util.Base64.getEncoder()
                        .encodeToString((user + ":" + password).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /** The status of a GET of the deployed application's {@code path} over loopback HTTP. */
    private static int appApi(String path, String authorization) throws Exception {
        var c = (java.net.HttpURLConnection) java.net
                .URI
                .create("http://localhost:" + System.getProperty("arq.http.port") + "/observer-under-test" + path)
                .toURL()
                .openConnection();
        c.setRequestProperty("Authorization", authorization);
        c.setConnectTimeout(10_000);
        c.setReadTimeout(30_000);
        return c.getResponseCode();
    }

    /** One call to https://localhost:{arq.https.port}/ibm/api/batch/{path}; the server's self-signed certificate. */
    private static BatchAnswer batchApi(String method, String path, String json, String authorization)
            throws Exception {
        javax.net.ssl.SSLContext tls = javax.net.ssl.SSLContext.getInstance("TLS");
        tls.init(null, new javax.net.ssl.TrustManager[] {new TrustLoopbackServer()}, null);
        var c = (javax.net.ssl.HttpsURLConnection) java.net
                .URI
                .create("https://localhost:" + System.getProperty("arq.https.port") + "/ibm/api/batch/" + path)
                .toURL()
                .openConnection();
        c.setSSLSocketFactory(tls.getSocketFactory());
        c.setHostnameVerifier((host, session) -> "localhost".equals(host));
        c.setRequestMethod(method);
        c.setConnectTimeout(10_000);
        c.setReadTimeout(30_000);
        if (authorization != null) {
            c.setRequestProperty("Authorization", authorization);
        }
        if (json != null) {
            c.setDoOutput(true);
            c.setRequestProperty("Content-Type", "application/json");
            try (var out = c.getOutputStream()) {
                out.write(json.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            }
        }
        int status = c.getResponseCode();
        var in = status < 400 ? c.getInputStream() : c.getErrorStream();
        String body = in == null ? "" : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        return new BatchAnswer(status, body);
    }

    /** The test's own server on loopback, with the certificate Liberty generated for it: trusted as it is. */
    private static final class TrustLoopbackServer implements javax.net.ssl.X509TrustManager {
        @Override
        public void checkClientTrusted(java.security.cert.X509Certificate[] chain, String auth) {}

        @Override
        public void checkServerTrusted(java.security.cert.X509Certificate[] chain, String auth) {}

        @Override
        public java.security.cert.X509Certificate[] getAcceptedIssuers() {
            return new java.security.cert.X509Certificate[0];
        }
    }

    private static void copyTree(java.nio.file.Path from, java.nio.file.Path to) throws java.io.IOException {
        try (var files = java.nio.file.Files.walk(from)) {
            for (java.nio.file.Path f :
                    files.filter(java.nio.file.Files::isRegularFile).toList()) {
                java.nio.file.Path target = to.resolve(from.relativize(f).toString());
                java.nio.file.Files.createDirectories(target.getParent());
                java.nio.file.Files.copy(f, target);
            }
        }
    }

    /** Waits for a finished load of the day whose execution is not {@code previous}. */
    private EtlLoad awaitLoadOtherThan(Long previous) {
        return await().atMost(Duration.ofMinutes(3))
                .pollInterval(Duration.ofMillis(250))
                .until(
                        () -> ledger.find("kis", DAY)
                                .filter(l -> previous == null || !previous.equals(l.jobExecutionId()))
                                .filter(l -> !EtlLoad.RUNNING.equals(l.status()))
                                .orElse(null),
                        l -> l != null);
    }

    private static long readCount(StepExecution s) {
        for (Metric m : s.getMetrics()) {
            if (m.getType() == Metric.MetricType.READ_COUNT) {
                return m.getValue();
            }
        }
        throw new AssertionError("no read count for step " + s.getStepName());
    }

    /** Per table: how many rows of the day and a digest of them, every column but {@code id}. */
    private static Map<String, String> digests(Connection c) throws SQLException {
        Map<String, String> out = new LinkedHashMap<>();
        for (var e : DAY_ROWS.entrySet()) {
            String row = "(to_jsonb(x) - 'id')::text";
            out.put(
                    e.getKey(),
                    rows(
                                    c,
                                    "SELECT count(*) || ':' || coalesce(md5(string_agg(" + row + ", E'\\n' ORDER BY "
                                            + row + ")), '-') FROM " + e.getKey() + " x WHERE provider = 'kis' AND "
                                            + e.getValue())
                            .get(0));
        }
        return out;
    }

    private static List<String> rows(Connection c, String sql) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql);
                ResultSet r = s.executeQuery()) {
            List<String> out = new java.util.ArrayList<>();
            while (r.next()) {
                out.add(r.getString(1));
            }
            return out;
        }
    }
}
