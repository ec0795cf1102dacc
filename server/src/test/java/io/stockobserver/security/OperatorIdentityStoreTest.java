package io.stockobserver.security;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.CredentialValidationResult.Status;
import java.lang.reflect.Proxy;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;
import org.junit.jupiter.api.Test;

class OperatorIdentityStoreTest {
    /** Stands in for Liberty's own caller-only credential, which the store recognises by its simple name. */
    static final class CallerOnlyCredential implements Credential {
        private final String caller;

        CallerOnlyCredential(String caller) {
            this.caller = caller;
        }

        public String getCaller() {
            return caller;
        }
    }

    /**
     * The store over {@code settings}: a MicroProfile Config that answers getOptionalValue — the only method the store
     * calls — and fails the test loudly if the store ever starts calling another.
     */
    static OperatorIdentityStore store(Map<String, String> settings) {
        OperatorIdentityStore store = new OperatorIdentityStore();
        store.config = (Config) Proxy.newProxyInstance(
                Config.class.getClassLoader(), new Class<?>[] {Config.class}, (proxy, method, args) -> {
                    if (method.getName().equals("getOptionalValue")) {
                        return Optional.ofNullable(settings.get((String) args[0]));
                    }
                    throw new AssertionError("the identity store called Config." + method.getName());
                });
        return store;
    }

    final OperatorIdentityStore store = store(Map.of(
            "observer.operator.password", "operator-secret-1",
            "observer.backup.password", "backup-secret-22"));

    @Test
    void shouldAcceptEachLoginOnlyWithItsOwnPasswordAndGiveItItsRoles() {
        CredentialValidationResult op =
                store.validate((Credential) new UsernamePasswordCredential("operator", "operator-secret-1"));
        assertThat(op.getStatus()).isEqualTo(Status.VALID);
        assertThat(op.getCallerGroups()).containsExactly("operator");
        assertThat(store.validate((Credential) new UsernamePasswordCredential("backup", "backup-secret-22"))
                        .getCallerGroups())
                .containsExactly("backup");
        assertThat(store.validate((Credential) new UsernamePasswordCredential("operator", "backup-secret-22"))
                        .getStatus())
                .isEqualTo(Status.INVALID);
        // no admin password configured: that login is disabled
        assertThat(store.validate((Credential) new UsernamePasswordCredential("admin", ""))
                        .getStatus())
                .isEqualTo(Status.INVALID);
    }

    @Test
    void shouldRefuseAPasswordShorterThanTwelveCharacters() {
        OperatorIdentityStore weak = store(Map.of("observer.operator.password", "short-pw"));
        assertThat(weak.enabled()).isFalse();
        assertThat(weak.validate((Credential) new UsernamePasswordCredential("operator", "short-pw"))
                        .getStatus())
                .isEqualTo(Status.INVALID);
    }

    @Test
    void shouldVouchForTheRunAsIdentityOnlyWhenLibertyAsksWithoutAPassword() {
        CredentialValidationResult runAs = store.validate(new CallerOnlyCredential("observer-timer"));
        assertThat(runAs.getStatus()).isEqualTo(Status.VALID);
        assertThat(runAs.getCallerPrincipal().getName()).isEqualTo("observer-timer");
        assertThat(runAs.getCallerGroups()).containsExactly(OperatorIdentityStore.RUN_AS_GROUP);
        // the name alone is no login for anyone else
        assertThat(store.validate(new CallerOnlyCredential("operator")).getStatus())
                .isEqualTo(Status.NOT_VALIDATED);
        // and over HTTP Basic the run-as identity has no password that works
        for (String password : new String[] {"", "observer-timer", "operator-secret-1"}) {
            assertThat(store.validate((Credential) new UsernamePasswordCredential("observer-timer", password))
                            .getStatus())
                    .isEqualTo(Status.INVALID);
        }
        // a configured name
        OperatorIdentityStore renamed = store(Map.of("observer.runas.user", "nightly-jobs"));
        assertThat(renamed.validate(new CallerOnlyCredential("nightly-jobs")).getStatus())
                .isEqualTo(Status.VALID);
        assertThat(renamed.validate(new CallerOnlyCredential("observer-timer")).getStatus())
                .isEqualTo(Status.NOT_VALIDATED);
    }
}
