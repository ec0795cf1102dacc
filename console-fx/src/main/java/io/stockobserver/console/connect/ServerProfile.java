package io.stockobserver.console.connect;

import java.net.URI;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One observer server the console watches: a short name (also its folder name for backups), the base URL
 * ({@code https://host:9443}), the login, and optionally the server's own certificate to trust (Liberty's self-signed
 * one, exported as PEM). The password is not part of the profile: it lives in the {@link SecretStore}.
 */
public record ServerProfile(String name, URI baseUri, String user, Optional<Path> trustedCertificate) {
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

    public ServerProfile {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(baseUri, "baseUri");
        Objects.requireNonNull(user, "user");
        trustedCertificate = trustedCertificate == null ? Optional.empty() : trustedCertificate;
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException(
                    "server name '" + name
                            + "' must be 1-64 letters, digits, '.', '_' or '-' (it names a folder), starting with a letter or digit");
        }
        String scheme = baseUri.getScheme();
        if (!"https".equalsIgnoreCase(scheme) && !"http".equalsIgnoreCase(scheme) || baseUri.getHost() == null) {
            throw new IllegalArgumentException("server URL '" + baseUri + "' must be http(s)://host:port");
        }
        if (user.isBlank()) {
            throw new IllegalArgumentException("user must not be empty");
        }
    }

    /** Parses a URL typed by the operator, without a trailing slash. */
    public static URI url(String text) {
        String t = text == null ? "" : text.trim();
        while (t.endsWith("/")) {
            t = t.substring(0, t.length() - 1);
        }
        try {
            return URI.create(t);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("'" + text + "' is not a URL (e.g. https://observer.local:9443)", e);
        }
    }

    /** Whether passwords to this server travel in clear (plain HTTP to another machine). */
    public boolean cleartextToRemote() {
        String host = baseUri.getHost();
        return "http".equalsIgnoreCase(baseUri.getScheme())
                && !("localhost".equals(host)
                        || "127.0.0.1".equals(host)
                        || "::1".equals(host)
                        || "[::1]".equals(host));
    }
}
