package io.stockobserver.console.dashboard;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A loopback HTTP server speaking the observer's API as the console uses it — the same paths, JSON shapes, status
 * codes, error bodies ({@code {"error":"…"}}), HTTP Basic logins with roles, and the live feed as Server-Sent Events
 * with ids — over state the test sets. The shapes follow the real server's answers (server/src/main/java/…/api).
 */
final class ObserverApiServer implements AutoCloseable {
    static final ObjectMapper JSON = new ObjectMapper();

    private final Map<String, String[]> logins = Map.of(
            "operator", new String[] {"operator-pass-123", "operator"},
            "backup", new String[] {"backup-pass-1234", "backup"});
    private final List<ObjectNode> slots = new CopyOnWriteArrayList<>();
    private final List<ObjectNode> gaps = new CopyOnWriteArrayList<>();
    private final Map<String, String> universe = new LinkedHashMap<>();
    private final List<OutputStream> liveClients = new CopyOnWriteArrayList<>();
    private final AtomicLong eventIds = new AtomicLong();
    private final AtomicLong durable = new AtomicLong();
    final List<String> pinRequests = new CopyOnWriteArrayList<>();
    private final java.util.concurrent.atomic.AtomicInteger jobPolls = new java.util.concurrent.atomic.AtomicInteger();
    private volatile String packageDay;
    /** The database load of day 20261120 as the server reports it: not loaded, then running for a few polls. */
    private volatile int loadPolls = -1;

    final List<String> loadRequests = new CopyOnWriteArrayList<>();
    /** What /api/status says of the venue: provider, market, symbol pattern and its description. */
    private volatile String[] venue = {"kis", "kr_stocks", "[0-9A-Z]{6}", "a 6-character KRX code"};

    private final ExecutorService threads = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "api-test-server");
        t.setDaemon(true);
        return t;
    });
    private HttpServer http;
    private int port;

    ObserverApiServer() {
        universe.put("005930", "삼성전자");
        universe.put("000660", "SK하이닉스");
        universe.put("035420", "NAVER");
    }

    /** Makes this server observe another venue, e.g. Upbit, with a universe of {@code members}. */
    ObserverApiServer venue(String provider, String market, String pattern, String description, String... members) {
        venue = new String[] {provider, market, pattern, description};
        universe.clear();
        for (String m : members) {
            universe.put(m, m);
        }
        return this;
    }

    ObserverApiServer start(int port) throws IOException {
        http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        http.setExecutor(threads);
        http.createContext("/", this::handle);
        http.start();
        this.port = http.getAddress().getPort();
        return this;
    }

    int port() {
        return port;
    }

    String url() {
        return "http://127.0.0.1:" + port;
    }

    /** Puts a slot as /api/slots shows it. */
    void slot(String symbol, String trigger, double score, boolean pinned, long ageMs) {
        slots.removeIf(s -> s.get("symbol").asText().equals(symbol));
        ObjectNode s = JSON.createObjectNode();
        s.put("symbol", symbol);
        s.put("trigger", trigger);
        s.put("score", score);
        s.put("pinned", pinned);
        s.put("held_since", Instant.now().toString());
        s.put("subscribed", true);
        s.put("refused", false);
        s.put("last_update_age_ms", ageMs);
        slots.add(s);
    }

    void gap(String scope, String reason, Instant start, Instant end) {
        ObjectNode g = JSON.createObjectNode();
        g.put("event_type", "gap_marker");
        g.put("gap_start_ts", start.toString());
        g.put("gap_end_ts", end.toString());
        g.put("gap_seconds", Math.max(1, end.getEpochSecond() - start.getEpochSecond()));
        g.put("scope", scope);
        g.put("reason", reason);
        g.put("event_time", end.toString());
        gaps.add(g);
        push("gap_marker", g);
    }

    /** Sends a live event to every connected client, as the server's LiveFeed does. */
    void push(String name, JsonNode data) {
        long id = eventIds.incrementAndGet();
        byte[] frame = ("event: " + name + "\nid: " + id + "\ndata: " + data + "\n\n").getBytes(StandardCharsets.UTF_8);
        for (OutputStream out : liveClients) {
            try {
                out.write(frame);
                out.flush();
            } catch (IOException gone) {
                liveClients.remove(out);
            }
        }
    }

    private void handle(HttpExchange x) throws IOException {
        String path = x.getRequestURI().getPath();
        if (path.startsWith("/health")) {
            send(
                    x,
                    200,
                    "{\"status\":\"UP\",\"checks\":[{\"name\":\"archive\",\"status\":\"UP\",\"data\":{\"disk\":\"normal\",\"disk_use_permille\":412}}]}");
            return;
        }
        String user = user(x);
        if (user == null) {
            x.getResponseHeaders().add("WWW-Authenticate", "Basic realm=\"stock-observer\"");
            send(x, 401, "");
            return;
        }
        String role = logins.get(user)[1];
        String method = x.getRequestMethod();
        if (path.equals("/api/slots/pins") && method.equals("POST")) {
            if (!role.equals("operator")) {
                send(x, 403, "");
                return;
            }
            String symbol = JSON.readTree(x.getRequestBody()).path("symbol").asText("");
            pinRequests.add(symbol);
            if (!symbol.matches(venue[2])) {
                error(x, 400, "symbol must be " + venue[3] + ", but was '" + symbol + "'");
            } else if (!universe.containsKey(symbol)) {
                error(x, 404, symbol + " is not in today's universe (" + universe.size() + " listings)");
            } else {
                slot(symbol, "manual_override", 1.0, true, 0);
                send(x, 200, "{\"symbol\":\"" + symbol + "\",\"pinned\":true}");
            }
            return;
        }
        if (path.equals("/api/backup-jobs") && method.equals("POST")) {
            if (!role.equals("operator")) {
                send(x, 403, "");
                return;
            }
            packageDay = JSON.readTree(x.getRequestBody()).path("day").asText();
            jobPolls.set(0);
            send(x, 202, "{\"execution_id\":7,\"day\":\"" + packageDay + "\"}");
            return;
        }
        if (path.equals("/api/backup-jobs/7") && method.equals("GET")) {
            // as the real job reports: summarizing in chunks, then the manifest step, then done
            int poll = jobPolls.incrementAndGet();
            String state = poll < 3 ? "STARTED" : "COMPLETED";
            String step = poll < 2 ? "summarize" : "assemble";
            send(
                    x,
                    200,
                    "{\"execution_id\":7,\"job\":\"backup-package\",\"day\":\"" + packageDay
                            + "\",\"batch_status\":\"" + state + "\",\"exit_status\":\"" + state + "\",\"step\":\""
                            + step
                            + "\",\"files_summarized\":" + Math.min(poll * 16, 40) + "}");
            return;
        }
        if (path.equals("/api/etl-jobs") && method.equals("POST")) {
            if (!role.equals("operator")) {
                send(x, 403, "");
                return;
            }
            if (loadPolls >= 0 && loadPolls < 4) {
                error(x, 409, "a load of this day runs as execution 11");
                return;
            }
            String day = JSON.readTree(x.getRequestBody()).path("day").asText();
            loadRequests.add(day);
            loadPolls = 0;
            send(x, 202, "{\"execution_id\":11,\"restarted\":false,\"day\":\"" + day + "\",\"provider\":\"kis\"}");
            return;
        }
        if (!method.equals("GET")) {
            send(x, 405, "");
            return;
        }
        if (path.equals("/api/etl-jobs")) {
            send(x, 200, loadsJson());
            return;
        }
        switch (path) {
            case "/api/me" -> send(x, 200, "{\"user\":\"" + user + "\",\"roles\":[\"" + role + "\"]}");
            case "/api/slots" -> send(x, 200, slotsJson());
            case "/api/status" -> send(
                    x,
                    200,
                    "{\"provider\":\"" + venue[0] + "\",\"market\":\"" + venue[1] + "\",\"symbol_pattern\":"
                            + JSON.writeValueAsString(venue[2]) + ",\"symbol_description\":\"" + venue[3] + "\",\""
                            + venue[0] + "_env\":\"sandbox\",\"mitigation_level\":0,\"archive\":{"
                            + "\"records_durable_by_area\":{\"scalp\":" + durable.addAndGet(80)
                            + ",\"swing\":1832,\"raw\":40,\"system\":7},"
                            + "\"durable_latency_ms\":{\"p50\":31.5,\"p99\":58.2,\"max\":60.1,\"count\":100}}}");
            case "/api/gaps" -> {
                ObjectNode g = JSON.createObjectNode();
                g.put("count", gaps.size());
                g.putArray("gaps").addAll(new ArrayList<>(gaps));
                send(x, 200, g.toString());
            }
            case "/api/universe" -> {
                ObjectNode u = JSON.createObjectNode();
                ArrayNode members = u.putArray("members");
                universe.forEach((s, n) -> members.addObject().put("symbol", s).put("name", n));
                send(x, 200, u.toString());
            }
            case "/api/tracks/swing" -> send(
                    x,
                    200,
                    "{\"cycles\":[{\"cycle_id\":\"20261120T090000\",\"started_at\":\"2026-11-20T00:00:00Z\","
                            + "\"duration_ms\":5190,\"attempted\":1832,\"succeeded\":1832,\"failed\":0,\"completeness\":1.0}]}");
            case "/api/overflow" -> send(
                    x,
                    200,
                    "{\"count\":1,\"by_reason\":{\"slot_full\":1},\"rows\":[{\"timestamp\":\"2026-11-20T01:00:00Z\","
                            + "\"provider\":\"kis\",\"symbol\":\"005930\",\"candidate_score\":0.91,\"cutoff_rank\":41,\"mitigation_level\":0,"
                            + "\"decision_reason\":\"slot_full\",\"session_id\":\"s\"}]}");
            case "/api/retention" -> send(
                    x,
                    200,
                    "{\"days\":[{\"day\":\"20261120\",\"age_days\":0,\"keep_days\":3,\"anomalous\":false,"
                            + "\"packaged\":false,\"acknowledged\":false,\"verdict\":\"KEEP\",\"reason\":\"within 3 days\"}]}");
            case "/api/days/today" -> send(x, 200, "{\"day\":\"20261120\",\"anomalous\":false,\"reasons\":[]}");
            case "/api/live" -> live(x);
            default -> error(x, 404, "no such resource " + path);
        }
    }

    /** As the real server: per day its load; while running the step and a progress that grows with each poll. */
    private String loadsJson() {
        ObjectNode out = JSON.createObjectNode();
        out.put("provider", "kis");
        ObjectNode d = out.putArray("days").addObject();
        d.put("day", "20261120").put("provider", "kis");
        int poll = loadPolls;
        if (poll < 0) {
            d.put("status", "not_loaded");
            return out.toString();
        }
        loadPolls = poll + 1;
        boolean done = poll >= 4;
        d.put("status", done ? "completed" : "running").put("execution_id", 11).put("job_instance_id", 3);
        d.put("lines_read", done ? 120_000 : 0)
                .put("lines_skipped", done ? 2 : 0)
                .putNull("error");
        ObjectNode rows = d.putObject("rows");
        if (done) {
            rows.put("scalp_ticks", 98_400).put("scalp_1m_bars", 820).put("swing_bars_10m", 71_448);
            rows.put("eod_prices", 1832).put("scalp_gaps", 3);
        } else {
            ObjectNode e = d.putObject("execution");
            e.put("execution_id", 11).put("batch_status", "STARTED").put("step", "scalp");
            e.put("step_no", 2).put("steps", 6).put("progress", 0.2 * poll);
        }
        return out.toString();
    }

    private String slotsJson() {
        ObjectNode s = JSON.createObjectNode();
        s.put("capacity", 41);
        s.put("registrations_used", slots.size());
        s.put("mitigation_level", 0);
        s.put("hz", 2.0);
        s.putArray("slots").addAll(new ArrayList<>(slots));
        return s.toString();
    }

    private void live(HttpExchange x) throws IOException {
        x.getResponseHeaders().add("Content-Type", "text/event-stream");
        x.sendResponseHeaders(200, 0);
        OutputStream out = x.getResponseBody();
        out.write(": stock-observer live feed\n\n".getBytes(StandardCharsets.UTF_8));
        out.flush();
        liveClients.add(out); // held open; closed when the server stops
    }

    private String user(HttpExchange x) {
        String h = x.getRequestHeaders().getFirst("Authorization");
        if (h == null || !h.startsWith("Basic ")) {
            return null;
        }
        String[] up = new String(Base64.getDecoder().decode(h.substring(6)), StandardCharsets.UTF_8).split(":", 2);
        String[] login = logins.get(up[0]);
        return login != null && up.length == 2 && login[0].equals(up[1]) ? up[0] : null;
    }

    private static void error(HttpExchange x, int status, String message) throws IOException {
        send(x, status, JSON.createObjectNode().put("error", message).toString());
    }

    private static void send(HttpExchange x, int status, String body) throws IOException {
        byte[] b = body.getBytes(StandardCharsets.UTF_8);
        x.getResponseHeaders().add("Content-Type", "application/json");
        x.sendResponseHeaders(status, b.length == 0 ? -1 : b.length);
        if (b.length > 0) {
            x.getResponseBody().write(b);
        }
        x.close();
    }

    /** Stops answering, as a server that went away. */
    @Override
    public void close() {
        for (OutputStream out : liveClients) {
            try {
                out.close();
            } catch (IOException ignored) {
                // going away
            }
        }
        liveClients.clear();
        if (http != null) {
            http.stop(0);
        }
    }

    void shutdownThreads() {
        threads.shutdownNow();
    }
}
