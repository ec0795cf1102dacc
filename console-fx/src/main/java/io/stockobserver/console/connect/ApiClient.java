package io.stockobserver.console.connect;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collection;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * The REST side of one server: JSON calls with the profile's login (HTTP Basic), trusting either the system's
 * certificate authorities or exactly the certificate the profile names. Errors come back as {@link ApiException}
 * carrying the server's {@code {"error":"…"}} text. Thread-safe; never logs or prints the password.
 */
public final class ApiClient {
    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(3);
    static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(10);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final ServerProfile profile;
    private final HttpClient http;
    private final String authorization;

    public ApiClient(ServerProfile profile, char[] password) throws IOException {
        this.profile = profile;
        this.http = HttpClient.newBuilder()
                .connectTimeout(CONNECT_TIMEOUT)
                .sslContext(sslContext(profile))
                .build();
        byte[] raw = (profile.user() + ":" + new String(password)).getBytes(StandardCharsets.UTF_8);
        this.authorization = "Basic " + Base64.getEncoder().encodeToString(raw);
        Arrays.fill(raw, (byte) 0);
    }

    public ServerProfile profile() {
        return profile;
    }

    public HttpClient http() {
        return http;
    }

    /** The Authorization header value, for the live stream and the backup pull on the same login. */
    public String authorization() {
        return authorization;
    }

    public URI uri(String path) {
        return URI.create(profile.baseUri() + path);
    }

    public JsonNode get(String path) throws IOException, InterruptedException {
        return send("GET", path, null);
    }

    /** A call with an optional JSON body; returns the answer's JSON (an empty object when it had none). */
    public JsonNode send(String method, String path, String jsonBody) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri(path))
                .timeout(REQUEST_TIMEOUT)
                .header("Authorization", authorization)
                .header("Accept", "application/json");
        if (jsonBody != null) {
            b.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(jsonBody));
        } else {
            b.method(method, HttpRequest.BodyPublishers.noBody());
        }
        HttpResponse<String> r;
        try {
            r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
        } catch (ConnectException | HttpTimeoutException e) {
            throw new IOException(
                    profile.name() + " does not answer at " + profile.baseUri() + " ("
                            + e.getClass().getSimpleName() + ")",
                    e);
        }
        if (r.statusCode() >= 400) {
            throw new ApiException(r.statusCode(), explain(r.statusCode(), r.body()));
        }
        String body = r.body();
        return body == null || body.isBlank() ? JSON.createObjectNode() : JSON.readTree(body);
    }

    /** The server's own error text, or what the status means for the operator. */
    static String explain(int status, String body) {
        try {
            JsonNode n = JSON.readTree(body);
            if (n != null && n.hasNonNull("error")) {
                return n.get("error").asText();
            }
        } catch (IOException | RuntimeException notJson) {
            // fall through to the status
        }
        return switch (status) {
            case 401 -> "login refused: check the user and password";
            case 403 -> "this login may not do that";
            case 404 -> "not found";
            default -> "the server answered " + status;
        };
    }

    private static SSLContext sslContext(ServerProfile profile) throws IOException {
        try {
            if (profile.trustedCertificate().isEmpty()) {
                return SSLContext.getDefault();
            }
            Path pem = profile.trustedCertificate().get();
            KeyStore trust = KeyStore.getInstance(KeyStore.getDefaultType());
            trust.load(null, null);
            Collection<? extends Certificate> certs;
            try (InputStream in = Files.newInputStream(pem)) {
                certs = CertificateFactory.getInstance("X.509").generateCertificates(in);
            }
            if (certs.isEmpty()) {
                throw new IOException(pem + " holds no certificate (PEM or DER X.509 expected)");
            }
            int i = 0;
            for (Certificate c : certs) {
                trust.setCertificateEntry("server-" + i++, c);
            }
            TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            tmf.init(trust);
            SSLContext ctx = SSLContext.getInstance("TLS");
            ctx.init(null, tmf.getTrustManagers(), null);
            return ctx;
        } catch (GeneralSecurityException e) {
            throw new IOException("cannot set up TLS for " + profile.name() + ": " + e.getMessage(), e);
        }
    }

    @Override
    public String toString() {
        return "ApiClient[" + profile.name() + " " + profile.baseUri() + " as " + profile.user() + "]";
    }
}
