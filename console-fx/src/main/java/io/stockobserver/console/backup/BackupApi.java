package io.stockobserver.console.backup;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The server's backup API ({@code server/…/api/BackupsResource}) as seen from the PC: list the days, fetch a
 * manifest, open a file (optionally from an offset, with {@code If-Range}), acknowledge a day. Every request carries
 * the source's Authorization header; no request or error message contains it. JSON answers are read with a size
 * cap, file bodies are handed over chunk by chunk ({@link ResponseBody}: interruptible, with an idle timeout).
 */
public final class BackupApi {
    /** Cap on a JSON answer (a manifest of a very busy day is a few MB). */
    static final int MAX_JSON_BYTES = 64 * 1024 * 1024;

    private static final int MAX_ERROR_BYTES = 8 * 1024;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Duration requestTimeout;

    /** @param requestTimeout how long to wait for an answer's headers, and then for each next part of its body */
    public BackupApi(Duration requestTimeout) {
        this.requestTimeout = Objects.requireNonNull(requestTimeout, "requestTimeout");
    }

    /** {@code GET /api/backups}: the server's days, as it lists them (newest first). */
    public List<BackupDay> days(BackupSource source) throws IOException, InterruptedException {
        JsonNode days = JSON.readTree(json(source, "api/backups")).path("days");
        if (!days.isArray()) {
            throw new IOException("GET api/backups of " + source.server() + " has no \"days\" array");
        }
        List<BackupDay> list = new ArrayList<>();
        for (JsonNode row : days) {
            list.add(BackupDay.fromJson(row));
        }
        return list;
    }

    /** {@code GET /api/backups/{day}/manifest}: the manifest's bytes as written on the server. */
    public byte[] manifest(BackupSource source, LocalDate day) throws IOException, InterruptedException {
        return json(source, "api/backups/" + BackupFolders.token(day) + "/manifest");
    }

    /**
     * {@code GET /api/backups/{day}/files/{path}}, from byte {@code from} on when it is above 0 (with
     * {@code If-Range} = the file's ETag, so a changed file comes back whole with 200). The caller closes the body.
     */
    HttpResponse<ResponseBody> file(BackupSource source, LocalDate day, ManifestFile file, long from)
            throws IOException, InterruptedException {
        String path = "api/backups/" + BackupFolders.token(day) + "/files/" + encodePath(file.path());
        HttpRequest.Builder b = request(source, path).GET();
        if (from > 0) {
            b.header("Range", "bytes=" + from + "-").header("If-Range", file.etag());
        }
        return source.http().send(b.build(), ResponseBody.handler(requestTimeout));
    }

    /**
     * {@code POST /api/backups/{day}/ack} with the manifest hash and the number of verified files.
     *
     * @throws BackupApiException when the server refuses (409 mismatch, 404 not packaged, …) with its reason
     */
    public void acknowledge(BackupSource source, LocalDate day, String manifestSha256, int verifiedFiles)
            throws IOException, InterruptedException {
        ObjectNode body = JSON.createObjectNode();
        body.put(BackupManifest.HASH_FIELD, manifestSha256);
        body.put("verified_files", verifiedFiles);
        String path = "api/backups/" + BackupFolders.token(day) + "/ack";
        HttpRequest request = request(source, path)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(body)))
                .build();
        HttpResponse<ResponseBody> r = source.http().send(request, ResponseBody.handler(requestTimeout));
        try (ResponseBody in = r.body()) {
            if (r.statusCode() != 200) {
                throw refusal("POST " + path, r.statusCode(), in);
            }
        }
    }

    /** The exception for a non-success answer, with the server's {@code error} text. */
    static BackupApiException refusal(String request, int status, ResponseBody body)
            throws IOException, InterruptedException {
        byte[] start = body.readAtMost(MAX_ERROR_BYTES);
        String text = new String(start, StandardCharsets.UTF_8).strip();
        String reason = text;
        try {
            JsonNode error = JSON.readTree(start).path("error");
            if (error.isTextual()) {
                reason = error.asText();
            }
        } catch (IOException notJson) {
            // an HTML error page or a cut-off body: its text is the best reason there is
        }
        return new BackupApiException(request, status, reason.isEmpty() ? "(no reason given)" : reason);
    }

    /** Each segment percent-encoded on its own, so the server decodes exactly the manifest's path. */
    static String encodePath(String path) {
        StringBuilder b = new StringBuilder();
        for (byte c : path.getBytes(StandardCharsets.UTF_8)) {
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "-._~/".indexOf(c) >= 0) {
                b.append((char) c);
            } else {
                b.append('%').append(String.format("%02X", c & 0xff));
            }
        }
        return b.toString();
    }

    private byte[] json(BackupSource source, String path) throws IOException, InterruptedException {
        HttpRequest request =
                request(source, path).header("Accept", "application/json").GET().build();
        HttpResponse<ResponseBody> r = source.http().send(request, ResponseBody.handler(requestTimeout));
        try (ResponseBody in = r.body()) {
            if (r.statusCode() != 200) {
                throw refusal("GET " + path, r.statusCode(), in);
            }
            byte[] body = in.readAtMost(MAX_JSON_BYTES + 1);
            if (body.length > MAX_JSON_BYTES) {
                throw new IOException("GET " + path + " answered more than " + MAX_JSON_BYTES + " bytes of JSON");
            }
            return body;
        }
    }

    private HttpRequest.Builder request(BackupSource source, String path) {
        URI uri = source.baseUri().resolve(path);
        return HttpRequest.newBuilder(uri).timeout(requestTimeout).header("Authorization", source.authorization());
    }
}
