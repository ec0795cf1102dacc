package io.stockobserver.console.connect;

import com.github.javakeyring.BackendNotSupportedException;
import com.github.javakeyring.Keyring;
import com.github.javakeyring.PasswordAccessException;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The OS credential store through java-keyring: Windows Credential Manager, the macOS Keychain, or the Secret Service
 * (GNOME Keyring, KWallet) on Linux. Where there is none (a server without a desktop session, CI) {@link #open()} says
 * so and the console keeps passwords for the session only.
 */
public final class OsCredentialVault implements CredentialVault {
    static final String SERVICE = "Stock Observer console";
    /** Opening the Secret Service talks D-Bus, which can hang on a half-configured desktop: give up after this. */
    static final Duration OPEN_TIMEOUT = Duration.ofSeconds(5);

    private static final Logger LOG = Logger.getLogger(OsCredentialVault.class.getName());

    private final Keyring keyring;

    private OsCredentialVault(Keyring keyring) {
        this.keyring = keyring;
    }

    /** The OS store, or empty (with the reason logged) when this machine offers none. */
    public static Optional<CredentialVault> open() {
        CompletableFuture<Keyring> f = CompletableFuture.supplyAsync(() -> {
            try {
                return Keyring.create();
            } catch (BackendNotSupportedException e) {
                throw new IllegalStateException(e.getMessage(), e);
            }
        });
        try {
            return Optional.of(new OsCredentialVault(f.get(OPEN_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)));
        } catch (ExecutionException | TimeoutException | RuntimeException e) {
            f.cancel(true);
            LOG.log(
                    Level.INFO,
                    "no OS credential store here; server passwords are kept for the session only ("
                            + e.getClass().getSimpleName() + ")");
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    @Override
    public String name() {
        return switch (keyring.getKeyringStorageType()) {
            case WINDOWS_CREDENTIAL_STORE -> "Windows Credential Manager";
            case OSX_KEYCHAIN, LEGACY_OSX_KEYCHAIN -> "macOS Keychain";
            case GNOME_KEYRING -> "GNOME Keyring";
            case KWALLET -> "KWallet";
            default -> "the desktop keyring (" + keyring.getKeyringStorageType() + ")";
        };
    }

    @Override
    public Optional<char[]> read(String key) throws IOException {
        try {
            String p = keyring.getPassword(SERVICE, key);
            return p == null ? Optional.empty() : Optional.of(p.toCharArray());
        } catch (PasswordAccessException e) {
            return Optional.empty(); // not stored (the library reports absence as an access failure)
        }
    }

    @Override
    public void write(String key, char[] secret) throws IOException {
        try {
            keyring.setPassword(SERVICE, key, new String(secret));
        } catch (PasswordAccessException e) {
            throw new IOException(name() + " refused to store the password: " + e.getMessage(), e);
        }
    }

    @Override
    public void delete(String key) throws IOException {
        try {
            keyring.deletePassword(SERVICE, key);
        } catch (PasswordAccessException e) {
            throw new IOException(name() + " refused to delete the password: " + e.getMessage(), e);
        }
    }
}
