package io.stockobserver.console.backup;

import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A server the console pulls backups from: its name (the folder its days go under), the base URI the API lives
 * below ({@code {baseUri}api/backups}), the HTTP client to send requests with and the value of the
 * {@code Authorization} header (HTTP Basic, a user with the {@code backup} role).
 *
 * <p>The authorization value is a secret: it goes into request headers and nowhere else — not into
 * {@link #toString()}, the pull log, the state file or any exception message. For the same reason the base URI may
 * not carry credentials of its own.
 *
 * @param server folder-safe name: 1–100 letters, digits, {@code -}, {@code _} or {@code .}; not {@code .}/{@code ..}
 * @param baseUri absolute http(s) URI of the server including any context root; a trailing slash is added
 * @param http the client to send requests with (its connect timeout, TLS and proxy settings apply)
 * @param authorization the Authorization header value, for example from {@link #basic(String, String)}
 */
public record BackupSource(String server, URI baseUri, HttpClient http, String authorization) {
    private static final Pattern SERVER_NAME = Pattern.compile("[A-Za-z0-9._-]{1,100}");

    public BackupSource {
        server = checkServerName(server);
        baseUri = checkBaseUri(baseUri);
        Objects.requireNonNull(http, "http");
        Objects.requireNonNull(authorization, "authorization");
        if (authorization.isBlank() || authorization.indexOf('\r') >= 0 || authorization.indexOf('\n') >= 0) {
            throw new IllegalArgumentException("authorization must be one non-blank header value");
        }
    }

    /** The {@code Authorization} value of HTTP Basic for {@code user} and {@code password} (UTF-8). */
    public static String basic(String user, String password) {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(password, "password");
        if (user.indexOf(':') >= 0) {
            throw new IllegalArgumentException("an HTTP Basic user name cannot contain ':'");
        }
        byte[] pair = (user + ":" + password).getBytes(StandardCharsets.UTF_8);
        return "Basic " + Base64.getEncoder().encodeToString(pair);
    }

    /** {@code server} if it is usable as a folder name on every platform the console runs on, else an exception. */
    static String checkServerName(String server) {
        Objects.requireNonNull(server, "server");
        if (!SERVER_NAME.matcher(server).matches() || server.equals(".") || server.equals("..")) {
            throw new IllegalArgumentException("server name must be 1-100 letters, digits, '-', '_' or '.', and not"
                    + " '.' or '..', but was '" + printable(server) + "'");
        }
        if (server.regionMatches(true, 0, BackupFolders.STATE_FILE, 0, BackupFolders.STATE_FILE.length())) {
            throw new IllegalArgumentException("server name '" + server + "' would collide with the state file");
        }
        return server;
    }

    private static URI checkBaseUri(URI uri) {
        Objects.requireNonNull(uri, "baseUri");
        String scheme = uri.getScheme();
        if (!uri.isAbsolute() || uri.isOpaque() || uri.getHost() == null) {
            throw new IllegalArgumentException("base URI must be absolute with a host, but was " + uri);
        }
        if (!scheme.equalsIgnoreCase("http") && !scheme.equalsIgnoreCase("https")) {
            throw new IllegalArgumentException("base URI must be http or https, but was " + scheme);
        }
        if (uri.getRawUserInfo() != null) { // would leak into logs and toString
            throw new IllegalArgumentException("base URI must not carry credentials; pass them as authorization");
        }
        if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
            throw new IllegalArgumentException("base URI must not have a query or fragment");
        }
        String path = uri.getRawPath() == null ? "" : uri.getRawPath();
        return path.endsWith("/") ? uri : URI.create(uri + "/");
    }

    private static String printable(String s) {
        StringBuilder b = new StringBuilder();
        s.codePoints().limit(120).forEach(c -> b.append(Character.isISOControl(c) ? "?" : Character.toString(c)));
        return b.toString();
    }

    /** Name and base URI only: the authorization value is a secret. */
    @Override
    public String toString() {
        return "BackupSource[server=" + server + ", baseUri=" + baseUri + "]";
    }
}
