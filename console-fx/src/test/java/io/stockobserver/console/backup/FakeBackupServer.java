package io.stockobserver.console.backup;

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
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The server's backup API ({@code BackupsResource}) as a test double on the JDK's HTTP server, faithful where the
 * client depends on it: Basic auth (401), the day list, manifests hashed the way {@code Manifests.hash} does, files
 * with a strong ETag, one {@code Range: bytes=a-[b]}, {@code If-Range} (a different ETag → 200 whole file), 416
 * with {@code Content-Range: bytes *}{@code /size}, and the acknowledgement (200, 404, 409). It can also cut the
 * connection after n bytes of a file, stall a file mid-way, serve corrupted bytes, and counts bytes served.
 */
final class FakeBackupServer implements AutoCloseable {
    static final String USER = "pc";
    static final String PASSWORD = "correct horse battery staple";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern MANIFEST = Pattern.compile("/api/backups/(\\d{8})/manifest");
    private static final Pattern FILE = Pattern.compile("/api/backups/(\\d{8})/files/(.+)");
    private static final Pattern ACK = Pattern.compile("/api/backups/(\\d{8})/ack");
    private static final Pattern RANGE = Pattern.compile("bytes=(\\d+)-(\\d*)");

    /** A request as received (no Authorization: tests assert on what the client asked for). */
    record Request(String method, String path, String range, String ifRange) {}

    /** An acknowledgement as received, and the status it was answered with. */
    record Ack(LocalDate day, String manifestSha256, long verifiedFiles, int status) {}

    /** A packaged day: the files, the manifest the server wrote and its hash. */
    record Day(Map<String, byte[]> files, byte[] manifest, String sha256, long totalBytes) {}

    private final HttpServer http;
    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final Map<LocalDate, Day> packaged = new ConcurrentHashMap<>();
    private final Map<LocalDate, Boolean> unpackaged = new ConcurrentHashMap<>();
    private final Map<LocalDate, String> acknowledged = new ConcurrentHashMap<>();
    private final Map<String, AtomicLong> served = new ConcurrentHashMap<>();
    private final Map<String, Long> cuts = new ConcurrentHashMap<>();
    private final Map<String, Long> stalls = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> corruptions = new ConcurrentHashMap<>();
    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private final List<Ack> acks = new CopyOnWriteArrayList<>();
    private final CountDownLatch released = new CountDownLatch(1);

    private FakeBackupServer() throws IOException {
        http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        http.createContext("/", this::handle);
        http.setExecutor(threads);
        http.start();
    }

    static FakeBackupServer start() throws IOException {
        return new FakeBackupServer();
    }

    URI baseUri() {
        return URI.create("http://127.0.0.1:" + http.getAddress().getPort() + "/");
    }

    /** A source for this server with the right credentials. */
    BackupSource source(String name) {
        return source(name, PASSWORD);
    }

    BackupSource source(String name, String password) {
        HttpClient client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
        return new BackupSource(name, baseUri(), client, BackupSource.basic(USER, password));
    }

    /** Packages {@code day} with {@code files} (path → content), as the batch job would. */
    Day packageDay(LocalDate day, Map<String, byte[]> files) {
        return publish(day, files, bytes(manifest(day, files)));
    }

    /** Packages {@code day} with a manifest built by {@code build} from the honest one (tampering tests). */
    Day packageDay(LocalDate day, Map<String, byte[]> files, java.util.function.Function<ObjectNode, byte[]> build) {
        return publish(day, files, build.apply(manifest(day, files)));
    }

    /** A day with a backup folder but no manifest yet. */
    void listUnpackagedDay(LocalDate day) {
        unpackaged.put(day, true);
    }

    /** The server writes SUCCESS.marker for the day's current hash (as if an earlier pull acknowledged it). */
    void markAcknowledged(LocalDate day) {
        acknowledged.put(day, packaged.get(day).sha256());
    }

    void cutConnectionAfter(String path, long bytes) {
        cuts.put(path, bytes);
    }

    /** Sends {@code bytes} of the file, then holds the connection open until the server is closed. */
    void stallAfter(String path, long bytes) {
        stalls.put(path, bytes);
    }

    /** Flips a byte of the file in the next {@code times} answers (Integer.MAX_VALUE: always). */
    void corrupt(String path, int times) {
        corruptions.put(path, new AtomicInteger(times));
    }

    long bytesServed(String path) {
        AtomicLong n = served.get(path);
        return n == null ? 0 : n.get();
    }

    List<Request> requests() {
        return List.copyOf(requests);
    }

    List<Request> fileRequests(String path) {
        return requests.stream()
                .filter(r -> r.path().endsWith("/files/" + path))
                .toList();
    }

    List<Ack> acks() {
        return List.copyOf(acks);
    }

    @Override
    public void close() {
        released.countDown();
        http.stop(0);
        threads.shutdownNow();
    }

    /** The manifest as {@code Manifests.build} writes it, fields in the same order, hashed the same way. */
    static ObjectNode manifest(LocalDate day, Map<String, byte[]> files) {
        ObjectNode m = JSON.createObjectNode();
        m.put("format", "stock-observer-backup/1");
        m.put("day", day.format(DateTimeFormatter.BASIC_ISO_DATE));
        m.put("file_count", files.size());
        m.put("total_bytes", files.values().stream().mapToLong(b -> b.length).sum());
        m.put(
                "total_records",
                files.values().stream().mapToLong(FakeBackupServer::lines).sum());
        ArrayNode list = m.putArray("files");
        new TreeMap<>(files).forEach((path, bytes) -> {
            ObjectNode f = list.addObject();
            f.put("path", path);
            f.put("size", bytes.length);
            f.put("sha256", sha256(bytes));
            f.put("records", lines(bytes));
            f.put("first_event_time", day + "T00:00:01.250Z");
            f.put("last_event_time", day + "T06:29:59.875Z");
        });
        m.put("gap_count", 1);
        m.put("gap_seconds", 42);
        ObjectNode gap = m.putArray("gaps").addObject();
        gap.put("event_type", "gap_marker");
        gap.put("gap_seconds", 42);
        gap.put("coverage_ratio", 0.9875); // a double: the hash must survive parse + serialize
        gap.put("note", "Überbrückt – 장 중 단절"); // non-ASCII stays UTF-8 in the compact form
        ObjectNode anomaly = m.putObject("anomaly");
        anomaly.put("anomalous", true);
        anomaly.putArray("reasons").add("feed_silent");
        m.put("manifest_sha256", hash(m));
        return m;
    }

    /** {@code Manifests.hash}: SHA-256 of the compact JSON of every field but manifest_sha256. */
    static String hash(ObjectNode manifest) {
        ObjectNode copy = manifest.deepCopy();
        copy.remove("manifest_sha256");
        try {
            return sha256(JSON.writeValueAsString(copy).getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static byte[] bytes(ObjectNode manifest) {
        try {
            return JSON.writeValueAsBytes(manifest);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long lines(byte[] bytes) {
        long n = 0;
        for (byte b : bytes) {
            n += b == '\n' ? 1 : 0;
        }
        return n;
    }

    private Day publish(LocalDate day, Map<String, byte[]> files, byte[] manifest) {
        String sha;
        try {
            sha = JSON.readTree(manifest).path("manifest_sha256").asText();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        Day d = new Day(
                Map.copyOf(files),
                manifest,
                sha,
                files.values().stream().mapToLong(b -> b.length).sum());
        packaged.put(day, d);
        unpackaged.remove(day);
        return d;
    }

    private void handle(HttpExchange x) throws IOException {
        try {
            String path = x.getRequestURI().getPath();
            requests.add(new Request(
                    x.getRequestMethod(),
                    path,
                    x.getRequestHeaders().getFirst("Range"),
                    x.getRequestHeaders().getFirst("If-Range")));
            String expected = "Basic "
                    + Base64.getEncoder().encodeToString((USER + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
            if (!expected.equals(x.getRequestHeaders().getFirst("Authorization"))) {
                x.getResponseHeaders().add("WWW-Authenticate", "Basic realm=\"stock-observer\"");
                json(x, 401, Map.of("error", "authentication required"));
                return;
            }
            route(x, path);
        } finally {
            x.close();
        }
    }

    private void route(HttpExchange x, String path) throws IOException {
        Matcher m;
        if (path.equals("/api/backups") && x.getRequestMethod().equals("GET")) {
            json(x, 200, Map.of("days", days()));
        } else if ((m = MANIFEST.matcher(path)).matches()
                && x.getRequestMethod().equals("GET")) {
            Day d = packaged.get(day(m));
            if (d == null) {
                json(x, 404, Map.of("error", m.group(1) + " has not been packaged"));
            } else {
                x.getResponseHeaders().add("Content-Type", "application/json");
                x.sendResponseHeaders(200, d.manifest().length);
                x.getResponseBody().write(d.manifest());
            }
        } else if ((m = FILE.matcher(path)).matches() && x.getRequestMethod().equals("GET")) {
            file(x, day(m), m.group(2));
        } else if ((m = ACK.matcher(path)).matches() && x.getRequestMethod().equals("POST")) {
            ack(x, day(m));
        } else {
            json(x, 404, Map.of("error", "no such resource"));
        }
    }

    private List<Map<String, Object>> days() {
        Map<LocalDate, Map<String, Object>> rows = new TreeMap<>(Comparator.reverseOrder());
        unpackaged
                .keySet()
                .forEach(day -> rows.put(
                        day,
                        Map.of(
                                "day",
                                day.format(DateTimeFormatter.BASIC_ISO_DATE),
                                "packaged",
                                false,
                                "acknowledged",
                                false)));
        packaged.forEach((day, d) -> rows.put(
                day,
                Map.of(
                        "day", day.format(DateTimeFormatter.BASIC_ISO_DATE),
                        "packaged", true,
                        "acknowledged", d.sha256().equals(acknowledged.get(day)),
                        "file_count", d.files().size(),
                        "total_bytes", d.totalBytes(),
                        "anomalous", true,
                        "manifest_sha256", d.sha256())));
        return new ArrayList<>(rows.values());
    }

    private void file(HttpExchange x, LocalDate day, String path) throws IOException {
        Day d = packaged.get(day);
        byte[] content = d == null ? null : d.files().get(path);
        if (content == null) {
            json(x, 404, Map.of("error", "refused: not_in_manifest"));
            return;
        }
        String etag = "\"" + sha256(content) + "\"";
        String range = x.getRequestHeaders().getFirst("Range");
        String ifRange = x.getRequestHeaders().getFirst("If-Range");
        int from = 0;
        int to = content.length - 1;
        boolean partial = false;
        Matcher r = range == null ? null : RANGE.matcher(range);
        if (r != null && r.matches() && (ifRange == null || ifRange.equals(etag))) {
            from = Integer.parseInt(r.group(1));
            if (from >= content.length) {
                x.getResponseHeaders().add("Content-Range", "bytes */" + content.length);
                json(x, 416, Map.of("error", "range outside the file's " + content.length + " bytes"));
                return;
            }
            if (!r.group(2).isEmpty()) {
                to = Math.min(to, Integer.parseInt(r.group(2)));
            }
            partial = true;
        }
        byte[] body = Arrays.copyOfRange(content, from, to + 1);
        AtomicInteger corrupt = corruptions.get(path);
        if (corrupt != null && corrupt.getAndDecrement() > 0 && body.length > 0) {
            body[body.length / 2] ^= 0x5A;
        }
        x.getResponseHeaders().add("ETag", etag);
        x.getResponseHeaders().add("Accept-Ranges", "bytes");
        x.getResponseHeaders().add("Content-Type", "application/octet-stream");
        if (partial) {
            x.getResponseHeaders().add("Content-Range", "bytes " + from + "-" + to + "/" + content.length);
        }
        x.sendResponseHeaders(partial ? 206 : 200, body.length == 0 ? -1 : body.length);
        send(x.getResponseBody(), path, body);
    }

    private void send(OutputStream out, String path, byte[] body) throws IOException {
        Long cut = cuts.remove(path);
        Long stall = stalls.remove(path);
        long limit = cut != null ? cut : stall != null ? stall : body.length;
        AtomicLong counter = served.computeIfAbsent(path, p -> new AtomicLong());
        int sent = 0;
        while (sent < Math.min(limit, body.length)) {
            int n = (int) Math.min(16 * 1024, Math.min(limit, body.length) - sent);
            out.write(body, sent, n);
            counter.addAndGet(n);
            sent += n;
        }
        out.flush();
        if (stall != null) {
            try {
                released.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (sent < body.length) { // the JDK server closes the connection of a handler that fails mid-body
            throw new IOException("test server: connection cut after " + sent + " of " + body.length + " bytes");
        }
    }

    private void ack(HttpExchange x, LocalDate day) throws IOException {
        JsonNode body = JSON.readTree(x.getRequestBody());
        Day d = packaged.get(day);
        if (d == null) {
            acks.add(new Ack(
                    day,
                    body.path("manifest_sha256").asText(),
                    body.path("verified_files").asLong(),
                    404));
            json(x, 404, Map.of("error", day.format(DateTimeFormatter.BASIC_ISO_DATE) + " has not been packaged"));
            return;
        }
        if (!body.path("manifest_sha256").isTextual()
                || !body.path("verified_files").canConvertToLong()) {
            json(x, 400, Map.of("error", "body must be {\"manifest_sha256\":\"…\",\"verified_files\":N}"));
            return;
        }
        String sha = body.get("manifest_sha256").asText();
        long files = body.get("verified_files").asLong();
        boolean match = sha.equals(d.sha256()) && files == d.files().size();
        acks.add(new Ack(day, sha, files, match ? 200 : 409));
        if (!match) {
            json(
                    x,
                    409,
                    Map.of(
                            "error",
                            "manifest_sha256 or verified_files does not match the manifest; nothing was acknowledged"));
            return;
        }
        acknowledged.put(day, sha);
        json(x, 200, Map.of("day", day.format(DateTimeFormatter.BASIC_ISO_DATE), "acknowledged", true));
    }

    private static LocalDate day(Matcher m) {
        return LocalDate.parse(m.group(1), DateTimeFormatter.BASIC_ISO_DATE);
    }

    private static void json(HttpExchange x, int status, Object body) throws IOException {
        byte[] bytes = JSON.writeValueAsBytes(body);
        x.getResponseHeaders().add("Content-Type", "application/json");
        x.sendResponseHeaders(status, bytes.length);
        x.getResponseBody().write(bytes);
    }
}
