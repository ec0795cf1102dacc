package io.stockobserver.console.connect;

import java.io.IOException;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;

/**
 * Server passwords: in memory for the session, and — when the operator asks and the OS offers a store — in the OS
 * credential store ({@link CredentialVault}), so the console reconnects at start without asking. Never on disk in the
 * console's own files, never logged. Copies are handed out; callers clear theirs.
 */
public final class SecretStore {
    private static final Logger LOG = Logger.getLogger(SecretStore.class.getName());

    private final Optional<CredentialVault> vault;
    private final Map<String, char[]> session = new ConcurrentHashMap<>();

    public SecretStore(Optional<CredentialVault> vault) {
        this.vault = vault;
    }

    /** The OS store in use, if any (the connect dialog offers "remember" only then). */
    public Optional<String> vaultName() {
        return vault.map(CredentialVault::name);
    }

    /** The key of a profile's password: a different URL or user is a different secret. */
    static String key(ServerProfile p) {
        return p.name() + "|" + p.user() + "@" + p.baseUri();
    }

    /** The password for this profile: from this session, else from the OS store. */
    public Optional<char[]> password(ServerProfile p) {
        char[] known = session.get(key(p));
        if (known != null) {
            return Optional.of(known.clone());
        }
        if (vault.isEmpty()) {
            return Optional.empty();
        }
        try {
            Optional<char[]> stored = vault.get().read(key(p));
            stored.ifPresent(s -> session.put(key(p), s.clone()));
            return stored;
        } catch (IOException | RuntimeException e) {
            LOG.warning("cannot read " + p.name() + "'s password from "
                    + vault.get().name() + ": " + e.getMessage());
            return Optional.empty();
        }
    }

    /**
     * Keeps the password for the session and, if {@code remember}, in the OS store. Returns what happened to the
     * remembering, for the operator ("remembered in …", or why not).
     */
    public String put(ServerProfile p, char[] password, boolean remember) {
        char[] old = session.put(key(p), password.clone());
        if (old != null) {
            Arrays.fill(old, '\0');
        }
        if (!remember) {
            return "password kept for this session";
        }
        if (vault.isEmpty()) {
            return "no OS credential store here: password kept for this session only";
        }
        try {
            vault.get().write(key(p), password);
            return "password remembered in " + vault.get().name();
        } catch (IOException | RuntimeException e) {
            return "password kept for this session only: " + e.getMessage();
        }
    }

    /** Forgets the password here and in the OS store. */
    public void forget(ServerProfile p) {
        char[] old = session.remove(key(p));
        if (old != null) {
            Arrays.fill(old, '\0');
        }
        vault.ifPresent(v -> {
            try {
                v.delete(key(p));
            } catch (IOException | RuntimeException e) {
                LOG.fine("nothing to delete for " + p.name() + " in " + v.name());
            }
        });
    }
}
