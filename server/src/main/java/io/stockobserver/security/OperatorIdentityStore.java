package io.stockobserver.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.authentication.mechanism.http.BasicAuthenticationMechanismDefinition;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;

/**
 * The one operator login: OBSERVER_OPERATOR_USER (default {@code operator}) with OBSERVER_OPERATOR_PASSWORD, both from
 * MicroProfile Config (environment), never from a file in the repository. Without a password — or with one shorter
 * than {@value #MIN_PASSWORD_LENGTH} characters — nobody can log in and operator actions answer 401; reading stays
 * open. HTTP Basic (web.xml protects the operator actions, role {@value #ROLE}); use it on loopback or behind TLS.
 */
@ApplicationScoped
@BasicAuthenticationMechanismDefinition(realmName = "stock-observer")
public class OperatorIdentityStore implements IdentityStore {
    /** The role of operator actions (pins). */
    public static final String ROLE = "operator";

    static final int MIN_PASSWORD_LENGTH = 12;
    private static final Logger LOG = Logger.getLogger(OperatorIdentityStore.class.getName());

    @Inject
    Config config;

    private volatile boolean warned;

    /** Called by the container (IdentityStore's default validate dispatches on the credential type). */
    public CredentialValidationResult validate(UsernamePasswordCredential credential) {
        Optional<String> password = password();
        if (password.isEmpty()) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        boolean userOk = constantTimeEquals(user(), credential.getCaller());
        boolean passwordOk = constantTimeEquals(password.get(), credential.getPasswordAsString());
        return userOk && passwordOk
                ? new CredentialValidationResult(credential.getCaller(), Set.of(ROLE))
                : CredentialValidationResult.INVALID_RESULT;
    }

    /** Whether an operator can log in at all (a usable password is configured). */
    public boolean enabled() {
        return password().isPresent();
    }

    public String user() {
        return config.getOptionalValue("observer.operator.user", String.class)
                .map(String::trim)
                .filter(s -> !s.isEmpty())
                .orElse(ROLE);
    }

    private Optional<String> password() {
        Optional<String> p = config.getOptionalValue("observer.operator.password", String.class);
        if (p.isPresent() && p.get().length() < MIN_PASSWORD_LENGTH) {
            if (!warned) {
                warned = true; // says why logins fail without ever printing the password
                LOG.severe("OBSERVER_OPERATOR_PASSWORD is shorter than " + MIN_PASSWORD_LENGTH
                        + " characters: operator logins are refused");
            }
            return Optional.empty();
        }
        return p;
    }

    private static boolean constantTimeEquals(String expected, String given) {
        if (given == null) {
            return false;
        }
        return MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8), given.getBytes(StandardCharsets.UTF_8));
    }
}
