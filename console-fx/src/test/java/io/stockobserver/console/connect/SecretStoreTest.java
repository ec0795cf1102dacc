package io.stockobserver.console.connect;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SecretStoreTest {
    /** An OS store as the console sees one: a map, optionally refusing to write. */
    static final class MapVault implements CredentialVault {
        final Map<String, String> stored = new HashMap<>();
        boolean refuseWrites;

        @Override
        public String name() {
            return "test vault";
        }

        @Override
        public Optional<char[]> read(String key) {
            return Optional.ofNullable(stored.get(key)).map(String::toCharArray);
        }

        @Override
        public void write(String key, char[] secret) throws IOException {
            if (refuseWrites) {
                throw new IOException("locked");
            }
            stored.put(key, new String(secret));
        }

        @Override
        public void delete(String key) {
            stored.remove(key);
        }
    }

    final ServerProfile east =
            new ServerProfile("east", ServerProfile.url("https://east:9443"), "operator", Optional.empty());

    @Test
    void shouldFindARememberedPasswordAfterARestartAndOnlyForTheSameLogin() {
        MapVault vault = new MapVault();
        assertThat(new SecretStore(Optional.of(vault)).put(east, "pw-east-123456".toCharArray(), true))
                .isEqualTo("password remembered in test vault");

        SecretStore afterRestart = new SecretStore(Optional.of(vault));
        assertThat(afterRestart.password(east)).map(String::new).contains("pw-east-123456");
        ServerProfile otherUser = new ServerProfile("east", east.baseUri(), "backup", Optional.empty());
        assertThat(afterRestart.password(otherUser)).isEmpty();
        ServerProfile otherUrl =
                new ServerProfile("east", ServerProfile.url("https://east2:9443"), "operator", Optional.empty());
        assertThat(afterRestart.password(otherUrl)).isEmpty();

        afterRestart.forget(east);
        assertThat(vault.stored).isEmpty();
        assertThat(new SecretStore(Optional.of(vault)).password(east)).isEmpty();
    }

    @Test
    void shouldKeepAPasswordForTheSessionOnlyWhenNotAskedToRememberOrWhenThereIsNoStore() {
        MapVault vault = new MapVault();
        SecretStore store = new SecretStore(Optional.of(vault));
        assertThat(store.put(east, "pw-east-123456".toCharArray(), false)).isEqualTo("password kept for this session");
        assertThat(store.password(east)).map(String::new).contains("pw-east-123456");
        assertThat(vault.stored).isEmpty();

        SecretStore none = new SecretStore(Optional.empty());
        assertThat(none.vaultName()).isEmpty();
        assertThat(none.put(east, "pw-east-123456".toCharArray(), true)).startsWith("no OS credential store here");
        assertThat(none.password(east)).map(String::new).contains("pw-east-123456");
        assertThat(new SecretStore(Optional.empty()).password(east)).isEmpty();
    }

    @Test
    void shouldSayWhenTheStoreRefusesAndStillKeepThePasswordForTheSession() {
        MapVault vault = new MapVault();
        vault.refuseWrites = true;
        SecretStore store = new SecretStore(Optional.of(vault));
        assertThat(store.put(east, "pw-east-123456".toCharArray(), true))
                .isEqualTo("password kept for this session only: locked");
        assertThat(store.password(east)).map(String::new).contains("pw-east-123456");
    }

    @Test
    void shouldHandOutCopiesSoAClearedCopyDoesNotClearTheStore() {
        SecretStore store = new SecretStore(Optional.empty());
        char[] typed = "pw-east-123456".toCharArray();
        store.put(east, typed, false);
        java.util.Arrays.fill(typed, '\0');
        char[] copy = store.password(east).orElseThrow();
        java.util.Arrays.fill(copy, '\0');
        assertThat(store.password(east)).map(String::new).contains("pw-east-123456");
    }
}
