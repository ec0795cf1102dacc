package io.stockobserver.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.CallerPrincipal;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;

/**
 * The observer's logins, one per role, from MicroProfile Config (environment) and never from a file in the
 * repository: {@code operator} (OBSERVER_OPERATOR_USER / OBSERVER_OPERATOR_PASSWORD) acts on collection (pins,
 * packaging), {@code backup} (OBSERVER_BACKUP_USER / OBSERVER_BACKUP_PASSWORD) pulls and acknowledges backups
 * read-only, {@code admin} (OBSERVER_ADMIN_USER / OBSERVER_ADMIN_PASSWORD) holds every role. A login without a
 * password — or with one shorter than {@value #MIN_PASSWORD_LENGTH} characters — is disabled. HTTP Basic
 * ({@link BasicLoginMechanism}); web.xml says which role each call needs. Results carry the realm as their store id:
 * Liberty names the groups {@code group:stock-observer/<role>} after it (server.xml).
 */
@ApplicationScoped
public class OperatorIdentityStore implements IdentityStore {
    /** The role of operator actions (pins, packaging). */
    public static final String ROLE = "operator";
    /** The role of the backup pull. */
    public static final String BACKUP = "backup";
    /** Every role. */
    public static final String ADMIN = "admin";

    /** The only group of the run-as identity: it holds none of the API's roles. */
    public static final String RUN_AS_GROUP = "batchRunner";

    static final int MIN_PASSWORD_LENGTH = 12;
    private static final Logger LOG = Logger.getLogger(OperatorIdentityStore.class.getName());

    /** A configured login: its settings' prefix and the groups (= roles) it gets. */
    private record Login(String role, Set<String> groups) {}

    private static final List<Login> LOGINS = List.of(
            new Login(ROLE, Set.of(ROLE)),
            new Login(BACKUP, Set.of(BACKUP)),
            new Login(ADMIN, Set.of(ADMIN, ROLE, BACKUP)));

    @Inject
    Config config;

    private final Set<String> warned = java.util.concurrent.ConcurrentHashMap.newKeySet();

    /**
     * Passwords are checked below. The one other credential accepted is the one Liberty builds itself when it runs
     * code as the run-as identity (server.xml binds the role batchRunner to OBSERVER_RUNAS_USER): it carries only a
     * caller name, and HTTP Basic cannot produce it, so that identity has no password and cannot log in.
     */
    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (credential instanceof UsernamePasswordCredential password) {
            return validate(password);
        }
        Optional<String> caller = callerOnly(credential);
        if (caller.isPresent() && constantTimeEquals(runAsUser(), caller.get())) {
            return valid(caller.get(), Set.of(RUN_AS_GROUP));
        }
        return CredentialValidationResult.NOT_VALIDATED_RESULT;
    }

    /** Checks a login's password. */
    public CredentialValidationResult validate(UsernamePasswordCredential credential) {
        for (Login login : LOGINS) {
            Optional<String> password = password(login.role());
            if (password.isEmpty()) {
                continue;
            }
            boolean userOk = constantTimeEquals(user(login.role()), credential.getCaller());
            boolean passwordOk = constantTimeEquals(password.get(), credential.getPasswordAsString());
            if (userOk && passwordOk) {
                return valid(credential.getCaller(), login.groups());
            }
        }
        return CredentialValidationResult.INVALID_RESULT;
    }

    private static CredentialValidationResult valid(String caller, Set<String> groups) {
        return new CredentialValidationResult(
                BasicLoginMechanism.REALM, new CallerPrincipal(caller), null, null, groups);
    }

    /** Whether {@code name} is the user name of a configured, enabled login (so a log line may name it). */
    public boolean isLoginName(String name) {
        for (Login login : LOGINS) {
            if (password(login.role()).isPresent() && user(login.role()).equals(name)) {
                return true;
            }
        }
        return false;
    }

    /** The run-as identity of timer-started batch jobs (OBSERVER_RUNAS_USER, as server.xml's observer.runas.user). */
    public String runAsUser() {
        return config.getOptionalValue("observer.runas.user", String.class)
                .map(String::trim)
                .filter(s -> !s.isEmpty())
                .orElse("observer-timer");
    }

    /**
     * The caller of Liberty's caller-only credential (a name without a password, used for run-as); empty for any
     * other credential. By name because the class is Liberty's own, not part of the Jakarta Security API.
     */
    static Optional<String> callerOnly(Credential credential) {
        if (credential == null || !credential.getClass().getSimpleName().equals("CallerOnlyCredential")) {
            return Optional.empty();
        }
        try {
            Object caller = credential.getClass().getMethod("getCaller").invoke(credential);
            return caller instanceof String name && !name.isBlank() ? Optional.of(name) : Optional.empty();
        } catch (ReflectiveOperationException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Whether the operator can log in at all (a usable password is configured). */
    public boolean enabled() {
        return password(ROLE).isPresent();
    }

    /** Whether a usable password is configured for the login of {@code role}. */
    public boolean enabled(String role) {
        return password(role).isPresent();
    }

    /** The user name of the operator login. */
    public String user() {
        return user(ROLE);
    }

    String user(String role) {
        return config.getOptionalValue("observer." + role + ".user", String.class)
                .map(String::trim)
                .filter(s -> !s.isEmpty())
                .orElse(role);
    }

    private Optional<String> password(String role) {
        Optional<String> p = config.getOptionalValue("observer." + role + ".password", String.class);
        if (p.isPresent() && p.get().length() < MIN_PASSWORD_LENGTH) {
            if (warned.add(role)) { // says why logins fail without ever printing the password
                LOG.severe("OBSERVER_" + role.toUpperCase(java.util.Locale.ROOT) + "_PASSWORD is shorter than "
                        + MIN_PASSWORD_LENGTH + " characters: that login is refused");
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
