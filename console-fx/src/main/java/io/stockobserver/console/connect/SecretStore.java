package io.stockobserver.console.connect;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Where the console keeps server passwords. This one keeps them in memory for the session only — never on disk,
 * never logged — so the console asks for each password once per start. Copies are handed out; callers clear theirs.
 */
public final class SecretStore {
    private final Map<String, char[]> passwords = new ConcurrentHashMap<>();

    public Optional<char[]> password(String server) {
        char[] p = passwords.get(server);
        return p == null ? Optional.empty() : Optional.of(p.clone());
    }

    public void put(String server, char[] password) {
        char[] old = passwords.put(server, password.clone());
        if (old != null) {
            Arrays.fill(old, '\0');
        }
    }

    public void forget(String server) {
        char[] old = passwords.remove(server);
        if (old != null) {
            Arrays.fill(old, '\0');
        }
    }
}
